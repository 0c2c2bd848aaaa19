"""Artworks: the object, apart from where and when it is shown (see exhibitions)."""

from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from modelcluster.fields import ParentalKey
from wagtail_localize.fields import SynchronizedField

from cms.models.base import BasePage, ImageAPIField, LivePageSerializerField
from cms.visibility import visible_pages
from gallery.choices import ArtworkStatus, ArtworkTheme, RightsStatement


class ThemesField(models.JSONField):
    """A list of ``ArtworkTheme`` values, edited as checkboxes."""

    def formfield(self, **kwargs: Any) -> forms.Field:
        return forms.TypedMultipleChoiceField(
            choices=ArtworkTheme.choices,
            widget=forms.CheckboxSelectMultiple,
            required=False,
            label=self.verbose_name,
            help_text=self.help_text,
        )


def kept_rows(formset: Any, field: str) -> list[Any]:
    """The valid, filled-in and not deleted rows of an inline formset."""
    return [
        form
        for form in formset.forms
        if form.is_valid()
        and form.cleaned_data.get(field)
        and not form.cleaned_data.get("DELETE")
    ]


class ArtworkPageForm(WagtailAdminPageForm):
    """Publishing (or submitting for review) needs an artist and an image with alt text; a draft
    does not. Wagtail's own minimum-rows message does not say what is missing; these do."""

    def clean(self) -> dict:
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data
        if not kept_rows(self.formsets["artist_links"], "artist"):
            self.add_error(None, _("Add at least one artist before publishing."))
        image_forms = kept_rows(self.formsets["images"], "image")
        if not image_forms:
            self.add_error(None, _("Add at least one image before publishing."))
        for form in image_forms:
            image = form.cleaned_data["image"]
            if not (form.cleaned_data.get("alt_text") or image.description).strip():
                form.add_error(
                    "alt_text",
                    _(
                        "Describe this image for people who cannot see it, here or as the "
                        "image's alt text in the library."
                    ),
                )
        return cleaned_data


