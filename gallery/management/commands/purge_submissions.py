from django.conf import settings
from django.core.management import BaseCommand, CommandError
from django.core.management.base import CommandParser
from django.db import transaction

from gallery.models import Submission
from gallery.submissions import purgeable


class Command(BaseCommand):
    help = (
        "Delete declined and withdrawn open-call submissions, with their quarantined files, "
        "decided more than OPEN_CALL_PURGE_DAYS days ago (90 by default); or, with "
        "--reference, one submission of any status at the artist's request (an accepted work's "
        "draft artwork and library images stay: they are the gallery's, not the submission's)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days",
            type=int,
            default=settings.OPEN_CALL_PURGE_DAYS,
            help="Age in days after the decision (default: %(default)s).",
        )
        parser.add_argument(
            "--reference",
            help="Delete this one submission (e.g. OC-7K3QX2MA) whatever its status or age.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say what would be deleted."
        )

    def handle(self, *args: object, **options: object) -> None:
        if options["reference"]:
            doomed = Submission.objects.filter(reference=options["reference"].upper())
            if not doomed.exists():
                raise CommandError(f"No submission {options['reference']}.")
        else:
            if options["days"] < 0:
                raise CommandError("--days cannot be negative.")
            doomed = purgeable(options["days"])
        references = list(doomed.values_list("reference", flat=True))
        if options["dry_run"]:
            self.stdout.write(
                f"Would delete {len(references)}: {', '.join(references)}"
            )
            return
        # The rows go in one transaction; their files are removed once it commits
        # (gallery.signal_handlers.delete_quarantined_file).
        with transaction.atomic():
            doomed.delete()
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {len(references)} submission(s) and their files"
                + (f": {', '.join(references)}" if references else ".")
            )
        )
