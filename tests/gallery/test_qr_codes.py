"""The codes: Crockford base32, 3–6 characters, unique, never reused, made on publish."""

import re
from unittest import mock

from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import translation

import pytest

from gallery.models import QRCode
from gallery.models.qr_codes import ALPHABET, encoded_url, ensure_code, normalize_code
from tests.factories import ArtworkPageFactory, QRCodeFactory, SpotFactory

pytestmark = pytest.mark.django_db

CROCKFORD = re.compile(r"^[0-9A-HJKMNP-TV-Z]{3,6}$")


def test_the_alphabet_is_crockfords_base32():
    assert len(ALPHABET) == 32 == len(set(ALPHABET))
    assert not set("ILOU") & set(ALPHABET)
    assert ALPHABET.upper() == ALPHABET


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("7k3", "7K3"),
        ("7K3", "7K3"),
        ("i0l", "101"),
        ("OO1", "001"),
        ("7k-3z", "7K3Z"),
        ("ab", None),
        ("abcdefg", None),
        ("7u3", None),
        ("7*3", None),
        ("", None),
    ],
)
def test_typed_codes_are_read_as_crockford_reads_them(typed, code):
    assert normalize_code(typed) == code


def test_new_codes_are_short_unique_crockford_codes(gallery):
    codes = [QRCodeFactory(spot=SpotFactory()).code for _ in range(40)]
    assert all(CROCKFORD.match(code) for code in codes)
    assert {len(code) for code in codes} == {3}
    assert len(set(codes)) == 40


def test_a_longer_code_when_the_short_ones_are_taken(db):
    QRCodeFactory(spot=SpotFactory(), code="AAA")
    # Every random 3-character try hits a taken code; then 4 characters.
    with mock.patch(
        "gallery.models.qr_codes.random_code",
        side_effect=lambda length: "AAA" if length == 3 else "AAAA",
    ):
        code = QRCodeFactory(spot=SpotFactory())
    assert code.code == "AAAA"


def test_publishing_an_artwork_or_a_spot_gives_it_a_code_for_all_its_languages(
    gallery, english, translate
):
    artwork = ArtworkPageFactory(parent=gallery.artworks)
    assert not QRCode.objects.exists()  # made by a factory: not published
    artwork.save_revision().publish()
    code = QRCode.objects.get()
    assert code.artwork_id == artwork.pk and CROCKFORD.match(code.code)
    # The English translation is published: the same code, still pointing at the Dutch row.
    english_artwork = translate(artwork, english, {})
    assert english_artwork.live
    assert list(QRCode.objects.values_list("code", "artwork_id")) == [
        (code.code, artwork.pk)
    ]
    spot = SpotFactory(live=False)
    spot.save_revision().publish()
    assert QRCode.objects.get(spot=spot).is_retired is False
    spot.save_revision().publish()
    assert QRCode.objects.filter(spot=spot).count() == 1


def test_a_code_made_from_a_translation_points_at_the_default_language(
    exhibit, english
):
    QRCode.objects.filter(spot=exhibit.spot).delete()
    code = ensure_code(exhibit.spot_en)
    assert code.spot_id == exhibit.spot.pk
    assert ensure_code(exhibit.spot) == code


def test_a_retired_code_is_never_reused(gallery):
    spot = SpotFactory()
    old = ensure_code(spot)
    old.is_retired = True
    old.save()
    new = ensure_code(spot)
    assert new.code != old.code and not new.is_retired
    # However the dice fall, a new code never takes a retired one.
    artwork = ArtworkPageFactory(parent=gallery.artworks)
    with (
        mock.patch("gallery.models.qr_codes.random_code", return_value=old.code),
        pytest.raises(IntegrityError, match="No free QR code"),
    ):
        QRCodeFactory(artwork=artwork)
    assert QRCode.objects.filter(code=old.code).count() == 1


def test_a_code_outlives_its_target(exhibit):
    code = ensure_code(exhibit.other_spot)
    for spot in exhibit.other_spot.get_translations(inclusive=True):
        spot.delete()
    code.refresh_from_db()
    assert code.spot is None and code.target is None


def test_codes_are_unique_whatever_the_case(gallery):
    QRCodeFactory(spot=SpotFactory(), code="H7K")
    form_code = QRCode(code="h7k", spot=SpotFactory())
    with pytest.raises(ValidationError):
        form_code.full_clean()


def test_one_code_in_use_per_object_in_any_language(exhibit):
    ensure_code(exhibit.artwork)
    second = QRCode(artwork=exhibit.artwork_en)
    with (
        translation.override("en"),
        pytest.raises(ValidationError, match="already has the code"),
    ):
        second.full_clean()


def test_the_encoded_url_has_upper_case_scheme_and_host(settings):
    settings.QR_BASE_URL = "https://themediaahead.nl"
    assert encoded_url("7K3") == "HTTPS://THEMEDIAAHEAD.NL/Q/7K3"
    settings.QR_BASE_URL = "http://localhost:8000"
    assert encoded_url("7K3") == "HTTP://LOCALHOST:8000/Q/7K3"
