from pathlib import Path

from django.conf import settings
from django.core.management import BaseCommand

import polib


class Command(BaseCommand):
    help = (
        "Compile the gettext catalogues in LOCALE_PATHS (.po → .mo) with polib, so that an install "
        "needs no GNU gettext on the machine."
    )

    def handle(self, *args: object, **options: object) -> None:
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                polib.pofile(str(po_path)).save_as_mofile(
                    str(po_path.with_suffix(".mo"))
                )
                self.stdout.write(f"compiled {po_path.relative_to(settings.BASE_DIR)}")
