"""/q/<CODE>: where a scanned code leads, in the visitor's language, and never to a dead end."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from gallery.models import ExhibitionPage, QRCode, Spot
from gallery.models.qr_codes import ensure_code
from gallery.versioning import bump_content_version
from tests.factories import ArtworkPageFactory, ExhibitionPageFactory, SpotFactory

pytestmark = pytest.mark.django_db

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.9,nl;q=0.5"}


def land(client, code: str, **headers):
    response = client.get(f"/q/{code}", **headers)
    assert response.status_code == 302, (response.status_code, response.content[:300])
    return response


def test_an_artwork_code_leads_to_the_artwork_in_the_visitors_language(client, exhibit):
    code = ensure_code(exhibit.artwork).code
    assert land(client, code)["Location"] == exhibit.artwork.full_url
    assert land(client, code, **ENGLISH)["Location"] == exhibit.artwork_en.full_url
    # A language we do not have: Dutch.
    assert (
        land(client, code, HTTP_ACCEPT_LANGUAGE="de")["Location"]
        == exhibit.artwork.full_url
    )


def test_the_landing_is_a_temporary_redirect_no_shared_cache_keeps(client, exhibit):
    response = land(client, ensure_code(exhibit.artwork).code, **ENGLISH)
    assert response.status_code == 302  # never 301: a spot's target changes
    assert "Accept-Language" in response["Vary"]
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    assert "public" not in cache_control and "s-maxage" not in cache_control


def test_codes_are_found_in_any_case_and_with_crockfords_look_alikes(client, exhibit):
    # A code with the digits Crockford's decoding maps look-alike letters to.
    QRCode.objects.filter(pk=ensure_code(exhibit.neighbour).pk).update(code="10K")
    for typed in ("10K", "10k", "1ok", "IOK", "lOk", "1-0-K", "10K/"):
        assert land(client, typed)["Location"] == exhibit.neighbour.full_url, typed
    assert client.get("/Q/10K")["Location"] == exhibit.neighbour.full_url


def test_a_spot_code_leads_to_the_work_on_show_there_now(client, exhibit):
    code = ensure_code(exhibit.spot).code
    assert land(client, code)["Location"] == exhibit.artwork.full_url
    assert land(client, code, **ENGLISH)["Location"] == exhibit.artwork_en.full_url


def test_between_exhibitions_a_spot_code_leads_to_the_spot_page(
    client, gallery, english, translate
):
    spot = SpotFactory(name="Kerkbrink", slug="kerkbrink")
    translate(spot, english, {"Kerkbrink": "Church square"})
    ExhibitionPageFactory(
        parent=gallery.index,
        title="Later dit jaar",
        start_date=timezone.localdate() + timedelta(days=10),
        end_date=timezone.localdate() + timedelta(days=40),
        placements=[
            {
                "artwork": ArtworkPageFactory(parent=gallery.artworks),
                "spot": spot,
            }
        ],
    )
    code = ensure_code(spot).code
    dutch = land(client, code)["Location"]
    assert dutch == gallery.index.full_url + "spots/kerkbrink/"
    english_index = gallery.index.get_translation(english)
    assert (
        land(client, code, **ENGLISH)["Location"]
        == english_index.full_url + "spots/kerkbrink/"
    )
    # The spot's page lists the current and upcoming exhibitions.
    page = client.get(dutch).content.decode()
    assert "Later dit jaar" in page


def test_a_spot_whose_work_is_unpublished_leads_to_the_spot_page(client, exhibit):
    exhibit.artwork.unpublish()
    exhibit.artwork_en.unpublish()
    code = ensure_code(exhibit.spot).code
    assert land(client, code)["Location"].endswith(
        "/nl/urban-gallery/spots/stationsplein/"
    )


def test_a_retired_code_leads_to_the_gallery_overview_saying_the_work_moved_on(
    client, exhibit
):
    code = ensure_code(exhibit.artwork)
    code.is_retired = True
    code.save()
    location = land(client, code.code)["Location"]
    assert location == exhibit.exhibition.get_parent().full_url + "?qr=moved"
    assert 'class="notice"' in client.get(location).content.decode()
    english = land(client, code.code, **ENGLISH)["Location"]
    assert english.endswith("/en/urban-gallery/?qr=moved")
    page = client.get(english).content.decode()
    assert "The work you scanned has moved on." in page
    # Without the query string, the overview says nothing of the kind.
    assert 'class="notice"' not in client.get(location.split("?")[0]).content.decode()


def test_an_unpublished_artwork_or_spot_leads_to_the_gallery_overview(client, exhibit):
    artwork_code = ensure_code(exhibit.artwork).code
    spot_code = ensure_code(exhibit.other_spot).code
    exhibit.artwork.unpublish()
    exhibit.artwork_en.unpublish()
    assert land(client, artwork_code)["Location"].endswith(
        "/nl/urban-gallery/?qr=moved"
    )
    for spot in exhibit.other_spot.get_translations(inclusive=True):
        spot.live = False
        spot.save()
    assert land(client, spot_code, **ENGLISH)["Location"].endswith(
        "/en/urban-gallery/?qr=moved"
    )


def test_a_deleted_artwork_still_leads_somewhere(client, exhibit):
    code = ensure_code(exhibit.neighbour).code
    exhibit.neighbour_en.delete()
    exhibit.neighbour.delete()
    assert QRCode.objects.get(code=code).artwork is None
    assert land(client, code)["Location"].endswith("/nl/urban-gallery/?qr=moved")


@pytest.mark.parametrize("path", ["/q/ZZZZZZ", "/Q/ZZZ", "/q/x", "/q/!!", "/q/a/b"])
def test_an_unknown_code_gets_a_friendly_page_in_both_languages(client, gallery, path):
    response = client.get(path, **ENGLISH)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert '<section lang="en"' in page and '<section lang="nl"' in page
    assert page.count("<h1") == 1
    assert "Unknown code" in page
    assert "/en/urban-gallery/" in page and "/nl/urban-gallery/" in page
    assert "private" in response["Cache-Control"]


def test_an_unknown_code_is_not_redirected_into_a_language(client, db):
    response = client.get("/q/ZZZZ")
    assert response.status_code == 404


def test_the_landing_needs_a_couple_of_queries_and_none_once_scanned(
    client, exhibit, django_assert_max_num_queries, django_assert_num_queries
):
    artwork_code = ensure_code(exhibit.artwork).code
    spot_code = ensure_code(exhibit.spot).code
    # Warm the caches every request shares (site root paths, gallery indexes, locales).
    land(client, artwork_code)
    land(client, spot_code)
    bump_content_version()
    # The code with its target's key; the artwork page; the scan counter.
    with django_assert_max_num_queries(3):
        land(client, artwork_code, **ENGLISH)
    with django_assert_max_num_queries(3):
        land(client, spot_code, **ENGLISH)
    # Scanned again: only the counter (written at once in tests; batched in production).
    with django_assert_num_queries(1):
        assert (
            land(client, spot_code, **ENGLISH)["Location"]
            == exhibit.artwork_en.full_url
        )


def test_a_remembered_landing_follows_a_publish(client, exhibit):
    code = ensure_code(exhibit.spot).code
    assert land(client, code)["Location"] == exhibit.artwork.full_url
    exhibit.artwork.unpublish()  # a publish or unpublish anywhere forgets every landing
    assert land(client, code)["Location"].endswith("/spots/stationsplein/")


def test_a_remembered_landing_follows_a_new_view_restriction(client, exhibit):
    code = ensure_code(exhibit.artwork).code
    assert land(client, code)["Location"] == exhibit.artwork.full_url
    restriction = PageViewRestriction.objects.create(
        page=exhibit.artwork, restriction_type="password", password="geheim"
    )
    assert land(client, code)["Location"].endswith("/nl/urban-gallery/?qr=moved")
    restriction.delete()
    assert land(client, code)["Location"] == exhibit.artwork.full_url


def test_the_external_frontend_gets_the_visitor_when_configured(
    client, exhibit, settings
):
    settings.FRONTEND_URL_TEMPLATES = {
        "artwork": {
            "nl": "https://www.example.nl/kunst/{slug}?id={id}",
            "en": "https://www.example.nl/en/art/{slug}",
        },
        "gallery": {"en": "https://www.example.nl/en/gallery?moved={code}"},
    }
    code = ensure_code(exhibit.artwork)
    assert (
        land(client, code.code)["Location"]
        == f"https://www.example.nl/kunst/zendmast-van-licht?id={exhibit.artwork.pk}"
    )
    assert (
        land(client, code.code, **ENGLISH)["Location"]
        == "https://www.example.nl/en/art/transmitter-of-light"
    )
    code.is_retired = True
    code.save()
    assert (
        land(client, code.code, **ENGLISH)["Location"]
        == f"https://www.example.nl/en/gallery?moved={code.code}"
    )


def test_without_templates_the_frontend_base_url_gets_the_page_path(
    client, exhibit, settings
):
    settings.FRONTEND_BASE_URL = "https://www.example.nl"
    spot_code = ensure_code(exhibit.spot).code
    exhibit.artwork.unpublish()
    exhibit.artwork_en.unpublish()
    assert (
        land(client, spot_code, **ENGLISH)["Location"]
        == "https://www.example.nl/en/urban-gallery/spots/stationsplein/"
    )


def test_an_expired_spot_or_exhibition_leads_nowhere_before_the_scheduler_runs(
    client, exhibit
):
    """Expiry is a read rule (``cms.visibility.published``), not something the scheduler must
    have done first: a code must not lead to a spot or a work whose time has passed."""
    spot_code = ensure_code(exhibit.other_spot).code
    work_code = ensure_code(exhibit.spot).code
    past = timezone.now() - timedelta(minutes=1)
    Spot.objects.filter(translation_key=exhibit.other_spot.translation_key).update(
        expire_at=past
    )
    ExhibitionPage.objects.filter(
        translation_key=exhibit.exhibition.translation_key
    ).update(expire_at=past)

    assert land(client, spot_code, **ENGLISH)["Location"].endswith(
        "/en/urban-gallery/?qr=moved"
    )
    assert land(client, work_code)["Location"] != exhibit.artwork.full_url
