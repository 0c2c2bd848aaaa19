"""The pages and images API answer a bad request in the answer's language: ``?locale=`` decides,
whatever ``Accept-Language`` says — Wagtail's own messages (``api.v2_messages``) and ours."""

from django.utils import translation

import pytest

from api.v2_messages import WAGTAIL_MESSAGES, translated

pytestmark = pytest.mark.django_db

PAGES_URL = "/api/v2/pages/"
IMAGES_URL = "/api/v2/images/"

# For each of Wagtail's messages in the table: a request that gets it, in English and in Dutch.
# A message added to the table without a row here fails ``test_every_wagtail_message_…``.
EXAMPLES = {
    r"parent page doesn't exist": (
        PAGES_URL,
        {"child_of": "99999"},
        "parent page doesn't exist",
        "de ouderpagina bestaat niet",
    ),
    r"descendant page doesn't exist": (
        PAGES_URL,
        {"ancestor_of": "99999"},
        "descendant page doesn't exist",
        "de onderliggende pagina bestaat niet",
    ),
    r"ancestor page doesn't exist": (
        PAGES_URL,
        {"descendant_of": "99999"},
        "ancestor page doesn't exist",
        "de bovenliggende pagina bestaat niet",
    ),
    r"translation_of page doesn't exist": (
        PAGES_URL,
        {"translation_of": "99999"},
        "translation_of page doesn't exist",
        "de pagina van translation_of bestaat niet",
    ),
    r"filtering by descendant_of with child_of is not supported": (
        PAGES_URL,
        {"child_of": "root", "descendant_of": "root"},
        "filtering by descendant_of with child_of is not supported",
        "filteren op descendant_of samen met child_of kan niet",
    ),
    r"random ordering cannot be combined with other fields": (
        PAGES_URL,
        {"order": "random,title"},
        "random ordering cannot be combined with other fields",
        "willekeurige volgorde kan niet met andere velden worden gecombineerd",
    ),
    r"random ordering with offset is not supported": (
        PAGES_URL,
        {"order": "random", "offset": "1"},
        "random ordering with offset is not supported",
        "willekeurige volgorde kan niet samen met offset",
    ),
    r"cannot order by '(?P<field>.*)' \(unknown field\)": (
        PAGES_URL,
        {"order": "-nothing"},
        "cannot order by '-nothing' (unknown field)",
        "kan niet sorteren op '-nothing' (onbekend veld)",
    ),
    r"cannot order by '(?P<field>.*)' while searching \(field is not indexed\)": (
        PAGES_URL,
        {"search": "a", "order": "slug"},
        "cannot order by 'slug' while searching (field is not indexed)",
        "kan tijdens het zoeken niet sorteren op 'slug' (veld is niet geïndexeerd)",
    ),
    r"cannot filter by '(?P<field>.*)' while searching \(field is not indexed\)": (
        PAGES_URL,
        {"search": "a", "slug": "x"},
        "cannot filter by 'slug' while searching (field is not indexed)",
        "kan tijdens het zoeken niet filteren op 'slug' (veld is niet geïndexeerd)",
    ),
    r"field filter error\. '(?P<value>.*)' is not a valid value for (?P<field>\w+) "
    r"\((?P<reason>.*)\)": (
        PAGES_URL,
        {"show_in_menus": "maybe"},
        "field filter error. 'maybe' is not a valid value for show_in_menus"
        " (expected 'true' or 'false', got 'maybe')",
        "fout in veldfilter: 'maybe' is geen geldige waarde voor show_in_menus"
        " (verwacht 'true' of 'false', kreeg 'maybe')",
    ),
    r"expected 'true' or 'false', got '(?P<value>.*)'": (
        PAGES_URL,
        {"show_in_menus": "yes"},
        "field filter error. 'yes' is not a valid value for show_in_menus"
        " (expected 'true' or 'false', got 'yes')",
        "fout in veldfilter: 'yes' is geen geldige waarde voor show_in_menus"
        " (verwacht 'true' of 'false', kreeg 'yes')",
    ),
    r"invalid literal for int\(\) with base 10: '(?P<value>.*)'": (
        PAGES_URL,
        {"type": "cms.EpisodePage", "episode_number": "x"},
        "field filter error. 'x' is not a valid value for episode_number"
        " (invalid literal for int() with base 10: 'x')",
        "fout in veldfilter: 'x' is geen geldige waarde voor episode_number"
        " ('x' is geen geheel getal)",
    ),
    r"Field '(?P<field>\w+)' expected a number but got (?P<value>.*)\.": (
        PAGES_URL,
        {"alias_of": "x"},
        "field filter error. 'x' is not a valid value for alias_of"
        " (Field 'id' expected a number but got 'x'.)",
        "fout in veldfilter: 'x' is geen geldige waarde voor alias_of"
        " (veld 'id' verwacht een getal, maar kreeg 'x'.)",
    ),
    r"field filter error\. null characters are not allowed for (?P<field>\w+)": (
        PAGES_URL,
        {"slug": "a\x00b"},
        "field filter error. null characters are not allowed for slug",
        "fout in veldfilter: nultekens zijn niet toegestaan in slug",
    ),
    r"query parameter is not an operation or a recognised field: (?P<names>.*)": (
        PAGES_URL,
        {"unknown": "1", "depth": "1"},
        "query parameter is not an operation or a recognised field: depth, unknown",
        "queryparameter is geen bewerking of bekend veld: depth, unknown",
    ),
    r"unknown fields: (?P<names>.*)": (
        PAGES_URL,
        {"fields": "nothing,title"},
        "unknown fields: nothing",
        "onbekende velden: nothing",
    ),
    r"'(?P<field>.*)' does not support nested fields": (
        PAGES_URL,
        {"fields": "title(x)"},
        "'title' does not support nested fields",
        "'title' heeft geen geneste velden",
    ),
    r"fields error: (?P<reason>.*)": (
        PAGES_URL,
        {"fields": "title,,"},
        "fields error: unexpected char ',' at position 6",
        "fout in fields: onverwacht teken ',' op positie 6",
    ),
    r"unexpected char '(?P<char>.)' at position (?P<position>\d+)": (
        PAGES_URL,
        {"fields": "title)"},
        "fields error: unexpected char ')' at position 5",
        "fout in fields: onverwacht teken ')' op positie 5",
    ),
    r"unexpected whitespace at position (?P<position>\d+)": (
        PAGES_URL,
        {"fields": "a b"},
        "fields error: unexpected whitespace at position 1",
        "fout in fields: onverwachte witruimte op positie 1",
    ),
    r"'(?P<field>[*_])' must be in the first position": (
        PAGES_URL,
        {"fields": "title,*"},
        "fields error: '*' must be in the first position",
        "fout in fields: '*' moet op de eerste plaats staan",
    ),
    r"'(?P<field>[*_])' cannot be negated": (
        PAGES_URL,
        {"fields": "-_"},
        "fields error: '_' cannot be negated",
        "fout in fields: '_' kan niet worden uitgesloten",
    ),
    r"negated fields with '_' doesn't make sense": (
        PAGES_URL,
        {"fields": "_,-title"},
        "fields error: negated fields with '_' doesn't make sense",
        "fout in fields: uitgesloten velden naast '_' hebben geen zin",
    ),
    r"additional fields with '\*' doesn't make sense": (
        PAGES_URL,
        {"fields": "*,title"},
        "fields error: additional fields with '*' doesn't make sense",
        "fout in fields: extra velden naast '*' hebben geen zin",
    ),
    r"unexpected end of input \(did you miss out a close bracket\?\)": (
        PAGES_URL,
        {"fields": "parent(title"},
        "fields error: unexpected end of input (did you miss out a close bracket?)",
        "fout in fields: onverwacht einde (ontbreekt er een sluithaakje?)",
    ),
    r"type doesn't exist": (
        PAGES_URL,
        {"type": "gallery.Artist"},
        "type doesn't exist",
        "dit type bestaat niet",
    ),
    r"rich_text_format must be one of (?P<formats>.*), got '(?P<value>.*)'": (
        PAGES_URL,
        {"rich_text_format": "x"},
        "rich_text_format must be one of 'db_html', 'db_markdown', 'html', 'markdown',"
        " got 'x'",
        "rich_text_format moet een van 'db_html', 'db_markdown', 'html', 'markdown'"
        " zijn, niet 'x'",
    ),
    r"not found": (
        f"{PAGES_URL}find/",
        {"html_path": "/nowhere/"},
        "not found",
        "niet gevonden",
    ),
    r"No (?P<model>\w+) matches the given query\.": (
        f"{PAGES_URL}99999/",
        {},
        "No Page matches the given query.",
        "Geen Page gevonden voor deze vraag.",
    ),
}

