from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField

from cms.blocks import BodyStreamBlock
from cms.visibility import visible_pages

from .base import BasePage


class NewsIndexPage(BasePage):
    max_count_per_parent = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ArticlePage"]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def articles(self) -> models.QuerySet:
        return (
            visible_pages(ArticlePage.objects.all())
            .child_of(self)
            .select_related("image")
            .order_by("-publication_date")
        )

    def get_context(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = self.articles()[:24]
        return context


class ArticlePage(BasePage):
    """A news article."""

    publication_date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_("The date shown with the article."),
    )
    author = models.CharField(_("author"), max_length=120, blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types: list[str] = []
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("publication_date"),
        FieldPanel("author"),
        FieldPanel("body"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("publication_date"),
        APIField("author"),
        APIField("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    override_translatable_fields = [
        SynchronizedField("publication_date"),
        SynchronizedField("author"),
    ]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
