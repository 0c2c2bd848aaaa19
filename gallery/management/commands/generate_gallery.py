from django.core.management import BaseCommand, CommandError
from django.core.management.base import CommandParser

BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Add bulk Urban Gallery content for benchmarks (`make bench`): N Dutch artworks by K "
        "artists (default N/10), each with one of a few shared images, M spots in Hilversum and "
        "one exhibition open today that places min(N, M) works at the spots. Goes below the "
        "brand site's Dutch home page (run load_demo_content first); creates the gallery indexes "
        "if missing. Each run adds more. Needs the dev dependencies (the test factories)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--artworks", type=int, default=1000, help="Artworks to add (1000)."
        )
        parser.add_argument(
            "--spots", type=int, default=100, help="Spots to add (100)."
        )
        parser.add_argument(
            "--artists",
            type=int,
            default=None,
            help="Artists the works are shared out among (default: artworks / 10).",
        )

    def handle(
        self,
        *args: object,
        artworks: int,
        spots: int,
        artists: int | None,
        **options: object,
    ) -> None:
        if artworks < 0 or spots < 0 or (artists is not None and artists < 1):
            raise CommandError(
                "Counts cannot be negative, and a work needs at least one artist."
            )
        try:
            from gallery.bench_data import BenchDataError, generate_gallery
        except ImportError as error:
            raise CommandError(
                f"generate_gallery builds its objects with the test factories: {error}. "
                "Install the dev dependencies: pip install -e '.[dev]'."
            ) from error
        self.stdout.write(
            f"Generating {artworks} artworks and {spots} spots in Dutch …"
        )
        try:
            result = generate_gallery(
                artworks, spots, artists, progress=self.show_progress
            )
        except BenchDataError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {result.artworks} artworks, {result.artists} artists, {result.spots} "
                f"spots and {result.placements} placements in {result.seconds:.1f} s."
            )
        )

    def show_progress(self, label: str, done: int, total: int) -> None:
        """``artworks [#######       ] 4000/10000``, redrawn in place on a terminal."""
        filled = BAR_WIDTH * done // max(total, 1)
        bar = f"{label:<9} [{'#' * filled}{' ' * (BAR_WIDTH - filled)}] {done}/{total}"
        finished = done >= total
        if self.stdout.isatty():
            self.stdout.write(f"\r{bar}", ending="\n" if finished else "")
            self.stdout.flush()
        elif finished:
            self.stdout.write(bar)
