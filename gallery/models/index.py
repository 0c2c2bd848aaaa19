"""The Urban Gallery's home in each language: what is on show now, and the spot pages."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.models.base import BasePage
from cms.visibility import published

from .spots import Spot


class GalleryIndexPage(RoutablePageMixin, BasePage):
    """The gallery overview: current, upcoming and past exhibitions. Spot pages live below it at
    ``spots/<slug>/``, so a spot's address never depends on what hangs there."""

    max_count_per_parent = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types = [
        "gallery.ExhibitionPage",
        "gallery.ArtworkIndexPage",
        "gallery.ArtistIndexPage",
    ]

    class Meta:
        verbose_name = _("Urban Gallery")
        verbose_name_plural = _("Urban Gallery overviews")

    def get_context(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> dict[str, Any]:
        from gallery.queries import exhibitions_by_period

        context = super().get_context(request, *args, **kwargs)
        context.update(exhibitions_by_period(self.locale))
        # Sent here by a QR code whose work has gone (see gallery.qr_landing): say so.
        context["qr_moved_on"] = request.GET.get("qr") == "moved"
        return context

    @path("spots/<slug:slug>/", name="spot")
    def spot_page(self, request: HttpRequest, slug: str) -> HttpResponse:
        from gallery.exhibit import spot_page_context

        spot = get_object_or_404(
            published(Spot.objects.select_related("locale")),
            locale_id=self.locale_id,
            slug=slug,
        )
        # The page's own context without this index's exhibition lists, which a spot page
        # does not show.
        context = BasePage.get_context(self, request)
        context.update(spot_page_context(spot, request))
        return TemplateResponse(request, "gallery/spot_page.html", context)
