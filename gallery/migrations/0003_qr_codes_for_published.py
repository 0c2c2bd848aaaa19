"""Give every artwork and spot published before QR codes existed a code in use (new ones get
theirs on publish, see gallery.signal_handlers)."""

import secrets

from django.conf import settings
from django.db import migrations

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_code(taken):
    for length in range(3, 7):
        for _try in range(8):
            code = "".join(secrets.choice(ALPHABET) for _ in range(length))
            if code not in taken:
                taken.add(code)
                return code
    raise RuntimeError("No free QR code left")


def source_rows(model):
    """One row per object (translation_key): the default language's where it exists."""
    rows = {}
    for row in model.objects.filter(live=True).select_related("locale").order_by("pk"):
        if (
            row.translation_key not in rows
            or row.locale.language_code == settings.LANGUAGE_CODE
        ):
            rows[row.translation_key] = row
    return rows.values()


def create_codes(apps, schema_editor):
    QRCode = apps.get_model("gallery", "QRCode")
    taken = set(QRCode.objects.values_list("code", flat=True))
    for field, model in (
        ("artwork", apps.get_model("gallery", "ArtworkPage")),
        ("spot", apps.get_model("gallery", "Spot")),
    ):
        with_code = set(
            QRCode.objects.filter(is_retired=False)
            .exclude(**{field: None})
            .values_list(f"{field}__translation_key", flat=True)
        )
        for row in source_rows(model):
            if row.translation_key not in with_code:
                QRCode.objects.create(code=new_code(taken), **{field: row})


class Migration(migrations.Migration):
    dependencies = [("gallery", "0002_qr_codes")]

    operations = [migrations.RunPython(create_codes, migrations.RunPython.noop)]