# Our own messages, worded through gettext where they are raised.
OWN_MESSAGES = [
    (
        {"search": "a", "search_operator": "xor"},
        "search_operator must be 'and' or 'or'",
        "search_operator moet 'and' of 'or' zijn",
    ),
    (
        {"type": "cms.EventPage", "start_at": "x"},
        "a field filter has a value of the wrong type",
        "een veldfilter heeft een waarde van het verkeerde type",
    ),
    (
        {"type": "cms.EventPage", "past": "maybe"},
        "past must be true or false",
        "past moet true of false zijn",
    ),
    (
        {"upcoming": "true"},
        "upcoming needs type=cms.EventPage",
        "upcoming werkt alleen met type=cms.EventPage",
    ),
    (
        {"child_of": "-1"},
        "child_of must be a positive integer",
        "child_of moet een positief geheel getal zijn",
    ),
    (
        {"limit": "100000"},
        "limit cannot be higher than 100",
        "limit mag niet hoger zijn dan 100",
    ),
]

LANGUAGES = [("nl", "en"), ("en", "nl")]


def detail_for(client, url: str, params: dict, language: str, accept: str) -> str:
    response = client.get(
        url, {**params, "locale": language}, HTTP_ACCEPT_LANGUAGE=accept
    )
    assert response.status_code in (400, 404), response.content
    assert response["Content-Type"] == "application/problem+json"
    return response.json()["detail"]


