"""Navigation, footer and social links: set once per site, read per language through the API."""

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import (
    BaseGenericSetting,
    BaseSiteSetting,
    register_setting,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)


class SocialPlatform(models.TextChoices):
    INSTAGRAM = "instagram", "Instagram"
    LINKEDIN = "linkedin", "LinkedIn"
    YOUTUBE = "youtube", "YouTube"
    TIKTOK = "tiktok", "TikTok"
    DISCORD = "discord", "Discord"
    SPOTIFY = "spotify", "Spotify"


class MenuLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("page"))

    class Meta:
        icon = "link"
        label = _("Link to a page")
        description = _("Shown with the page's title, in the reader's language.")


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    """Menus link to Dutch pages; the API and the templates show each in the reader's language."""

    main_menu = StreamField(
        [("link", MenuLinkBlock())], blank=True, verbose_name=_("main menu")
    )
    footer_menu = StreamField(
        [("link", MenuLinkBlock())], blank=True, verbose_name=_("footer menu")
    )

    panels = [FieldPanel("main_menu"), FieldPanel("footer_menu")]

    class Meta:
        verbose_name = _("navigation")


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(label=_("platform"), choices=SocialPlatform.choices)
    url = blocks.URLBlock(label=_("URL"))

    class Meta:
        icon = "site"
        label = _("Social link")


@register_setting(icon="globe")
class SocialMediaSettings(BaseGenericSetting):
    links = StreamField(
        [("link", SocialLinkBlock())], blank=True, verbose_name=_("social links")
    )

    panels = [FieldPanel("links")]

    class Meta:
        verbose_name = _("social media")


class FooterText(
    DraftStateMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, models.Model
):
    """The text at the foot of every page, per language, drafted and reviewed like a page."""

    body = RichTextField(_("body"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self) -> str:
        return str(_("Footer text"))

    def get_preview_template(self, request: HttpRequest, mode_name: str) -> str:
        return "includes/footer_text.html"

    def get_preview_context(self, request: HttpRequest, mode_name: str) -> dict:
        return {"footer_text": self}
