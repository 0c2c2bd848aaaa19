"""Nothing hidden reaches an anonymous answer, through any endpoint and any parameter.

One fixture holds an object in each hidden state. Every public endpoint × every parameter that
takes an id or a word is asked about each of them, and must answer exactly as it does once the
hidden objects are gone: no item, no count, no "exists" message gives them away. The endpoints
and parameters come from the URL conf, the filtersets and ``known_query_parameters``; a new
parameter that is not classified here fails ``test_every_parameter_is_classified``.
"""

from datetime import timedelta
from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
)

import pytest

from api.gallery.pagination import GalleryPagination
from api.gallery.urls import router as gallery_router
from api.v2 import ImagesAPIViewSet, PagesAPIViewSet
from gallery.models import ArtworkImage
from tests.factories import (
    ArtistPageFactory,
    ArtworkPageFactory,
    ExhibitionPageFactory,
    ImageFactory,
    SpotFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db

# Every hidden object's name carries this word; no answer may contain it.
MARK = "Verborgen"

GALLERY_LISTS = {
    f"/api/gallery/{prefix}/": viewset
    for prefix, viewset, _name in gallery_router.registry
}
V2_LISTS = {"/api/v2/pages/": PagesAPIViewSet, "/api/v2/images/": ImagesAPIViewSet}

# Every query parameter of a public list, by what it takes.
TAKES_AN_ID = {"artist", "exhibition", "spot", "id", "child_of", "descendant_of"}
TAKES_AN_ID |= {"ancestor_of", "translation_of"}
TAKES_A_WORD = {"q", "search", "title", "slug", "html_path"}
TAKES_NEITHER = {
    # choices, booleans, numbers, places, shapes of the answer
    "theme", "year", "near", "bbox", "ordering", "current", "upcoming", "past", "kind",
    "active", "page", "page_size", "fields", "locale", "type", "limit", "offset", "order",
    "site", "search_operator", "format", "rich_text_format", "_",
}  # fmt: skip
# Fields of the pages and images models that Wagtail filters on when named in the query.
FIELD_FILTERS = {"/api/v2/pages/": ["id", "title", "slug"], "/api/v2/images/": ["id"]}


def parameters_of(url: str) -> set[str]:
    """The query parameters ``url`` accepts, as its view declares them."""
    if url in GALLERY_LISTS:
        viewset = GALLERY_LISTS[url]
        pagination = GalleryPagination
        return {
            *viewset.filterset_class.base_filters,
            pagination.page_query_param,
            pagination.page_size_query_param,
            "fields",
            "locale",
        }
    return {*V2_LISTS[url].known_query_parameters, *FIELD_FILTERS[url]}


def cases() -> list[tuple[str, str]]:
    """(url, parameter) for every list × parameter that takes an id or a word, plus the find
    views and every detail path (parameter ``{pk}``)."""
    found = [
        (url, name)
        for url in [*GALLERY_LISTS, *V2_LISTS]
        for name in sorted(parameters_of(url))
        if name in TAKES_AN_ID | TAKES_A_WORD
    ]
    found += [("/api/v2/pages/find/", "html_path"), ("/api/v2/pages/find/", "id")]
    found += [(f"{url}{{pk}}/", "{pk}") for url in [*GALLERY_LISTS, *V2_LISTS]]
    found += [("/api/gallery/map/", "locale")]
    return found


def test_every_parameter_is_classified():
    for url in [*GALLERY_LISTS, *V2_LISTS]:
        unknown = parameters_of(url) - TAKES_AN_ID - TAKES_A_WORD - TAKES_NEITHER
        assert not unknown, f"classify {sorted(unknown)} of {url} in this test"


def restrict(page, kind: str) -> None:
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="geheim"
    )
    if kind == BaseViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get_or_create(name="Pers")[0]])


