"""/q/<CODE>.png and .pdf: read back with zxing-cpp at the sizes a curator prints them (the SVG is
rendered by chromium in tests/browser/test_qr_svg.py)."""

import pytest
import segno

from gallery import qr_images
from gallery.models.qr_codes import ensure_code
from tests.factories import SpotFactory
from tests.gallery.qr_decoding import (
    MM_PER_INCH,
    PRINT_DPI,
    decode,
    pdf_page_sizes_mm,
    pdf_pages,
    png_image,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def code() -> str:
    """A spot's code: the images need a code that exists, not a whole exhibition."""
    return ensure_code(SpotFactory()).code


def expected_url(code: str) -> str:
    return f"HTTP://TESTSERVER/Q/{code}"


@pytest.mark.parametrize("size_mm", [20, 35, 100])
def test_the_png_decodes_to_the_code_url_at_its_print_size(client, code, size_mm):
    response = client.get(f"/q/{code}.png", {"size_mm": size_mm})
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    image = png_image(response.content)
    assert image.info["dpi"] == pytest.approx((PRINT_DPI, PRINT_DPI), abs=0.1)
    width_mm = image.width / PRINT_DPI * MM_PER_INCH
    # Whole pixels per module: at least the asked size, at most one pixel per module more.
    modules = qr_images.modules_across(qr_images.qr_symbol(code))
    assert size_mm <= width_mm <= size_mm + modules / PRINT_DPI * MM_PER_INCH
    [found] = decode(image)
    assert found.text == expected_url(code)
    assert found.ec_level == "Q"


def test_the_png_is_dark_on_light_with_a_four_module_quiet_zone(client, code):
    image = png_image(client.get(f"/q/{code}.png", {"size_mm": 20}).content)
    grey = image.convert("L")
    scale = qr_images.png_scale(qr_images.qr_symbol(code), 20, PRINT_DPI)
    quiet = 4 * scale
    # The quiet zone is light all round; the finder pattern's corner just inside it is dark.
    band = [grey.getpixel((x, y)) for x in range(grey.width) for y in range(quiet)]
    assert min(band) == 255
    assert grey.getpixel((quiet, quiet)) == 0
    assert grey.getpixel((quiet - 1, quiet - 1)) == 255


@pytest.mark.parametrize("size_mm", [20, 50])
def test_the_pdf_is_exactly_the_print_size_and_decodes_at_300_dpi(
    client, code, size_mm
):
    response = client.get(f"/q/{code}.pdf", {"size_mm": size_mm})
    assert response["Content-Type"] == "application/pdf"
    [(width, height)] = pdf_page_sizes_mm(response.content)
    assert width == pytest.approx(size_mm, abs=0.05) == height
    [page] = pdf_pages(response.content, dpi=PRINT_DPI)
    [found] = decode(page)
    assert found.text == expected_url(code) and found.ec_level == "Q"


@pytest.mark.parametrize(
    ("asked", "size"), [("1", 15), ("15", 15), ("999", 200), ("x", 15), ("nan", 15)]
)
def test_the_print_size_is_bounded(client, code, asked, size):
    response = client.get(f"/q/{code}.pdf", {"size_mm": asked})
    assert response.status_code == 200
    [(width, _height)] = pdf_page_sizes_mm(response.content)
    assert width == pytest.approx(size, abs=0.05)


def test_the_svg_is_a_scalable_level_q_symbol_on_white(client, code):
    response = client.get(f"/q/{code}.svg")
    assert response["Content-Type"] == "image/svg+xml"
    svg = response.content.decode()
    assert svg.startswith("<svg") and "viewBox" in svg and 'width="' not in svg[:200]
    assert 'fill="#fff"' in svg
    symbol = qr_images.qr_symbol(code)
    assert symbol.error == "Q" and symbol.designator.endswith("-Q")


def test_images_of_an_unknown_code_are_the_friendly_404(client):
    assert client.get("/q/ZZZZZZ.png").status_code == 404
    assert client.get("/q/ZZZZZZ.gif").status_code == 404


def test_images_are_cacheable_and_found_in_any_case(client, code):
    response = client.get(f"/q/{code.lower()}.PNG")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert f'filename="qr-{code}.png"' in response["Content-Disposition"]


def test_the_demo_url_is_a_small_alphanumeric_version_3_symbol(settings):
    settings.QR_BASE_URL = "https://themediaahead.nl"
    from gallery.models.qr_codes import encoded_url

    for code in ("7K3", "7K3ZZZ"):
        symbol = qr_images.qr_symbol(code)
        assert encoded_url(code) == f"HTTPS://THEMEDIAAHEAD.NL/Q/{code}"
        assert (symbol.mode, symbol.version, symbol.error) == ("alphanumeric", 3, "Q")
        # 29 modules and the quiet zone: at 20 mm a module is 0.54 mm.
        assert qr_images.modules_across(symbol) == 37
    lower = segno.make("https://themediaahead.nl/q/7k3", error="q", micro=False)
    assert lower.mode == "byte"
