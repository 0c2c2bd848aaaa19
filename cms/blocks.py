"""StreamField blocks of the brand site.

Child block names are stored in the database and appear as ``type`` in the API: never rename one
without a data migration. Every block shapes its own headless JSON in ``get_api_representation``.
"""

import copy
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.embeds import blocks as wagtail_embed_blocks
from wagtail.images.blocks import ImageBlock as WagtailImageBlock
from wagtail.models import Locale

from cms.choices import EventSeries
from cms.frontend import frontend_url, public_translation
from cms.images import image_api_representation
from cms.visibility import visible_pages

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        help_text=_("Use heading 2 for sections, heading 3 inside a section."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _(
            "A section heading; keep the levels in order for screen readers."
        )
        template = "blocks/heading.html"
        preview_value = {"text": "Build your next story in Hilversum", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Rich text whose API output is ready HTML: internal links resolved, embeds expanded."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    def get_api_representation(self, value: Any, context: dict | None = None) -> str:
        # Imported here: the rich-text link handlers load Wagtail's Page model, not ready at import.
        from cms.rich_text import api_rich_text

        return api_rich_text(value.source)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        description = _("Running text with headings, lists and links.")
        template = "blocks/paragraph.html"
        preview_value = (
            "<p>The Media Ahead connects Hilversum's media history with the future.</p>"
        )


class ImageBlock(WagtailImageBlock):
    """An image with contextual alt text (or marked decorative), as renditions in the API."""

    def _struct_value_to_image(self, struct_value: Any) -> Any:
        # Wagtail sets the alt text on the image object itself, and a stream's chooser loads one
        # object per image id: the same image twice in a body would share the last alt text.
        if struct_value.get("image"):
            struct_value["image"] = copy.copy(struct_value["image"])
        return super()._struct_value_to_image(struct_value)

    def get_api_representation(
        self, value: Any, context: dict | None = None
    ) -> dict | None:
        if value is None:
            return None
        return image_api_representation(
            value, "original", alt=getattr(value, "contextual_alt_text", None) or ""
        )

    class Meta:
        icon = "image"
        label = _("Image")
        description = _(
            "A picture with alt text; tick 'decorative' only when it adds no information."
        )
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(
        label=_("attribution"), required=False, max_length=120
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A pull quote with the person who said it.")
        template = "blocks/quote.html"
        preview_value = {
            "text": "Build your next story in Hilversum.",
            "attribution": "The Media Ahead",
        }


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("text"),
        max_length=200,
        help_text=_("One line that invites the reader."),
    )
    button_label = blocks.CharBlock(label=_("button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or an external link"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        description = _("A sentence and a button to a page or website.")
        template = "blocks/call_to_action.html"
        preview_value = {
            "text": "Join the Media Ahead Community",
            "button_label": "Join",
            "url": "https://example.org",
        }

    def clean(self, value: blocks.StructValue) -> blocks.StructValue:
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                {"url": ValidationError(_("Choose a page or give a link."))}
            )
        return super().clean(value)

    def get_api_representation(self, value: Any, context: dict | None = None) -> dict:
        page = public_translation(value.get("page"))
        return {
            "text": value["text"],
            "button_label": value["button_label"],
            "url": frontend_url(page) if page else value.get("url") or None,
            "page": page.pk if page else None,
        }


class EmbedBlock(wagtail_embed_blocks.EmbedBlock):
    def get_api_representation(
        self, value: Any, context: dict | None = None
    ) -> dict | None:
        return {"url": value.url} if value else None

    class Meta:
        icon = "media"
        label = _("Video or audio")
        description = _("A YouTube, Vimeo or SoundCloud link, shown as a player.")
        template = "blocks/embed.html"


class EventListBlock(blocks.StructBlock):
    """The next events of the programme, optionally of one series, in the page's language."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    series = blocks.ChoiceBlock(
        label=_("series"), choices=EventSeries.choices, required=False
    )
    limit = blocks.IntegerBlock(
        label=_("how many"), min_value=1, max_value=12, default=3
    )

    class Meta:
        icon = "date"
        label = _("Event list")
        description = _(
            "The next events of the programme, kept up to date automatically."
        )
        template = "blocks/event_list.html"
        preview_value = {"heading": "Coming up", "limit": 3}

    def events(self, value: Any) -> list:
        from cms.models import EventPage
        from cms.models.programme import upcoming_filter

        events = visible_pages(EventPage.objects.all()).filter(
            upcoming_filter(), locale=Locale.get_active()
        )
        if value.get("series"):
            events = events.filter(series=value["series"])
        return list(events.order_by("start_at")[: value.get("limit") or 3])

    def get_context(self, value: Any, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)
        context["events"] = self.events(value)
        return context

    def get_api_representation(self, value: Any, context: dict | None = None) -> dict:
        return {
            "heading": value["heading"],
            "series": value.get("series") or None,
            "events": [
                {
                    "id": event.pk,
                    "title": event.title,
                    "start_at": timezone.localtime(event.start_at).isoformat(),
                    "venue_name": event.venue_name,
                    "status": event.status,
                    "html_url": frontend_url(event),
                }
                for event in self.events(value)
            ],
        }


class PartnerLogosBlock(blocks.StructBlock):
    """The partners of The Media Ahead, from the partners snippet, in the page's language."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120)

    class Meta:
        icon = "group"
        label = _("Partner logos")
        description = _(
            "The logos of all partners, kept up to date from the partner list."
        )
        template = "blocks/partner_logos.html"
        preview_value = {"heading": "Partners"}

    def partners(self) -> list:
        from cms.models import Partner

        return list(
            Partner.objects.filter(locale=Locale.get_active()).select_related("logo")
        )

    def get_context(self, value: Any, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)
        context["partners"] = self.partners()
        return context

    def get_api_representation(self, value: Any, context: dict | None = None) -> dict:
        return {
            "heading": value["heading"],
            "partners": [
                {
                    "id": partner.pk,
                    "name": partner.name,
                    "url": partner.url,
                    "logo": image_api_representation(
                        partner.logo, "thumbnail", alt=partner.name
                    ),
                }
                for partner in self.partners()
            ],
        }


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock(group=_("Links"))
    embed = EmbedBlock(group=_("Media"))
    event_list = EventListBlock(group=_("Programme"))
    partner_logos = PartnerLogosBlock(group=_("Programme"))
