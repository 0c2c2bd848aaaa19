from pathlib import Path

from django.conf import settings
from django.core.management import BaseCommand, CommandError
from django.core.management.base import CommandParser

from gallery.models import ExhibitionPage
from gallery.qr_labels import write_labels_pdf

BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Write the QR labels of an exhibition as one PDF: per placement the title, artists, "
        "year, a line in each language and the artwork's QR code with its URL, 105 × 74 mm, "
        "eight to an A4 sheet. The exhibition is its id or its slug (the default language's). "
        "Codes that are missing are created."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("exhibition", help="Id or slug of the exhibition.")
        parser.add_argument(
            "-o",
            "--output",
            type=Path,
            help="Where to write the PDF (default: labels-<slug>.pdf here).",
        )

    def handle(self, *args: object, exhibition: str, **options: object) -> None:
        found = find_exhibition(exhibition)
        output = options["output"] or Path(f"labels-{found.slug}.pdf")
        with output.open("wb") as out:
            count = write_labels_pdf(found, out, progress=self.progress)
        self.stdout.write(
            self.style.SUCCESS(f"{count} labels for “{found.title}” in {output}")
        )

    def progress(self, done: int, total: int) -> None:
        """A text progress bar on one line, redrawn per label."""
        filled = round(BAR_WIDTH * done / total)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        self.stdout.write(f"\r[{bar}] {done}/{total}", ending="")
        if done == total:
            self.stdout.write("")
        self.stdout.flush()


def find_exhibition(reference: str) -> ExhibitionPage:
    queryset = ExhibitionPage.objects.select_related("locale")
    if reference.isdigit():
        found = queryset.filter(pk=int(reference)).first()
    else:
        # The same slug may exist in each language: the default language's comes first.
        matches = sorted(
            queryset.filter(slug=reference),
            key=lambda page: page.locale.language_code != settings.LANGUAGE_CODE,
        )
        found = matches[0] if matches else None
    if found is None:
        slugs = ", ".join(queryset.values_list("slug", flat=True).distinct()[:20])
        raise CommandError(
            f"No exhibition {reference!r}. Known: {slugs or 'none yet'}."
        )
    return found