@pytest.fixture
def hidden(exhibit, gallery, home, english, about):
    """An object in each hidden state, each tied to visible ones so that a leak would show:
    hidden works credit the visible artist, hidden artists are credited on a visible work,
    hidden exhibitions place visible works at visible spots."""
    past = timezone.now() - timedelta(minutes=5)
    visible_artist, visible_work = exhibit.artist, exhibit.neighbour

    def artwork(name: str):
        return ArtworkPageFactory(
            parent=gallery.artworks, title=f"{MARK} {name}", artists=[visible_artist]
        )

    def artist(name: str):
        page = ArtistPageFactory(parent=gallery.artists, title=f"{MARK} {name}")
        visible_work.artist_links.create(artist=page)
        return page

    def exhibition(name: str):
        return ExhibitionPageFactory(
            parent=gallery.index,
            title=f"{MARK} {name}",
            placements=[{"artwork": visible_work, "spot": exhibit.spot}],
        )

    objects = SimpleNamespace(
        draft_artwork=artwork("Concept"),
        scheduled_artwork=artwork("Gepland"),
        expired_artwork=artwork("Verlopen"),
        password_artwork=artwork("Wachtwoord"),
        draft_artist=artist("Schets"),
        login_artist=artist("Inlog"),
        expired_artist=artist("Voorbij"),
        draft_exhibition=exhibition("Ontwerp"),
        expired_exhibition=exhibition("Afgelopen"),
        group_exhibition=exhibition("Groep"),
        draft_spot=SpotFactory(name=f"{MARK} Bouwplaats"),
        expired_spot=SpotFactory(name=f"{MARK} Gesloopt"),
        login_page=StandardPageFactory(parent=home, title=f"{MARK} Intranet"),
        expired_page=StandardPageFactory(parent=about, title=f"{MARK} Oud"),
    )
    # Below a restricted page: hidden by its ancestor's restriction.
    objects.child_of_login = StandardPageFactory(
        parent=objects.login_page, title=f"{MARK} Kind"
    )
    # A hidden translation of a visible page: in no language switch, hreflang or meta.
    objects.draft_translation = exhibit.artwork_en
    objects.draft_translation.title = f"{MARK} Vertaling"
    objects.draft_translation.save_revision().publish()
    for page in (
        objects.draft_artwork,
        objects.draft_artist,
        objects.draft_exhibition,
        objects.draft_translation,
    ):
        page.unpublish()
    objects.scheduled_artwork.unpublish()
    objects.scheduled_artwork.go_live_at = timezone.now() + timedelta(days=3)
    objects.scheduled_artwork.save_revision(
        approved_go_live_at=objects.scheduled_artwork.go_live_at
    )
    for page in (
        objects.expired_artwork,
        objects.expired_artist,
        objects.expired_exhibition,
        objects.expired_page,
    ):
        type(page).objects.filter(pk=page.pk).update(expire_at=past)
    objects.draft_spot.unpublish()
    type(objects.expired_spot).objects.filter(pk=objects.expired_spot.pk).update(
        expire_at=past
    )
    exhibit.exhibition.placements.create(
        artwork=visible_work, spot=objects.draft_spot, locale=exhibit.exhibition.locale
    )
    restrict(objects.password_artwork, BaseViewRestriction.PASSWORD)
    restrict(objects.login_artist, BaseViewRestriction.LOGIN)
    restrict(objects.group_exhibition, BaseViewRestriction.GROUPS)
    restrict(objects.login_page, BaseViewRestriction.LOGIN)
    # Files in a restricted collection (and in one below it), linked from a visible work.
    private = Collection.get_first_root_node().add_child(name=f"{MARK} Pers")
    below = private.add_child(name=f"{MARK} Embargo")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=BaseViewRestriction.LOGIN
    )
    objects.private_image = ImageFactory(collection=private, title=f"{MARK} Foto")
    objects.embargo_image = ImageFactory(collection=below, title=f"{MARK} Embargo")
    for image in (objects.private_image, objects.embargo_image):
        ArtworkImage.objects.create(
            artwork=visible_work, image=image, locale=visible_work.locale
        )
    objects.private_document = get_document_model().objects.create(
        title=f"{MARK} Audio",
        file=ContentFile(b"ID3", name="audio.mp3"),
        collection=private,
    )
    type(visible_work).objects.filter(pk=visible_work.pk).update(
        audio_description=objects.private_document
    )
    objects.visible = [
        exhibit.artist,
        exhibit.artwork,
        exhibit.exhibition,
        exhibit.spot,
    ]
    objects.visible += [visible_work, about, exhibit.artwork.images.first().image]

    def remove() -> None:
        """The world as it would be without the hidden objects."""
        for name, each in vars(objects).items():
            if name != "visible" and not callable(each):
                type(each).objects.filter(pk=each.pk).delete()
        Collection.objects.filter(name__startswith=MARK).delete()
        cache.clear()

    objects.remove = remove
    return objects


def hidden_objects(hidden) -> list:
    return [
        each
        for name, each in vars(hidden).items()
        if name != "visible" and not callable(each)
    ]


