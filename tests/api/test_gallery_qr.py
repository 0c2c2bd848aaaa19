"""The gallery API's ``qr`` object on artworks and spots: the code, what it encodes, its images."""

import pytest

from gallery.models import QRCode
from gallery.models.qr_codes import ensure_code

pytestmark = pytest.mark.django_db


def qr_of(items: list[dict], key: str, value: str) -> dict | None:
    return next(item for item in items if item[key] == value)["qr"]


def test_artworks_carry_their_code_in_every_language(client, exhibit):
    code = ensure_code(exhibit.artwork).code
    expected = {
        "code": code,
        "url": f"HTTP://TESTSERVER/Q/{code}",
        "svg": f"http://testserver/q/{code}.svg",
        "png": f"http://testserver/q/{code}.png",
        "pdf": f"http://testserver/q/{code}.pdf",
    }
    dutch = client.get("/api/gallery/artworks/").json()["results"]
    assert qr_of(dutch, "title", "Zendmast van licht") == expected
    english = client.get("/api/gallery/artworks/", {"locale": "en"}).json()["results"]
    assert qr_of(english, "title", "Transmitter of light") == expected
    detail = client.get(
        f"/api/gallery/artworks/{exhibit.artwork.pk}/", {"locale": "en"}
    ).json()
    assert detail["qr"] == expected
    artist = client.get(f"/api/gallery/artists/{exhibit.artist.pk}/").json()
    assert qr_of(artist["artworks"], "title", "Zendmast van licht") == expected


def test_spots_carry_their_code(client, exhibit):
    code = ensure_code(exhibit.spot).code
    spots = client.get("/api/gallery/spots/", {"locale": "en"}).json()["results"]
    qr = qr_of(spots, "name", "Station square")
    assert qr["code"] == code and qr["url"].endswith(f"/Q/{code}")


def test_a_retired_code_is_not_shown_and_the_next_publish_makes_a_new_one(
    client, exhibit
):
    code = ensure_code(exhibit.artwork)
    assert client.get(f"/api/gallery/artworks/{exhibit.artwork.pk}/").json()["qr"]
    code.is_retired = True
    code.save()  # a change to a code makes cached answers stale
    assert (
        client.get(f"/api/gallery/artworks/{exhibit.artwork.pk}/").json()["qr"] is None
    )
    exhibit.artwork.save_revision().publish()
    new = client.get(f"/api/gallery/artworks/{exhibit.artwork.pk}/").json()["qr"]
    assert new["code"] != code.code
    assert QRCode.objects.filter(code=code.code, is_retired=True).exists()


def test_the_encoded_url_is_short_and_upper_case_for_alphanumeric_mode(
    client, exhibit, settings
):
    import segno

    settings.QR_BASE_URL = "https://themediaahead.nl"
    code = ensure_code(exhibit.artwork).code
    qr = client.get(f"/api/gallery/artworks/{exhibit.artwork.pk}/").json()["qr"]
    assert qr["url"] == f"HTTPS://THEMEDIAAHEAD.NL/Q/{code}"
    assert segno.make(qr["url"], error="q", micro=False).mode == "alphanumeric"
