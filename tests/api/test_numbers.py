"""Ids and numbers of any size, sign and spelling are a 400 or 404 problem, never a 500; a search
of many words costs a bounded number of queries and rows (SQLite and PostgreSQL alike)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from api.gallery.filters import ArtworkFilterSet
from gallery.models import ArtworkPage
from tests.api.test_hidden_objects import GALLERY_LISTS, TAKES_AN_ID, V2_LISTS
from tests.factories import ArtistPageFactory, ArtworkPageFactory

pytestmark = pytest.mark.django_db

BAD_NUMBERS = [
    "-1",
    "1e400",
    "1.5",
    "0x10",
    " 7",
    "²",
    "99999999999999999999",
    "9" * 5000,
    "nan",
]
# Parameters that take a count or a position rather than an id.
COUNTS = {
    "/api/gallery/artworks/": ["page", "page_size", "year"],
    "/api/v2/pages/": ["offset", "limit"],
    "/api/v2/images/": ["offset", "limit"],
}


def numeric_cases() -> list[tuple[str, str]]:
    """Every list × parameter that takes an id or a number, the find views and detail paths."""
    from tests.api.test_hidden_objects import parameters_of

    found = [
        (url, name)
        for url in [*GALLERY_LISTS, *V2_LISTS]
        for name in sorted(parameters_of(url) & TAKES_AN_ID)
    ]
    found += [(url, name) for url, names in COUNTS.items() for name in names]
    found += [("/api/v2/pages/find/", "id"), ("/api/v2/images/find/", "id")]
    found += [(f"{url}{{pk}}/", "{pk}") for url in [*GALLERY_LISTS, *V2_LISTS]]
    return found


@pytest.mark.parametrize(("url", "parameter"), numeric_cases())
def test_any_number_is_a_problem_not_a_server_error(client, exhibit, url, parameter):
    client.raise_request_exception = False
    for value in BAD_NUMBERS:
        if parameter == "{pk}":
            if not value.isascii() or not value.isdigit():
                continue  # not a path the URL conf routes
            response = client.get(url.format(pk=value))
        else:
            response = client.get(url, {parameter: value})
        assert response.status_code in (400, 404), (value, response.content[:300])
        assert response["Content-Type"] == "application/problem+json", value
        if response.status_code == 400 and url.startswith("/api/gallery/"):
            assert parameter in response.json()["errors"], value


@pytest.fixture
def crowded_works(gallery):
    """Ten works with six artists each: joins per word would multiply the rows."""
    artists = [
        ArtistPageFactory(parent=gallery.artists, title=f"Maker {n} Omroep")
        for n in range(6)
    ]
    return [
        ArtworkPageFactory(
            parent=gallery.artworks, title=f"Werk {n}", artists=artists, images=[]
        )
        for n in range(10)
    ]


def rows_read(words: str) -> tuple[int, int]:
    """(queries, rows) of the filtered artworks for ``q=words``, without ``DISTINCT``."""
    filterset = ArtworkFilterSet({"q": words}, queryset=ArtworkPage.objects.all())
    assert filterset.is_valid()
    with CaptureQueriesContext(connection) as captured:
        rows = list(filterset.qs.values_list("pk", flat=True))
    assert "DISTINCT" not in captured.captured_queries[-1]["sql"]
    return len(captured), len(rows)


def test_a_search_of_many_words_reads_each_work_once(crowded_works):
    assert rows_read("omroep") == (1, 10)
    assert rows_read("maker omroep werk 1 2 3 4 5 6 7 8 9") == (1, 10)
    assert rows_read("maker omroep werk maker omroep werk") == (1, 10)


def test_a_search_costs_the_same_queries_however_many_words(
    client, crowded_works, django_assert_max_num_queries
):
    with CaptureQueriesContext(connection) as one_word:
        assert client.get("/api/gallery/artworks/", {"q": "omroep"}).status_code == 200
    many = " ".join(["maker", "omroep", "werk"] * 30)
    with django_assert_max_num_queries(len(one_word)):
        response = client.get("/api/gallery/artworks/", {"q": many})
    assert response.json()["count"] == 10


def integer_field_filters() -> list[tuple[str, str]]:
    """(page type, field) for every integer or link field the pages API filters on."""
    from wagtail.models import get_page_models

    from api.v2 import PagesAPIViewSet, integer_field

    return [
        (f"{model._meta.app_label}.{model.__name__}", name)
        for model in get_page_models()
        for name in PagesAPIViewSet.get_available_fields(model, db_fields_only=True)
        if name != "locale" and integer_field(model, name) is not None
    ]


def test_integer_field_filters_are_found():
    assert ("wagtailcore.Page", "alias_of") in integer_field_filters()
    assert ("cms.EpisodePage", "episode_number") in integer_field_filters()


@pytest.mark.parametrize(("page_type", "field"), integer_field_filters())
def test_an_integer_field_filter_out_of_range_is_a_problem(
    client, home, page_type, field
):
    client.raise_request_exception = False
    for value in ("99999999999999999999", "-99999999999999999999", "9" * 5000):
        response = client.get(
            "/api/v2/pages/", {"type": page_type, field: value, "locale": "en"}
        )
        assert response.status_code == 400, (value, response.content[:300])
        assert response["Content-Type"] == "application/problem+json"