class ArtworkIndexPage(BasePage):
    """All works of the Urban Gallery, newest first."""

    max_count_per_parent = 1
    parent_page_types = ["gallery.GalleryIndexPage"]
    subpage_types = ["gallery.ArtworkPage"]

    class Meta:
        verbose_name = _("artwork index")
        verbose_name_plural = _("artwork indexes")

    def artworks(self) -> models.QuerySet:
        return (
            visible_pages(ArtworkPage.objects.all())
            .child_of(self)
            .prefetch_related("images__image", "artist_links__artist")
            .order_by("-year", "title")
        )

    def get_context(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> dict[str, Any]:
        from gallery.exhibit import prepare_cards

        context = super().get_context(request, *args, **kwargs)
        context["artworks"] = prepare_cards(self.artworks(), self.locale)
        return context


class ArtworkPage(Page):
    """One work: who made it, when, with what, how big, what it is about and who may reuse it."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=300,
        help_text=_("One sentence for cards, maps and the QR page."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    medium = models.CharField(
        _("medium and technique"),
        max_length=200,
        blank=True,
        help_text=_("E.g. 'digital print on aluminium dibond'."),
    )
    height_cm = models.DecimalField(
        _("height (cm)"), max_digits=7, decimal_places=1, null=True, blank=True
    )
    width_cm = models.DecimalField(
        _("width (cm)"), max_digits=7, decimal_places=1, null=True, blank=True
    )
    depth_cm = models.DecimalField(
        _("depth (cm)"), max_digits=7, decimal_places=1, null=True, blank=True
    )
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    themes = ThemesField(_("themes"), default=list, blank=True)
    audio_description = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("audio description"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "An MP3 that describes the work for blind and partially sighted visitors. "
            "Each language can have its own."
        ),
    )
    rights_statement = models.CharField(
        _("rights statement"),
        max_length=120,
        choices=RightsStatement.choices,
        default=RightsStatement.IN_COPYRIGHT,
        help_text=_("What others may do with pictures of this work."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ArtworkStatus.choices,
        default=ArtworkStatus.AVAILABLE,
    )

    base_form_class = ArtworkPageForm
    parent_page_types = ["gallery.ArtworkIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        InlinePanel(
            "artist_links", label=_("artists"), min_num=1, heading=_("Artists")
        ),
        MultiFieldPanel(
            [
                FieldPanel("year"),
                FieldPanel("medium"),
                FieldRowPanel(
                    [
                        FieldPanel("height_cm"),
                        FieldPanel("width_cm"),
                        FieldPanel("depth_cm"),
                    ]
                ),
            ],
            heading=_("The object"),
        ),
        InlinePanel(
            "images", label=_("images"), min_num=1, max_num=8, heading=_("Images")
        ),
        FieldPanel("description"),
        FieldPanel("themes"),
        FieldPanel("audio_description"),
        MultiFieldPanel(
            [FieldPanel("rights_statement"), FieldPanel("status")],
            heading=_("Rights and status"),
        ),
    ]
    # For Wagtail's generic pages API; frontends should prefer /api/gallery/artworks/.
    api_fields = [
        APIField("introduction"),
        APIField("artist_links"),
        APIField("year"),
        APIField("medium"),
        APIField("height_cm"),
        APIField("width_cm"),
        APIField("depth_cm"),
        APIField("description"),
        APIField("themes"),
        APIField("images"),
        APIField("rights_statement"),
        APIField("status"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("medium"),
        index.SearchField("description"),
        index.FilterField("year"),
        index.FilterField("status"),
    ]
    override_translatable_fields = [
        SynchronizedField("year", overridable=False),
        SynchronizedField("height_cm", overridable=False),
        SynchronizedField("width_cm", overridable=False),
        SynchronizedField("depth_cm", overridable=False),
        SynchronizedField("themes", overridable=False),
        SynchronizedField("rights_statement", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("audio_description", overridable=True),
    ]

    class Meta:
        verbose_name = _("artwork")
        verbose_name_plural = _("artworks")

    def clean(self) -> None:
        super().clean()
        unknown = set(self.themes or []) - set(ArtworkTheme.values)
        if unknown:
            raise ValidationError(
                {
                    "themes": ngettext(
                        "Unknown theme: %(themes)s.",
                        "Unknown themes: %(themes)s.",
                        len(unknown),
                    )
                    % {"themes": ", ".join(sorted(unknown))}
                }
            )

    @property
    def dimensions(self) -> str:
        """Height × width × depth as a museum label prints them, e.g. '120 × 80 cm'."""
        sizes = [
            f"{size.normalize():f}".replace(".", ",")
            for size in (self.height_cm, self.width_cm, self.depth_cm)
            if size is not None
        ]
        return f"{' × '.join(sizes)} cm" if sizes else ""

    @property
    def theme_labels(self) -> list[str]:
        labels = dict(ArtworkTheme.choices)
        return [labels[theme] for theme in self.themes or [] if theme in labels]

    def first_image(self) -> "ArtworkImage | None":
        images = list(self.images.all())
        return images[0] if images else None

    def get_context(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> dict[str, Any]:
        from gallery.exhibit import artwork_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(artwork_page_context(self, request))
        return context


class ArtworkArtist(Orderable):
    """An artist of a work, in credit order. The same in every language (the link is localised
    when shown)."""

    artwork = ParentalKey(
        ArtworkPage, on_delete=models.CASCADE, related_name="artist_links"
    )
    artist = models.ForeignKey(
        "gallery.ArtistPage",
        verbose_name=_("artist"),
        on_delete=models.CASCADE,
        related_name="artwork_links",
    )

    panels = [FieldPanel("artist")]
    api_fields = [APIField("artist", serializer=LivePageSerializerField())]

    class Meta(Orderable.Meta):
        verbose_name = _("artist")
        verbose_name_plural = _("artists")


class ArtworkImage(TranslatableMixin, Orderable):
    """A picture of a work, in order; the alt text can be written per language."""

    artwork = ParentalKey(ArtworkPage, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    alt_text = models.CharField(
        _("alt text"),
        max_length=300,
        blank=True,
        help_text=_(
            "What the picture shows, for people who cannot see it. "
            "Empty: the image's alt text from the library."
        ),
    )

    panels = [FieldPanel("image"), FieldPanel("alt_text")]
    api_fields = [
        ImageAPIField("image_listing", source="image", spec="listing"),
        APIField("alt_text"),
    ]
    override_translatable_fields = [SynchronizedField("image", overridable=False)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def alt(self) -> str:
        return self.alt_text or self.image.description
