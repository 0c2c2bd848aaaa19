"""The QR code's SVG as a browser draws it, read back with zxing-cpp (also at 20 mm and 300 dpi),
and the pages a scan can end on, audited on a phone like the exhibit pages."""

import base64

import pytest

from .conftest import accessibility_problems

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# CSS pixels are 1/96 inch: this scale factor makes chromium draw at 300 dots per inch.
PRINT_SCALE = 300 / 96


def screenshot_of_svg(browser, svg: bytes, width_css: str) -> bytes:
    """A PNG of ``svg`` as chromium draws it in an ``<img>`` ``width_css`` wide, at 300 dpi."""
    source = "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
    html = (
        '<body style="margin:0;background:#fff">'
        f'<img id="qr" alt="" src="{source}" style="display:block;width:{width_css}">'
    )

    def draw(page):
        page.set_content(html)
        page.wait_for_function("document.getElementById('qr').complete")
        return page.locator("#qr").screenshot()

    return browser.run(draw, device_scale_factor=PRINT_SCALE)


@pytest.mark.parametrize("width", ["20mm", "60mm"])
def test_the_svg_drawn_by_a_browser_decodes_to_the_code_url(client, browser, width):
    from gallery.models.qr_codes import ensure_code
    from tests.factories import SpotFactory
    from tests.gallery.qr_decoding import MM_PER_INCH, decode, png_image

    code = ensure_code(SpotFactory())
    svg = client.get(f"/q/{code.code}.svg").content
    image = png_image(screenshot_of_svg(browser, svg, width))
    # The image is as wide as asked, at 300 dpi.
    assert image.width / 300 * MM_PER_INCH == pytest.approx(
        float(width.removesuffix("mm")), abs=0.5
    )
    [found] = decode(image)
    assert found.text == code.url and found.ec_level == "Q"


def test_where_retired_and_unknown_codes_lead_is_accessible(
    exhibit, live_server, browser, axe_js
):
    from django.core.cache import cache

    from wagtail.models import Site

    from gallery.models.qr_codes import ensure_code
    from tests.browser.conftest import audit

    retired = ensure_code(exhibit.artwork)
    retired.is_retired = True
    retired.save()
    # The landing redirects to the site's absolute URLs: the site is the live server here.
    port = int(live_server.url.rsplit(":", 1)[1])
    Site.objects.update(hostname="localhost", port=port)
    cache.clear()
    failures = []
    for path, locale, language, status in (
        (f"/q/{retired.code}", "nl-NL", "nl", 200),
        (f"/q/{retired.code}", "en-GB", "en", 200),
        ("/q/ZZZZZZ", "nl-NL", "nl", 404),
        ("/q/ZZZZZZ", "en-GB", "en", 404),
    ):
        url = live_server.url + path
        result = browser.run(
            lambda page, url=url: audit(page, url, axe_js), locale=locale
        )
        problems = accessibility_problems(result, language, status)
        if problems:
            failures.append(f"{path} ({locale}): " + "; ".join(problems))
    assert not failures, "\n".join(failures)
