"""The Curators group: the whole gallery, spots, pictures and translations, and not one brand
page."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from cms.models import StandardPage
from gallery.models import ArtworkPage, ExhibitionPage, GalleryIndexPage, Spot
from gallery.permissions import CURATOR_GROUP, ensure_curator_group
from tests.factories import GalleryIndexPageFactory, ImageFactory
from tests.gallery.test_admin import (
    ARTISTS,
    ARTWORKS,
    EXHIBITIONS,
    SPOTS,
    add_page_url,
    add_spot_url,
    artwork_form,
    exhibition_form,
    fill_gallery,
    spot_form,
    without_translation_buttons,  # noqa: F401 - a fixture
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator(gallery):
    user = get_user_model().objects.create_user(
        "conservator", "conservator@example.org", "not-used"
    )
    user.groups.add(ensure_curator_group())
    return user


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


def group_state(group: Group) -> tuple[set, set, set]:
    return (
        set(group.permissions.values_list("content_type__app_label", "codename")),
        set(
            GroupPagePermission.objects.filter(group=group).values_list(
                "page_id", "permission__codename"
            )
        ),
        set(
            GroupCollectionPermission.objects.filter(group=group).values_list(
                "collection_id", "permission__codename"
            )
        ),
    )


# -- The group ----------------------------------------------------------------------------------


def test_ensure_curator_group_before_the_gallery_exists(home):
    group = ensure_curator_group()
    permissions, pages, collections = group_state(group)
    assert group.name == CURATOR_GROUP
    assert {
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        ("gallery", "publish_spot"),
    } <= permissions
    assert pages == set()
    assert {codename for _collection, codename in collections} == {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    }

    # Run again once the gallery exists (as the demo command does): the pages are added.
    index = GalleryIndexPageFactory(parent=home)
    group = ensure_curator_group()
    _permissions, pages, _collections = group_state(group)
    assert {page_id for page_id, _codename in pages} == {index.pk}


def test_ensure_curator_group_is_idempotent(gallery):
    first = ensure_curator_group()
    state = group_state(first)
    second = ensure_curator_group()
    assert second.pk == first.pk
    assert group_state(second) == state
    assert Group.objects.filter(name=CURATOR_GROUP).count() == 1


def test_curators_get_every_gallery_index_and_no_brand_page(gallery, english):
    group = ensure_curator_group()
    _permissions, pages, _collections = group_state(group)
    granted_on = Page.objects.filter(pk__in={page_id for page_id, _c in pages})
    assert {page.specific_class for page in granted_on} == {GalleryIndexPage}
    assert {page.locale.language_code for page in granted_on} == {"nl", "en"}
    assert {codename for _page, codename in pages} == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }


# -- What a curator can do ----------------------------------------------------------------------


@pytest.mark.parametrize("url_name", [EXHIBITIONS, ARTWORKS, ARTISTS, SPOTS])
def test_curator_opens_the_gallery_listings(curator_client, exhibit, url_name):
    response = curator_client.get(reverse(url_name))
    assert response.status_code == 200
    assert len(response.context["object_list"]) >= 1


@pytest.mark.parametrize("rows", [1, 10])
@pytest.mark.parametrize(
    ("url_name", "max_queries"),
    [(SPOTS, 14), (ARTWORKS, 24), (ARTISTS, 22), (EXHIBITIONS, 22)],
)
def test_curator_listing_answers_in_a_fixed_number_of_queries(
    curator_client,
    gallery,
    without_translation_buttons,  # noqa: F811 - the fixture imported above
    django_assert_max_num_queries,
    rows,
    url_name,
    max_queries,
):
    fill_gallery(gallery, rows)
    curator_client.get(reverse(url_name))
    with django_assert_max_num_queries(max_queries):
        response = curator_client.get(reverse(url_name))
    assert response.status_code == 200
    assert len(response.context["object_list"]) >= rows


def test_curator_creates_and_publishes_an_artwork(
    curator_client, curator, exhibit, gallery
):
    response = curator_client.post(
        add_page_url(ArtworkPage, gallery.artworks),
        artwork_form([exhibit.artist], [(ImageFactory(), "")]),
    )
    assert response.status_code == 302
    artwork = ArtworkPage.objects.get(slug="signaal")
    assert artwork.live
    assert artwork.owner == curator


def test_curator_edits_and_publishes_an_artwork(curator_client, exhibit):
    edit_url = reverse("wagtailadmin_pages:edit", args=[exhibit.artwork.pk])
    form = curator_client.get(edit_url)
    assert form.status_code == 200
    data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
    data["title"] = "Zendmast van licht (herzien)"
    data["action-publish"] = "publish"
    response = curator_client.post(edit_url, data)
    assert response.status_code == 302
    exhibit.artwork.refresh_from_db()
    assert exhibit.artwork.title == "Zendmast van licht (herzien)"
    assert exhibit.artwork.live
    assert not exhibit.artwork.has_unpublished_changes


def test_curator_creates_a_spot_and_an_exhibition(curator_client, exhibit, gallery):
    response = curator_client.post(add_spot_url(), spot_form())
    assert response.status_code == 302
    spot = Spot.objects.get(slug="stationsplein-fietsenstalling")
    assert spot.live
    response = curator_client.post(
        add_page_url(ExhibitionPage, gallery.index),
        exhibition_form([{"artwork": exhibit.neighbour, "spot": spot}]),
    )
    assert response.status_code == 302
    assert ExhibitionPage.objects.get(slug="licht-op-de-stad").live


def test_curator_translates_an_artwork(
    curator_client, exhibit, gallery, english, django_capture_on_commit_callbacks
):
    curator_client.post(
        add_page_url(ArtworkPage, gallery.artworks),
        artwork_form([exhibit.artist], [(ImageFactory(), "")]),
    )
    artwork = ArtworkPage.objects.get(slug="signaal")
    with django_capture_on_commit_callbacks(execute=True):
        response = curator_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[artwork.pk]),
            {"locales": [english.pk]},
        )
    assert response.status_code == 302
    translation = artwork.get_translation(english)
    assert translation.get_parent().pk == gallery.artworks.get_translation(english).pk
    edit = curator_client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk]))
    assert edit.status_code == 200


@pytest.mark.parametrize("url_name", ["wagtailimages:add", "wagtaildocs:add_multiple"])
def test_curator_may_upload_pictures_and_audio(curator_client, url_name):
    assert curator_client.get(reverse(url_name)).status_code == 200


# -- What a curator cannot do -------------------------------------------------------------------


def denied(response) -> bool:
    """Wagtail answers 403, or sends the user back to the dashboard with a message."""
    return response.status_code == 403 or (
        response.status_code == 302
        and response.url.rstrip("/") == reverse("wagtailadmin_home").rstrip("/")
    )


@pytest.mark.parametrize("page_fixture", ["home", "about"])
def test_curator_cannot_edit_a_brand_page(curator_client, about, request, page_fixture):
    page = request.getfixturevalue(page_fixture)
    revisions = page.revisions.count()
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert denied(curator_client.get(edit_url))
    response = curator_client.post(
        edit_url,
        {"title": "Gekaapt", "slug": page.slug, "action-publish": "publish"},
    )
    assert denied(response)
    page.refresh_from_db()
    assert page.title != "Gekaapt"
    assert page.revisions.count() == revisions


def test_curator_cannot_add_a_brand_page(curator_client, home):
    add_url = add_page_url(StandardPage, home)
    assert denied(curator_client.get(add_url))
    response = curator_client.post(
        add_url,
        {
            "title": "Nieuwe pagina",
            "slug": "nieuwe-pagina",
            "action-publish": "publish",
        },
    )
    assert denied(response)
    assert not StandardPage.objects.filter(slug="nieuwe-pagina").exists()


def test_curator_cannot_unpublish_or_delete_a_brand_page(curator_client, about):
    for url_name in ("wagtailadmin_pages:unpublish", "wagtailadmin_pages:delete"):
        response = curator_client.post(reverse(url_name, args=[about.pk]))
        assert denied(response)
    about.refresh_from_db()
    assert about.live


def test_curator_explorer_shows_only_the_way_to_the_gallery(
    curator_client, about, gallery
):
    response = curator_client.get(
        reverse("wagtailadmin_explore", args=[about.get_parent().pk])
    )
    assert response.status_code == 200
    assert [page.pk for page in response.context["pages"]] == [gallery.index.pk]
