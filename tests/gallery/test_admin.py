"""A curator building an exhibition by hand in the admin, through the same forms a person fills
in: spots, an artist, artworks with their artist and picture, an exhibition with two placements.

The form-data builders and listing fixtures here are shared by the other ``test_admin_*.py``
modules (tests/conftest.py is not the place for admin form data).
"""

import datetime
import html
from decimal import Decimal
from typing import Any

from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone

from wagtail import hooks
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest

from gallery.models import ArtistPage, ArtworkPage, ExhibitionPage, Spot
from gallery.queries import on_show_at
from tests.factories import (
    ArtistPageFactory,
    ArtworkPageFactory,
    ExhibitionPageFactory,
    ImageFactory,
    SpotFactory,
)

pytestmark = pytest.mark.django_db

SPOTS = "wagtailsnippets_gallery_spot:list"
ARTWORKS = "gallery_artworks:index"
ARTISTS = "gallery_artists:index"
EXHIBITIONS = "gallery_exhibitions:index"


# -- Form data as the admin posts it ------------------------------------------------------------


def spot_form(**fields: Any) -> dict[str, Any]:
    """A spot by the station, published unless ``action-publish`` is overridden with ``None``."""
    data = {
        "name": "Stationsplein, fietsenstalling",
        "slug": "stationsplein-fietsenstalling",
        "kind": "wall",
        "address": "Stationsplein 1, 1211 EX Hilversum",
        "latitude": "52.226059",
        "longitude": "5.181606",
        "description": "Een muur naast de fietsenstalling.",
        "position": "Links van de ingang",
        "step_free": "on",
        "accessibility_notes": "",
        "active": "on",
        "action-publish": "publish",
        **fields,
    }
    return {key: value for key, value in data.items() if value is not None}


def artist_form(**fields: Any) -> dict[str, Any]:
    return {
        "title": "Demo Sam de Wit",
        "slug": "demo-sam-de-wit",
        "introduction": "Maakt lichtwerk over de omroepstad.",
        "discipline": "lichtkunstenaar",
        "pronouns": "",
        "bio": rich_text("<p>Werkt met neon en data.</p>"),
        "links-count": "0",
        "action-publish": "publish",
        **fields,
    }


def artwork_form(
    artists: list[ArtistPage], images: list[tuple[Any, str]], **fields: Any
) -> dict[str, Any]:
    """``images`` are ``(image, alt_text)`` pairs. Published unless ``action-publish=None``."""
    data = nested_form_data(
        {
            "title": "Signaal",
            "slug": "signaal",
            "introduction": "Een werk over de zendmast.",
            "artist_links": inline_formset(
                [{"artist": artist.pk} for artist in artists], min=1
            ),
            "year": "2026",
            "medium": "neon en staal",
            "height_cm": "200",
            "width_cm": "80",
            "depth_cm": "",
            "images": inline_formset(
                [{"image": image.pk, "alt_text": alt} for image, alt in images],
                min=1,
                max=8,
            ),
            "description": rich_text("<p>Licht dat uitzendt.</p>"),
            "rights_statement": "https://creativecommons.org/licenses/by/4.0/",
            "status": "available",
            "action-publish": "publish",
        }
    )
    data["themes"] = ["ai", "media-history"]
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


def exhibition_form(placements: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    """Open from yesterday for a month; each placement is ``{"artwork", "spot"}`` plus optional
    ``starts_on``/``ends_on``/``label_note``."""
    today = timezone.localdate()
    rows = [
        {
            "artwork": placement["artwork"].pk,
            "spot": placement["spot"].pk,
            "starts_on": str(placement.get("starts_on") or ""),
            "ends_on": str(placement.get("ends_on") or ""),
            "label_note": placement.get("label_note", ""),
        }
        for placement in placements
    ]
    data = nested_form_data(
        {
            "title": "Licht op de stad",
            "slug": "licht-op-de-stad",
            "introduction": "Lichtwerk in de openbare ruimte.",
            "start_date": str(today - datetime.timedelta(days=1)),
            "end_date": str(today + datetime.timedelta(days=30)),
            "curator_statement": rich_text("<p>Hilversum zendt uit.</p>"),
            "placements": inline_formset(rows),
            "action-publish": "publish",
        }
    )
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


def add_page_url(model: type[Page], parent: Page) -> str:
    return reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )


def add_spot_url(language_code: str = "nl") -> str:
    return f"{reverse('wagtailsnippets_gallery_spot:add')}?locale={language_code}"


def page_text(response: HttpResponse) -> str:
    """The response as an editor reads it (entities decoded)."""
    return html.unescape(response.content.decode())