def values_for(hidden, parameter: str) -> list[str]:
    """Every hidden object's id (and a visible one's, so answers are not all empty), or every
    hidden object's words."""
    if parameter in TAKES_A_WORD:
        words = {MARK}
        for each in hidden_objects(hidden):
            title = getattr(each, "title", None) or each.name
            words.update(title.split()[1:])
            if hasattr(each, "url_path"):
                words.add(each.url_path.split("/", 2)[-1])
                words.add(f"/nl/{each.url_path.split('/', 2)[-1]}")
                words.add(each.slug)
        return sorted(words)
    return sorted(
        {str(each.pk) for each in [*hidden_objects(hidden), *hidden.visible]}, key=int
    )


def answers(client, url: str, parameter: str, values: list[str]) -> list:
    found = []
    # The gallery answers in the asked language; the pages API lists every language at once.
    locales = ("nl", "en") if url.startswith("/api/gallery/") else ("nl",)
    for value in values:
        for locale in locales:
            if parameter == "{pk}":
                response = client.get(url.format(pk=value))
            elif parameter == "locale":
                response = client.get(url, {"locale": locale})
            else:
                query = {parameter: value}
                if url.startswith("/api/gallery/"):
                    query["locale"] = locale
                response = client.get(url, query)
            body = response.content.decode()
            found.append((value, locale, response.status_code, body))
    return found


def cases_by_url() -> dict[str, list[str]]:
    """The cases grouped by endpoint: the hidden objects are built once per endpoint, not once
    per parameter (building them is most of the cost)."""
    grouped: dict[str, list[str]] = {}
    for url, parameter in cases():
        grouped.setdefault(url, []).append(parameter)
    return grouped


@pytest.mark.parametrize(("url", "parameters"), cases_by_url().items())
def test_no_hidden_object_shows_or_changes_an_answer(client, hidden, url, parameters):
    with_hidden = {}
    for parameter in parameters:
        values = values_for(hidden, parameter)
        with_hidden[parameter] = (values, answers(client, url, parameter, values))
        for value, locale, status, body in with_hidden[parameter][1]:
            assert status < 500, (parameter, value, body)
            assert MARK not in body, (parameter, value, locale, body)
    hidden.remove()
    for parameter, (values, answered) in with_hidden.items():
        assert answers(client, url, parameter, values) == answered, parameter


@pytest.mark.parametrize(
    ("parameter", "name"),
    [
        ("artist", "login_artist"),
        ("exhibition", "expired_exhibition"),
        ("spot", "draft_spot"),
    ],
)
def test_a_hidden_id_is_refused_as_a_missing_one(client, hidden, parameter, name):
    """The filters resolve ids against visible objects: a hidden one is no oracle."""
    response = client.get(
        "/api/gallery/artworks/", {parameter: getattr(hidden, name).pk}
    )
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert parameter in response.json()["errors"]


@pytest.mark.parametrize(
    "hide",
    ["expired", BaseViewRestriction.PASSWORD, BaseViewRestriction.LOGIN, "draft"],
)
def test_built_in_pages_link_no_hidden_translation(client, about, hide):
    assert "/en/about-us/" in client.get("/nl/over-ons/").content.decode()
    english = type(about).objects.get(
        translation_key=about.translation_key, locale__language_code="en"
    )
    if hide == "expired":
        type(english).objects.filter(pk=english.pk).update(
            expire_at=timezone.now() - timedelta(minutes=5)
        )
    elif hide == "draft":
        english.unpublish()
    else:
        restrict(english, hide)
    cache.clear()
    html = client.get("/nl/over-ons/").content.decode()
    assert "/en/about-us/" not in html  # neither the language switch nor hreflang


@pytest.mark.parametrize(
    "kind",
    [
        kind
        for kind, _label in BaseViewRestriction.RESTRICTION_CHOICES
        if kind != BaseViewRestriction.NONE
    ],
)
@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v2/images/"])
def test_wagtail_endpoints_answer_with_any_restriction(client, exhibit, url, kind):
    restrict(exhibit.artwork, kind)
    collection = Collection.get_first_root_node().add_child(name="Pers")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=kind, password="geheim"
    )
    if kind == BaseViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get_or_create(name="Pers")[0]])
    image = ImageFactory(collection=collection)
    response = client.get(url, {"limit": 100})
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["items"]}
    hidden = exhibit.artwork if url == "/api/v2/pages/" else image
    assert ids and hidden.pk not in ids


def test_a_password_passed_in_the_session_opens_nothing_in_the_api(client, exhibit):
    """The API's answers are cached for everyone: a visitor's unlocked page stays out."""
    restrict(exhibit.artwork, BaseViewRestriction.PASSWORD)
    restriction = PageViewRestriction.objects.get(page=exhibit.artwork)
    session = client.session
    session[restriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()
    assert client.get(f"/api/v2/pages/{exhibit.artwork.pk}/").status_code == 404