def test_every_wagtail_message_in_the_table_has_an_example_and_no_more():
    assert set(EXAMPLES) == set(WAGTAIL_MESSAGES)


@pytest.mark.parametrize("pattern", WAGTAIL_MESSAGES)
@pytest.mark.parametrize(("language", "accept"), LANGUAGES)
def test_wagtails_messages_speak_the_language_of_locale(
    client, home, pattern, language, accept
):
    url, params, in_english, in_dutch = EXAMPLES[pattern]

    detail = detail_for(client, url, params, language, accept)

    assert detail == (in_dutch if language == "nl" else in_english)


@pytest.mark.parametrize(("params", "in_english", "in_dutch"), OWN_MESSAGES)
@pytest.mark.parametrize(("language", "accept"), LANGUAGES)
def test_our_messages_speak_the_language_of_locale(
    client, event, params, in_english, in_dutch, language, accept
):
    detail = detail_for(client, PAGES_URL, params, language, accept)

    assert detail == (in_dutch if language == "nl" else in_english)


@pytest.mark.parametrize(
    ("accept", "message"),
    [
        ("en", "locale must be one of: nl, en"),
        ("nl", "locale moet een van deze zijn: nl, en"),
    ],
)
def test_an_unknown_locale_is_refused_in_the_language_of_accept_language(
    client, home, accept, message
):
    response = client.get(PAGES_URL, {"locale": "fr"}, HTTP_ACCEPT_LANGUAGE=accept)

    assert response.status_code == 400
    assert response.json()["detail"] == message


@pytest.mark.parametrize(
    ("url", "params", "in_english", "in_dutch"),
    [
        (
            IMAGES_URL,
            {"width": "x"},
            "field filter error. 'x' is not a valid value for width"
            " (invalid literal for int() with base 10: 'x')",
            "fout in veldfilter: 'x' is geen geldige waarde voor width"
            " ('x' is geen geheel getal)",
        ),
        (
            f"{IMAGES_URL}find/",
            {"id": "99999"},
            "not found",
            "niet gevonden",
        ),
    ],
)
def test_the_images_api_answers_in_the_language_of_accept_language(
    client, home, url, params, in_english, in_dutch
):
    # Images have no language of their own, so no ``?locale=``: the header decides.
    answers = {
        accept: client.get(url, params, HTTP_ACCEPT_LANGUAGE=accept).json()["detail"]
        for accept in ("en", "nl")
    }

    assert answers == {"en": in_english, "nl": in_dutch}


def test_a_message_not_in_the_table_passes_unchanged():
    with translation.override("nl"):
        assert translated("something Wagtail says next year") == (
            "something Wagtail says next year"
        )
        assert translated("not found, really") == "not found, really"