# -- Listing fixtures ----------------------------------------------------------------------------


@pytest.fixture
def without_translation_buttons(monkeypatch: pytest.MonkeyPatch) -> None:
    """Leave out wagtail-localize's "Translate" / "Sync" row buttons, which ask the database two
    or three times for every row of every listing of translatable objects (Wagtail's own
    explorer included; ``wagtail_localize/wagtail_hooks.py``), so that the query counts measure
    the gallery listings themselves."""
    for name in (
        "register_page_listing_more_buttons",
        "register_snippet_listing_buttons",
    ):
        hooks.get_hooks(name)  # make sure every app's hooks are loaded before filtering
        monkeypatch.setitem(
            hooks._hooks,
            name,
            [
                hook
                for hook in hooks._hooks.get(name, [])
                if not hook[0].__module__.startswith("wagtail_localize")
            ],
        )


def fill_gallery(gallery: Any, count: int) -> None:
    """``count`` spots, each showing its own artwork (two artists each) in its own current
    exhibition, and one past exhibition."""
    artist = ArtistPageFactory(parent=gallery.artists)
    for _number in range(count):
        artwork = ArtworkPageFactory(
            parent=gallery.artworks,
            artists=[artist, ArtistPageFactory(parent=gallery.artists)],
        )
        ExhibitionPageFactory(
            parent=gallery.index,
            placements=[{"artwork": artwork, "spot": SpotFactory()}],
        )
    ExhibitionPageFactory(
        parent=gallery.index,
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2024, 2, 1),
    )


def test_urban_gallery_menu_groups_the_listings(admin_client, gallery):
    text = page_text(admin_client.get(reverse("wagtailadmin_home")))
    for url_name in (EXHIBITIONS, ARTWORKS, ARTISTS, SPOTS):
        assert reverse(url_name) in text
    assert "Urban Gallery" in text


# -- Building the exhibit by hand ---------------------------------------------------------------


def test_curator_builds_the_exhibit_by_hand(admin_client, gallery):
    today = timezone.localdate()

    response = admin_client.post(add_spot_url(), spot_form())
    assert response.status_code == 302
    spot = Spot.objects.get(slug="stationsplein-fietsenstalling")
    assert spot.live
    assert spot.latitude == Decimal("52.226059")
    response = admin_client.post(
        add_spot_url(),
        spot_form(
            name="Kerkbrink",
            slug="kerkbrink",
            kind="frame",
            address="Kerkbrink 6, Hilversum",
            latitude="52.223370",
            longitude="5.176080",
        ),
    )
    assert response.status_code == 302
    other_spot = Spot.objects.get(slug="kerkbrink")

    response = admin_client.post(
        add_page_url(ArtistPage, gallery.artists), artist_form()
    )
    assert response.status_code == 302
    artist = ArtistPage.objects.get(slug="demo-sam-de-wit")
    assert artist.live

    image = ImageFactory(description="Een rode neonbuis in de vorm van een zendmast.")
    response = admin_client.post(
        add_page_url(ArtworkPage, gallery.artworks),
        artwork_form([artist], [(image, "")]),
    )
    assert response.status_code == 302
    artwork = ArtworkPage.objects.get(slug="signaal")
    assert artwork.live
    assert [link.artist for link in artwork.artist_links.all()] == [artist]
    assert [row.image for row in artwork.images.all()] == [image]
    assert artwork.themes == ["ai", "media-history"]
    response = admin_client.post(
        add_page_url(ArtworkPage, gallery.artworks),
        artwork_form(
            [artist], [(ImageFactory(), "Een tweede werk.")], title="Ruis", slug="ruis"
        ),
    )
    assert response.status_code == 302
    second = ArtworkPage.objects.get(slug="ruis")

    response = admin_client.post(
        add_page_url(ExhibitionPage, gallery.index),
        exhibition_form(
            [
                {"artwork": artwork, "spot": spot, "label_note": "Met de omroepen."},
                {
                    "artwork": second,
                    "spot": other_spot,
                    "starts_on": today,
                    "ends_on": today + datetime.timedelta(days=10),
                },
            ]
        ),
    )
    assert response.status_code == 302
    exhibition = ExhibitionPage.objects.get(slug="licht-op-de-stad")
    assert exhibition.live
    assert exhibition.placements.count() == 2

    showing = on_show_at(spot)
    assert showing is not None
    assert showing.artwork == artwork
    assert showing.exhibition == exhibition
    assert showing.placement.label_note == "Met de omroepen."
    assert on_show_at(other_spot).artwork == second
    # And the spots listing says so.
    assert "Signaal" in page_text(admin_client.get(reverse(SPOTS)))
