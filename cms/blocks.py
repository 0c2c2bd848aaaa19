"""StreamField blocks of the brand site.

Child block names are stored in the database and appear as ``type`` in the API: never rename one
without a data migration. Every block shapes its own headless JSON in ``get_api_representation``.
"""

from typing import Any

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock as WagtailImageBlock
from wagtail.rich_text import expand_db_html

from cms.images import image_api_representation

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
        return expand_db_html(value.source)

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


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
