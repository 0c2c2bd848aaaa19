"""How the pages API writes a page: its frontend URL, its visible translations, whether it is
a fallback, and its rows (credits, images, links) without those that link something hidden."""

from typing import Any

from django.db import models
from django.utils import translation

from wagtail.api.v2.serializers import ChildRelationField, PageSerializer
from wagtail.models import CollectionMember, Page

from modelcluster.fields import ParentalKey
from rest_framework.fields import Field

from cms.frontend import frontend_url
from cms.visibility import visible_files, visible_pages


class FrontendHtmlUrlField(Field):
    """Where a person reads the page: the external frontend when configured, else this CMS."""

    def get_attribute(self, instance: Page) -> Page:
        return instance

    def to_representation(self, page: Page) -> str | None:
        return frontend_url(page)


class TranslationsField(Field):
    """``{"en": {"id": 7, "html_url": "…"}}`` for every other live language of the page."""

    def get_attribute(self, instance: Page) -> Page:
        return instance

    def to_representation(self, page: Page) -> dict[str, dict[str, Any]]:
        return {
            translation_page.locale.language_code: {
                "id": translation_page.pk,
                "html_url": frontend_url(translation_page),
            }
            for translation_page in self.context["view"].translations_of(page)
        }


class IsFallbackField(Field):
    """True when the page is an untranslated alias of a page in another language."""

    def get_attribute(self, instance: Page) -> Page:
        return instance

    def to_representation(self, page: Page) -> bool:
        return page.alias_of_id is not None


def visible_targets(model: type[models.Model], ids: set[int]) -> set[int]:
    """Which of ``ids`` name a page or a file (image, document) an anonymous reader may see;
    objects of other models are never hidden."""
    if issubclass(model, Page):
        return set(
            visible_pages(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True)
        )
    if issubclass(model, CollectionMember):
        objects = visible_files(model.objects.filter(pk__in=ids))
        return set(objects.values_list("pk", flat=True))
    return ids


class VisibleChildRelationField(ChildRelationField):
    """A page's rows (artist credits, images, related links) without those that link a hidden
    page or file: a hidden artist leaves no trace, not even a credit without a name. One query
    per linked model, whatever the number of rows."""

    def to_representation(self, value: Any) -> list[dict]:
        rows = list(value.all())
        links = [
            field
            for field in value.model._meta.concrete_fields
            if field.many_to_one and not isinstance(field, ParentalKey)
        ]
        for field in links:
            ids = {getattr(row, field.attname) for row in rows} - {None}
            shown = visible_targets(field.related_model, ids) if ids else set()
            rows = [
                row
                for row in rows
                if getattr(row, field.attname) is None
                or getattr(row, field.attname) in shown
            ]
        serializer = self.serializer_class(context=self.context)
        return [serializer.to_representation(row) for row in rows]


class LocalizedPageSerializer(PageSerializer):
    html_url = FrontendHtmlUrlField(read_only=True)
    translations = TranslationsField(read_only=True)
    is_fallback = IsFallbackField(read_only=True)

    def build_relational_field(self, field_name: str, relation_info: Any) -> tuple:
        field_class, kwargs = super().build_relational_field(field_name, relation_info)
        if field_class is ChildRelationField:
            field_class = VisibleChildRelationField
        return field_class, kwargs

    def to_representation(self, instance: Page) -> dict:
        # Blocks that list other content (events, partners) and translated labels follow the page's language.
        with translation.override(instance.locale.language_code):
            return super().to_representation(instance)
