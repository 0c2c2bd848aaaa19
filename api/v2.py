"""The Wagtail API v2 router: pages and images, JSON only, problem-details errors.

Our ``PagesAPIViewSet`` extends Wagtail's:

* ``find/?html_path=`` works in every locale (Wagtail's only routes from the default-locale root,
  wagtail issue 6679);
* every page's ``meta`` lists its live ``translations`` (locale → id and html_url, fetched in one
  query per response) and says ``is_fallback`` when the page is an untranslated alias;
* ``html_url`` and internal rich-text links point at the external frontend when configured;
* ``upcoming`` / ``past`` filter events by date; ``search`` stems in the requested language;
* an unknown ``locale`` is a 400 that lists the languages;
* every problem's ``detail`` is in the answer's language, Wagtail's own messages included
  (``api.v2_messages``);
* every page and image, and every id a parameter names, is resolved against what an anonymous
  reader may see (``cms.visibility``); rows linking something hidden are left out
  (``api.v2_serializers``); every number is checked before the database sees it
  (``api.parameters``).
"""

import re
from collections import defaultdict
from typing import Any

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import Field, Model
from django.http import Http404, HttpRequest
from django.utils import translation
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext_lazy as _

from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet as WagtailPagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet as WagtailImagesAPIViewSet
from wagtail.models import Locale, Page, Site

from rest_framework.filters import BaseFilterBackend
from rest_framework.response import Response

from api.errors import PROBLEM_CONTENT_TYPE, problem
from api.parameters import (
    InvalidNumber,
    integer_range,
    largest_id,
    object_id,
    whole_number,
)
from api.public import PublicAPIMixin
from api.v2_messages import translated
from api.v2_serializers import LocalizedPageSerializer
from cms.models import EventPage
from cms.models.programme import upcoming_filter
from cms.visibility import visible_files, visible_pages
from gallery.submission_accept import open_call_collection_ids

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
BOOLEAN_VALUES = {"true": True, "false": False}


class KnownLocaleFilter(LocaleFilter):
    """``?locale=`` limited to the site's languages; anything else is a 400 that lists them."""

    def filter_queryset(self, request: HttpRequest, queryset: Any, view: Any) -> Any:
        if "locale" in request.GET and request.GET["locale"] not in LANGUAGE_CODES:
            raise BadRequestError(
                _("locale must be one of: %(languages)s")
                % {"languages": ", ".join(LANGUAGE_CODES)}
            )
        return super().filter_queryset(request, queryset, view)


INTEGER = re.compile(r"[+-]?[0-9]{1,4000}")


