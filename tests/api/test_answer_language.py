"""``?locale=`` decides the language of the whole answer — content, labels, messages, problem
details — and the server-side cache key holds everything that shapes a body, so that a cached copy
never carries one visitor's language, host or scheme to another."""

import pytest

pytestmark = pytest.mark.django_db

# Every public read of the API, each answering with content, and each with a request that fails
# (its messages must follow ``?locale=`` too).
ANSWERS = [
    "/api/gallery/artworks/",
    "/api/gallery/artists/",
    "/api/gallery/exhibitions/",
    "/api/gallery/spots/",
    "/api/gallery/map/",
    "/api/navigation/",
    "/api/v2/pages/",
    "/api/gallery/artworks/?page_size=0",
    "/api/gallery/spots/?near=north",
    "/api/gallery/exhibitions/?current=maybe",
    "/api/gallery/artworks/999999/",
    "/api/v2/pages/?limit=x",
    "/api/v2/pages/?fields=title,,",
    "/api/v2/pages/999999/",
    "/api/nothing-here/",
]


def with_locale(url: str, language: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}locale={language}"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_with_locale_the_body_is_the_same_whatever_accept_language_says(
    client, exhibit, settings, language
):
    # No server-side copy: each answer is rendered, so a difference cannot hide in the cache.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    }
    for url in ANSWERS:
        url = with_locale(url, language)
        bodies = {
            accept: client.get(url, HTTP_ACCEPT_LANGUAGE=accept).content
            for accept in ("nl", "en", "de", "")
        }
        assert len(set(bodies.values())) == 1, (url, bodies)


@pytest.mark.parametrize(
    ("language", "title", "message"),
    [
        ("en", "Bad Request", "Give a whole number from 1 to 100."),
        ("nl", "Ongeldig verzoek", "Geef een geheel getal van 1 tot en met 100."),
    ],
)
def test_problem_details_speak_the_language_of_locale(
    client, exhibit, language, title, message
):
    other = "nl" if language == "en" else "en"
    response = client.get(
        "/api/gallery/artworks/",
        {"locale": language, "page_size": 0},
        HTTP_ACCEPT_LANGUAGE=other,
    )

    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["title"] == title
    assert problem["errors"]["page_size"] == [message]
    assert response["Content-Language"] == language


def test_the_language_cookie_never_chooses_a_public_answer(client, exhibit, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    with_cookie = client.get("/api/gallery/artworks/")
    navigation = client.get("/api/navigation/")
    client.cookies.clear()
    without_cookie = client.get("/api/gallery/artworks/")

    assert with_cookie.json()["results"][0]["locale"] == "nl"
    assert navigation.json()["locale"] == "nl"
    assert with_cookie.content == without_cookie.content
    assert "Cookie" not in with_cookie.get("Vary", "")


def test_accept_language_still_chooses_when_there_is_no_locale(client, exhibit):
    english = client.get(
        "/api/gallery/artworks/", HTTP_ACCEPT_LANGUAGE="en-GB,nl;q=0.5"
    )
    wildcard = client.get("/api/gallery/artworks/", HTTP_ACCEPT_LANGUAGE="fr, *")

    assert english.json()["results"][0]["locale"] == "en"
    assert wildcard.json()["results"][0]["locale"] == "nl"


def test_cached_copies_keep_the_host_of_their_links(client, exhibit):
    first = client.get(
        "/api/gallery/artworks/", {"page_size": 1}, HTTP_HOST="localhost"
    )
    second = client.get(
        "/api/gallery/artworks/", {"page_size": 1}, HTTP_HOST="127.0.0.1"
    )

    assert first.json()["next"].startswith("http://localhost/")
    assert second.json()["next"].startswith("http://127.0.0.1/")


def test_cached_copies_keep_the_scheme_of_their_links(client, exhibit):
    plain = client.get("/api/gallery/artworks/", {"page_size": 1})
    secure = client.get("/api/gallery/artworks/", {"page_size": 1}, secure=True)

    assert plain.json()["next"].startswith("http://testserver/")
    assert secure.json()["next"].startswith("https://testserver/")


def test_a_repeated_parameter_is_cached_apart_in_its_order(client, exhibit):
    first = client.get("/api/gallery/artworks/?page_size=1&page=2&page=1")
    second = client.get("/api/gallery/artworks/?page_size=1&page=1&page=2")

    assert first.json()["previous"] is None
    assert second.json()["previous"] is not None


def test_a_cached_copy_never_answers_what_the_client_does_not_accept(client, exhibit):
    assert client.get("/api/gallery/artworks/").status_code == 200

    refused = client.get("/api/gallery/artworks/", HTTP_ACCEPT="text/html")

    assert refused.status_code == 406


def test_a_language_declined_with_q_0_is_not_chosen(client, exhibit):
    response = client.get("/api/gallery/artworks/", HTTP_ACCEPT_LANGUAGE="de, en;q=0")

    assert response.json()["results"][0]["locale"] == "nl"
