"""The audit itself: a page broken on purpose fails every check it should (no database needed)."""

import pytest

from .conftest import accessibility_problems, audit

pytestmark = pytest.mark.browser

BROKEN_URL = "http://broken.test/"
BROKEN_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta name="viewport" content="width=device-width"><title>Broken on purpose</title><script>console.error("broken on purpose")</script></head>
<body>
<a class="skip-link" href="#main" style="position: absolute; left: -999px; outline: none">Skip</a>
<h1>One</h1>
<main id="main"><h1>Two</h1>
<p style="color: #aaa">Grey on white</p>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10">
<div style="width: 600px">Too wide for a phone</div></main>
</body>
</html>"""

EXPECTED = [
    "color-contrast",
    "image-alt",
    '<html lang="en">, expected "nl"',
    "2 <h1> elements",
    "1 <script> elements",
    "the focused skip link is not visible",
    "the focused skip link has no focus outline",
    "the skip link moves focus to",
    "scrolls sideways at 320 px",
    "broken on purpose",
]


def test_the_audit_reports_each_kind_of_problem(browser, axe_js):
    def broken_page(page):
        page.route(
            BROKEN_URL,
            lambda route: route.fulfill(body=BROKEN_PAGE, content_type="text/html"),
        )
        return audit(page, BROKEN_URL, axe_js)

    problems = "\n".join(accessibility_problems(browser.run(broken_page), "nl"))
    missed = [expected for expected in EXPECTED if expected not in problems]
    assert not missed, f"the audit missed {missed} in:\n{problems}"