def integer_field(model: type[Model], name: str) -> Field | None:
    """The integer (or link) field ``name`` of ``model``, if it has one."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    return field if integer_range(field) is not None else None


class SafeFieldsFilter(FieldsFilter):
    """``?start_at=x``: a value the field cannot hold is a 400, not a 500."""

    def filter_queryset(self, request: HttpRequest, queryset: Any, view: Any) -> Any:
        # Wagtail turns an integer or a link filter's value into an int but never checks that
        # the column can hold it: twenty digits were an OverflowError (500) on SQLite.
        for name, value in request.GET.items():
            field = integer_field(queryset.model, name)
            if field is not None and INTEGER.fullmatch(value):
                low, high = integer_range(field)
                if not low <= int(value) <= high:
                    raise BadRequestError(
                        _("%(name)s must be a whole number from %(low)d to %(high)d")
                        % {"name": name, "low": low, "high": high}
                    )
        try:
            return super().filter_queryset(request, queryset, view)
        except (ValidationError, ValueError, TypeError) as error:
            raise BadRequestError(
                _("a field filter has a value of the wrong type")
            ) from error


SEARCH_OPERATORS = {"and", "or"}
# Quotes and NUL bytes are query syntax (or invalid) to the full-text engines, never words.
SEARCH_NOISE = str.maketrans({'"': " ", "\x00": " ", "*": " "})


class SafeSearchFilter(SearchFilter):
    """Search with its operator checked and the query reduced to words."""

    def filter_queryset(self, request: HttpRequest, queryset: Any, view: Any) -> Any:
        if "search" not in request.GET:
            return queryset
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError(_("search_operator must be 'and' or 'or'"))
        words = request.GET["search"].translate(SEARCH_NOISE).strip()
        query = request.GET.copy()
        query["search"] = words
        request._request.GET = query
        if not words:
            return queryset.none()
        return super().filter_queryset(request, queryset, view)


class EventDateFilter(BaseFilterBackend):
    """``?upcoming=true`` (not yet ended) and ``?past=true`` (ended), for ``type=cms.EventPage``."""

    def filter_queryset(self, request: HttpRequest, queryset: Any, view: Any) -> Any:
        for name in ("upcoming", "past"):
            if name not in request.GET:
                continue
            value = BOOLEAN_VALUES.get(request.GET[name].lower())
            if value is None:
                raise BadRequestError(
                    _("%(name)s must be true or false") % {"name": name}
                )
            if queryset.model is not EventPage:
                raise BadRequestError(
                    _("%(name)s needs type=cms.EventPage") % {"name": name}
                )
            wants_upcoming = value if name == "upcoming" else not value
            queryset = (
                queryset.filter(upcoming_filter())
                if wants_upcoming
                else queryset.exclude(upcoming_filter())
            )
        return queryset


MAX_OFFSET = 1_000_000
# Query parameters that name an object by id; ``root`` is Wagtail's word for the site's root.
ID_PARAMETERS = {"id", "child_of", "descendant_of", "ancestor_of", "translation_of"}


class ProblemDetailsMixin(PublicAPIMixin):
    """JSON renderers from settings (no browsable API in production), problem-details errors,
    and every number a client sends (ids, offset, limit) checked before the database sees it."""

    def check_query_parameters(self, queryset: Any) -> None:
        query = self.request.GET
        for name in ID_PARAMETERS & set(query):
            if name == "id" or query[name] != "root":
                self.checked_id(query[name], name)
        limit_max = settings.WAGTAILAPI_LIMIT_MAX
        for name, maximum in (("offset", MAX_OFFSET), ("limit", limit_max)):
            if name in query:
                checked_number(query[name], name, 0, maximum)
        super().check_query_parameters(queryset)

    def checked_id(self, raw: str, name: str) -> int:
        return checked_number(raw, name, 1, largest_id(self.model))

    def find_object(self, queryset: Any, request: HttpRequest) -> Any:
        if "id" in request.GET:
            return queryset.filter(id=self.checked_id(request.GET["id"], "id")).first()
        return super().find_object(queryset, request)

    def get_object(self) -> Any:
        # A path id too big for the column is no object, not a database error.
        try:
            object_id(str(self.kwargs["pk"]), self.model)
        except InvalidNumber as error:
            raise Http404(str(error)) from error
        return super().get_object()

    def handle_exception(self, exc: Exception) -> Response:
        if isinstance(exc, Http404 | BadRequestError):
            status = 404 if isinstance(exc, Http404) else 400
            return Response(
                # Wagtail's messages are English; ours are already in the answer's language.
                problem(status, translated(str(exc))),
                status=status,
                content_type=PROBLEM_CONTENT_TYPE,
            )
        return super().handle_exception(exc)


def checked_number(raw: str, name: str, minimum: int, maximum: int) -> int:
    """``raw`` as a whole number of the range, else a 400 worded as Wagtail words its own."""
    try:
        return whole_number(raw, minimum, maximum)
    except InvalidNumber as error:
        if error.too_big:
            raise BadRequestError(
                _("%(name)s cannot be higher than %(maximum)d")
                % {"name": name, "maximum": maximum}
            ) from error
        raise BadRequestError(
            _("%(name)s must be a positive integer") % {"name": name}
        ) from error


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


SAFE_BACKENDS = {
    LocaleFilter: KnownLocaleFilter,
    FieldsFilter: SafeFieldsFilter,
    SearchFilter: SafeSearchFilter,
}


def _with_event_filter(backends: list) -> list:
    backends = [SAFE_BACKENDS.get(backend, backend) for backend in backends]
    # Search turns the queryset into search results, so every filter must come before it.
    backends.insert(backends.index(SafeSearchFilter), EventDateFilter)
    return backends


class PagesAPIViewSet(ProblemDetailsMixin, WagtailPagesAPIViewSet):
    base_serializer_class = LocalizedPageSerializer
    filter_backends = _with_event_filter(WagtailPagesAPIViewSet.filter_backends)
    known_query_parameters = WagtailPagesAPIViewSet.known_query_parameters.union(
        ["upcoming", "past"]
    )
    meta_fields = [*WagtailPagesAPIViewSet.meta_fields, "translations", "is_fallback"]
    listing_default_fields = [
        *WagtailPagesAPIViewSet.listing_default_fields,
        "translations",
        "is_fallback",
    ]

    def listing_view(self, request: HttpRequest) -> Response:
        # Search parses the query with the stemming rules of the requested language.
        language = request.GET.get("locale")
        with translation.override(
            language if language in LANGUAGE_CODES else translation.get_language()
        ):
            return super().listing_view(request)

    def get_base_queryset(self) -> Any:
        # Wagtail rebuilds it (view restrictions, site roots: three queries) on every call, and a
        # request calls it for the listing, its filters and the translations. Once is enough.
        # Wagtail's keeps expired pages (until the scheduler runs) and the pages whose password
        # this visitor's session has passed; every lookup (``child_of``, ``translation_of``,
        # ``find``, the translations in ``meta``) starts here, so the read rule applies once.
        # By id: the search backends filter on indexed fields only (id is one, expire_at is not).
        if not hasattr(self, "_base_queryset"):
            visible = visible_pages(Page.objects.all()).values("pk")
            self._base_queryset = super().get_base_queryset().filter(pk__in=visible)
        return self._base_queryset.all()

    def get_queryset(self) -> Any:
        # Each item's meta names its locale, and typed listings show the page image as renditions:
        # fetch both with the pages, not one query per page.
        queryset = super().get_queryset().select_related("locale")
        if any(field.name == "image" for field in queryset.model._meta.get_fields()):
            queryset = queryset.select_related("image").prefetch_related(
                "image__renditions"
            )
        return queryset

    def paginate_queryset(self, queryset: Any) -> Any:
        page = super().paginate_queryset(queryset)
        self._translations = self._translations_by_key(page)
        return page

    def translations_of(self, page: Page) -> list[Page]:
        if (
            getattr(self, "_translations", None) is None
            or page.translation_key not in self._translations
        ):
            self._translations = self._translations_by_key([page])
        return [
            other
            for other in self._translations[page.translation_key]
            if other.pk != page.pk
        ]

    def _translations_by_key(self, pages: Any) -> dict[Any, list[Page]]:
        """The live, public pages sharing a translation key with ``pages``: one query."""
        keys = {page.translation_key for page in pages}
        grouped: dict[Any, list[Page]] = defaultdict(list)
        if keys:
            candidates = (
                self.get_base_queryset()
                .filter(translation_key__in=keys)
                .select_related("locale")
            )
            for candidate in candidates.order_by("locale__language_code"):
                grouped[candidate.translation_key].append(candidate)
        return grouped

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


# Library tags are the editors' filing system, not public data (and cost a query per image);
# ``download_url`` is the unprocessed original (metadata included): public clients get renditions.
PRIVATE_IMAGE_FIELDS = {"tags", "download_url"}


class ImagesAPIViewSet(ProblemDetailsMixin, WagtailImagesAPIViewSet):
    filter_backends = [
        SAFE_BACKENDS.get(backend, backend)
        for backend in WagtailImagesAPIViewSet.filter_backends
    ]
    meta_fields = [
        field
        for field in WagtailImagesAPIViewSet.meta_fields
        if field not in PRIVATE_IMAGE_FIELDS
    ]
    listing_default_fields = [
        field
        for field in WagtailImagesAPIViewSet.listing_default_fields
        if field not in PRIVATE_IMAGE_FIELDS
    ]
    nested_default_fields = [
        field
        for field in WagtailImagesAPIViewSet.nested_default_fields
        if field not in PRIVATE_IMAGE_FIELDS
    ]

    def get_queryset(self) -> Any:
        # The renditions of the whole page of images in one query, not one per image. Images of
        # an accepted open-call work stay out until the artwork is published.
        # Wagtail's own excludes restricted collections by asking each restriction about this
        # request (a session that passed a password sees more); ours asks nothing of the visitor.
        images = super(WagtailImagesAPIViewSet, self).get_queryset()
        return (
            visible_files(images)
            # By id: the search backends filter on indexed fields only (collection_id is one).
            .exclude(collection_id__in=open_call_collection_ids())
            .prefetch_related("renditions")
        )


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
