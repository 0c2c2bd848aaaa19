"""Every view under ``/api/`` takes the public API's DRF choices (``api.public``): anonymous, no
session, JSON only. The project's DRF defaults serve the admin's own DRF views and would give a
view that forgot them the admin session, form parsers and Vary: Cookie."""

from django.urls import URLPattern, URLResolver, get_resolver

from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.renderers import BrowsableAPIRenderer
from rest_framework.views import APIView

from api.public import PublicAPIMixin

# The OpenAPI document and its viewer: served anonymously by SPECTACULAR_SETTINGS.
DOCUMENT_VIEWS = (SpectacularAPIView, SpectacularSwaggerView)


def api_views(resolver: URLResolver = None, prefix: str = "") -> list[tuple[str, type]]:
    """(route, view class) of every URL pattern below /api/."""
    found = []
    for pattern in (resolver or get_resolver()).url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            found += api_views(pattern, route)
        elif isinstance(pattern, URLPattern) and route.startswith("api/"):
            callback = pattern.callback
            view = getattr(callback, "cls", None) or getattr(
                callback, "view_class", None
            )
            found.append((route, view))
    return found


def test_every_api_view_is_anonymous_and_json_only():
    views = api_views()
    assert len(views) >= 15  # the walk found the API

    for route, view in views:
        assert view is not None and issubclass(view, APIView), route
        if issubclass(view, DOCUMENT_VIEWS):
            continue
        assert issubclass(view, PublicAPIMixin), route
        assert view.authentication_classes == [], route
        assert not any(
            issubclass(renderer, BrowsableAPIRenderer)
            for renderer in view.renderer_classes
        ), route
        assert {parser.media_type for parser in view.parser_classes} <= {
            "application/json",
            "multipart/form-data",  # the open call's submission
        }, route
