"""StreamField blocks come out of the API ready to render, in the page's language."""

import pytest

from tests.factories import ImageFactory, PartnerFactory

pytestmark = pytest.mark.django_db

PAGES_URL = "/api/v2/pages/"


def body_of(client, page) -> list[dict]:
    return client.get(f"{PAGES_URL}{page.pk}/").json()["body"]


def test_call_to_action_links_the_page_in_the_readers_language(
    client, about, english, translate
):
    about.body = [
        (
            "call_to_action",
            {
                "text": "Doe mee",
                "button_label": "Aanmelden",
                "page": about.get_parent(),
                "url": "",
            },
        )
    ]
    about.save_revision().publish()
    english_about = translate(
        about, english, {"Doe mee": "Join us", "Aanmelden": "Sign up"}
    )
    value = body_of(client, english_about)[0]["value"]
    assert value == {
        "text": "Join us",
        "button_label": "Sign up",
        "url": "http://localhost/en/",
        "page": about.get_parent().get_translation(english).pk,
    }


def test_image_block_carries_contextual_alt_text_or_marks_decorative(client, about):
    image = ImageFactory()
    about.body = [
        (
            "image",
            {
                "image": image,
                "alt_text": "Bezoekers bij de Urban Gallery",
                "decorative": False,
            },
        ),
        ("image", {"image": image, "alt_text": "", "decorative": True}),
    ]
    about.save_revision().publish()
    informative, decorative = (block["value"] for block in body_of(client, about))
    assert informative["alt"] == "Bezoekers bij de Urban Gallery"
    assert (
        informative["credit"] == image.credit
        and informative["license"] == image.license_url
    )
    assert (
        informative["url"].endswith(".webp")
        and informative["width"]
        and informative["height"]
    )
    assert decorative["alt"] == ""


def test_partner_logos_block_lists_partners_in_the_page_language(
    client, about, dutch, english, translate
):
    partner = PartnerFactory(
        name="Media Campus NL",
        description="Verbindt onderwijs en bedrijven.",
        logo=ImageFactory(),
    )
    translate(
        partner,
        english,
        {"Verbindt onderwijs en bedrijven.": "Connects education and companies."},
    )
    about.body = [("partner_logos", {"heading": "Partners"})]
    about.save_revision().publish()
    english_about = translate(about, english, {})
    partners = body_of(client, english_about)[0]["value"]["partners"]
    assert [item["name"] for item in partners] == ["Media Campus NL"]
    assert partners[0]["id"] == partner.get_translation(english).pk
    assert partners[0]["logo"]["alt"] == "Media Campus NL"


def test_embed_block_gives_the_url_for_the_frontend_player(client, about):
    about.body = [("embed", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    about.save_revision().publish()
    assert body_of(client, about)[0]["value"] == {
        "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    }


def test_call_to_action_needs_a_page_or_a_link():
    from django.core.exceptions import ValidationError

    from cms.blocks import CallToActionBlock

    block = CallToActionBlock()
    with pytest.raises(ValidationError):
        block.clean(
            block.to_python(
                {
                    "text": "Doe mee",
                    "button_label": "Aanmelden",
                    "page": None,
                    "url": "",
                }
            )
        )
