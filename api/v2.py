"""The Wagtail API v2 router: pages and images, JSON only, problem-details errors.

Our ``PagesAPIViewSet`` differs from Wagtail's in two ways: ``find/?html_path=`` works in every
locale (Wagtail's only routes from the default-locale root, wagtail issue 6679), and an unknown
``locale`` is a 400 with a message rather than a bare 404.
"""

from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest
from django.utils.translation import get_supported_language_variant

from wagtail.api.v2.filters import LocaleFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet as WagtailPagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet as WagtailImagesAPIViewSet
from wagtail.models import Locale, Page, Site

from rest_framework.response import Response
from rest_framework.settings import api_settings

from api.errors import PROBLEM_CONTENT_TYPE, problem

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class KnownLocaleFilter(LocaleFilter):
    """``?locale=`` limited to the site's languages; anything else is a 400 that lists them."""

    def filter_queryset(self, request: HttpRequest, queryset: Any, view: Any) -> Any:
        if "locale" in request.GET and request.GET["locale"] not in LANGUAGE_CODES:
            raise BadRequestError(f"locale must be one of: {', '.join(LANGUAGE_CODES)}")
        return super().filter_queryset(request, queryset, view)


class ProblemDetailsMixin:
    """JSON renderers from settings (no browsable API in production) and problem-details errors."""

    @property
    def renderer_classes(self) -> list:
        return api_settings.DEFAULT_RENDERER_CLASSES

    def handle_exception(self, exc: Exception) -> Response:
        if isinstance(exc, Http404 | BadRequestError):
            status = 404 if isinstance(exc, Http404) else 400
            return Response(
                problem(status, str(exc)),
                status=status,
                content_type=PROBLEM_CONTENT_TYPE,
            )
        return super().handle_exception(exc)


def locale_and_path(html_path: str) -> tuple[Locale | None, list[str]]:
    """Split ``/en/programme/x/`` into the English locale and ``["programme", "x"]``.

    A path without a language prefix belongs to the default language, as ``i18n_patterns`` serves it.
    """
    components = [component for component in html_path.split("/") if component]
    if components and components[0] in LANGUAGE_CODES:
        language_code = components.pop(0)
    else:
        language_code = get_supported_language_variant(settings.LANGUAGE_CODE)
    return Locale.objects.filter(language_code=language_code).first(), components


class PagesAPIViewSet(ProblemDetailsMixin, WagtailPagesAPIViewSet):
    filter_backends = [
        KnownLocaleFilter if backend is LocaleFilter else backend
        for backend in WagtailPagesAPIViewSet.filter_backends
    ]

    def get_queryset(self) -> Any:
        # Each item's meta names its locale: fetch them with the pages, not one query per page.
        return super().get_queryset().select_related("locale")

    def find_object(self, queryset: Any, request: HttpRequest) -> Page | None:
        site = Site.find_for_request(request)
        if "html_path" not in request.GET or site is None:
            return super().find_object(queryset, request)
        locale, components = locale_and_path(request.GET["html_path"])
        root = site.root_page.get_translation_or_none(locale) if locale else None
        if root is None:
            return None
        try:
            page, _args, _kwargs = root.specific.route(request, components)
        except Http404:
            return None
        return page if queryset.filter(id=page.id).exists() else None


class ImagesAPIViewSet(ProblemDetailsMixin, WagtailImagesAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
