import datetime

from django.core.management import BaseCommand
from django.core.management.base import CommandParser
from django.utils import timezone

from gallery.models import SubmissionImage
from gallery.models.submissions import quarantine_storage

FOLDER = "submissions"


class Command(BaseCommand):
    help = (
        "Delete files in the open-call quarantine that no submission refers to: what a crash "
        "between writing a file and committing its row could leave. Files younger than "
        "--min-age minutes are kept, as a submission may be saving them right now."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--min-age", type=int, default=60, help="Minutes (default: 60)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say what would be deleted."
        )

    def handle(
        self, *args: object, min_age: int, dry_run: bool, **options: object
    ) -> None:
        storage = quarantine_storage()
        if not storage.exists(FOLDER):
            self.stdout.write("The quarantine is empty.")
            return
        cutoff = timezone.now() - datetime.timedelta(minutes=min_age)
        known = set(SubmissionImage.objects.values_list("file", flat=True))
        orphans = [
            name
            for name in (f"{FOLDER}/{file}" for file in storage.listdir(FOLDER)[1])
            if name not in known and storage.get_modified_time(name) < cutoff
        ]
        for name in orphans:
            if not dry_run:
                storage.delete(name)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            self.style.SUCCESS(f"{verb} {len(orphans)} orphaned file(s).")
        )
