"""The label PDF of an exhibition, from the command and from the admin: every label's code reads
back (zxing-cpp on the page rendered at 300 dpi) as the URL of its artwork's code, ≥ 20 mm wide."""

from io import StringIO

from django.core.management import CommandError, call_command

import pytest

from gallery.models import QRCode
from gallery.models.qr_codes import encoded_url
from gallery.qr_labels import exhibition_labels
from tests.factories import ArtworkPageFactory, ExhibitionPageFactory, SpotFactory
from tests.gallery.qr_decoding import (
    MM_PER_INCH,
    PRINT_DPI,
    decode,
    pdf_page_sizes_mm,
    pdf_pages,
)

pytestmark = pytest.mark.django_db


def decoded_urls(pdf: bytes) -> list[list[str]]:
    """Per page, the URLs of the codes on it; each must be at least 20 mm wide at 300 dpi."""
    pages = []
    for image in pdf_pages(pdf, dpi=PRINT_DPI):
        found = decode(image)
        for code in found:
            assert code.ec_level == "Q"
            assert code.width_px / PRINT_DPI * MM_PER_INCH >= 20
        pages.append(sorted(code.text for code in found))
    return pages


def test_a_label_per_placement_with_title_artist_year_both_languages_and_code(exhibit):
    exhibit.exhibition.placements.filter(artwork=exhibit.artwork).update(
        label_note="Gemaakt met de Mediacampus"
    )
    [first, second] = exhibition_labels(exhibit.exhibition)
    assert (first.title, first.other_titles) == (
        "Zendmast van licht",
        ["Transmitter of light"],
    )
    assert (first.artists, first.year) == ("Demo Noor Vos", "2025")
    assert first.lines == [
        ("nl", "Een lichtsculptuur over de omroepstad."),
        ("en", "A light sculpture about the broadcasting town."),
    ]
    assert first.note == "Gemaakt met de Mediacampus"
    assert first.spot == "Stationsplein · Links van de hoofdingang"
    assert first.code == QRCode.objects.active().for_object(exhibit.artwork).get().code
    assert second.title == "Golflengte"


def test_the_command_writes_a_pdf_whose_codes_decode_to_the_artworks(exhibit, tmp_path):
    output = tmp_path / "labels.pdf"
    stdout = StringIO()
    call_command("print_labels", exhibit.exhibition.slug, output=output, stdout=stdout)
    assert "[" + "#" * 30 + "] 2/2" in stdout.getvalue()
    assert "2 labels" in stdout.getvalue()
    pdf = output.read_bytes()
    [(width, height)] = pdf_page_sizes_mm(pdf)
    assert (round(width), round(height)) == (210, 297)  # A4
    expected = sorted(
        encoded_url(QRCode.objects.active().for_object(artwork).get().code)
        for artwork in (exhibit.artwork, exhibit.neighbour)
    )
    assert decoded_urls(pdf) == [expected]


def test_nine_placements_fill_a_second_sheet_and_missing_codes_are_made(
    gallery, tmp_path
):
    artworks = ArtworkPageFactory.create_batch(9, parent=gallery.artworks)
    exhibition = ExhibitionPageFactory(
        parent=gallery.index,
        placements=[
            {"artwork": artwork, "spot": SpotFactory()} for artwork in artworks
        ],
    )
    assert not QRCode.objects.exists()  # factories do not publish
    output = tmp_path / "labels.pdf"
    call_command("print_labels", str(exhibition.pk), output=output, stdout=StringIO())
    assert QRCode.objects.count() == 9
    pages = decoded_urls(output.read_bytes())
    assert [len(urls) for urls in pages] == [8, 1]
    assert sorted(url for urls in pages for url in urls) == sorted(
        encoded_url(code.code) for code in QRCode.objects.all()
    )


def test_an_unknown_exhibition_is_an_error_that_lists_the_known_ones(exhibit):
    with pytest.raises(CommandError, match="nieuwe-makers-2026"):
        call_command("print_labels", "no-such-show", stdout=StringIO())
