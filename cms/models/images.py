from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.api import APIField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image in the library, with what a public, reusable image needs: alt text, credit, licence.

    Wagtail's ``description`` is the alt text; a caption or credit never replaces it.
    """

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_(
            "Maker or rights holder as it should be printed, e.g. 'Photo: Jan de Vries'."
        ),
    )
    license_url = models.URLField(
        _("licence URI"),
        blank=True,
        help_text=_(
            "The licence or rights statement, e.g. https://creativecommons.org/licenses/by/4.0/ "
            "or http://rightsstatements.org/vocab/InC/1.0/."
        ),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit", "license_url")

    api_fields = [
        APIField("alt"),
        APIField("credit"),
        APIField("license_url"),
        APIField("width"),
        APIField("height"),
        APIField(
            "thumbnail",
            serializer=ImageRenditionField("fill-400x300|format-webp", source="*"),
        ),
        APIField(
            "large",
            serializer=ImageRenditionField("max-1600x1600|format-webp", source="*"),
        ),
    ]

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]

    @property
    def alt(self) -> str:
        return self.description


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(
        CustomImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
