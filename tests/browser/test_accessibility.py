"""The built-in public pages meet WCAG 2.1 AA on a phone, in Dutch and in English.

A real chromium loads each page from the live server; axe-core checks it, the keyboard uses the
skip link, and the page may not scroll sideways at 320 px. Every page also has its language in
``<html lang>``, one ``<h1>``, a ``<main>`` landmark, no JavaScript and no console errors.
One test per content fixture (building content is the slow part); each page gets its own browser
context, and a failure lists every failing page with all its problems.
"""

import pytest

from .conftest import assert_accessible

# A real live server: transactional database; the serialized rollback brings back the locales,
# root page and default site that migrations created.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGES_BY_FIXTURE = {
    "home": [("/nl/", "nl"), ("/en/", "en")],
    "about": [("/nl/over-ons/", "nl"), ("/en/about-us/", "en")],
    "event": [
        ("/nl/programma/", "nl"),
        ("/en/programme/", "en"),
        ("/nl/programma/pizza-talks-ai/", "nl"),
        ("/en/programme/pizza-talks-ai-newsroom/", "en"),
    ],
    "article": [
        ("/nl/nieuws/", "nl"),
        ("/en/news/", "en"),
        ("/nl/nieuws/gelanceerd/", "nl"),
        ("/en/news/launched/", "en"),
    ],
    "episode": [
        ("/nl/podcast/", "nl"),
        ("/en/podcast/", "en"),
        ("/nl/podcast/over-stages/", "nl"),
        ("/en/podcast/on-internships/", "en"),
    ],
}


@pytest.mark.parametrize("fixture", PAGES_BY_FIXTURE)
def test_pages_are_accessible_on_a_phone(request, audit_page, fixture):
    request.getfixturevalue(fixture)
    assert_accessible(audit_page, PAGES_BY_FIXTURE[fixture])


def test_every_block_and_the_site_navigation_are_accessible(every_block, audit_page):
    assert_accessible(
        audit_page, [("/nl/alle-blokken/", "nl"), ("/en/all-blocks/", "en")]
    )


def test_not_found_page_is_accessible(home, audit_page):
    assert_accessible(
        audit_page,
        [("/nl/bestaat-niet/", "nl"), ("/en/does-not-exist/", "en")],
        status=404,
    )
