"""Public gallery responses: a strong ETag, ``Cache-Control`` for browsers and CDNs, ``304`` for a
matching ``If-None-Match``, and a server-side copy that answers repeats without the database.

Cached copies are keyed by a content version that every publish, unpublish, move or delete
bumps (see ``gallery.signal_handlers``), and by today's date, because what is on show changes at
midnight without anyone publishing.
"""

import hashlib
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from rest_framework.exceptions import NotAcceptable
from rest_framework.request import Request

from cms.middleware import api_language
from gallery.versioning import content_version

CACHE_PREFIX = "gallery-api"


def cache_control() -> str:
    return (
        f"public, max-age={settings.CACHE_CONTROL_MAX_AGE}, "
        f"s-maxage={settings.CACHE_CONTROL_S_MAXAGE}, "
        f"stale-while-revalidate={settings.CACHE_CONTROL_STALE_WHILE_REVALIDATE}"
    )


def response_cache_key(request: HttpRequest, media_type: str) -> str:
    """Everything that shapes the body, nothing personal: the language as the view resolves it,
    the scheme and host that absolute links (``next``, ``html_url``) are built on, the media type
    it is rendered in, the path and the sorted query."""
    # Names sorted, but each name's values kept in their order: the views read the last one.
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    raw = "|".join(
        [
            content_version(),
            str(timezone.localdate()),
            api_language(request),
            request.scheme,
            request.get_host(),
            media_type,
            f"{request.path}?{query}",
        ]
    )
    return f"{CACHE_PREFIX}:{hashlib.sha256(raw.encode()).hexdigest()}"


def strong_etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def client_has(request: HttpRequest, etag: str) -> bool:
    header = request.headers.get("If-None-Match", "")
    return etag in {tag.strip() for tag in header.split(",")} or header.strip() == "*"


def finish(request: HttpRequest, response: HttpResponse, etag: str) -> HttpResponse:
    """Headers every public response carries; ``304`` when the client has this version."""
    if client_has(request, etag):
        response = HttpResponse(status=304)
        del response["Content-Type"]
    response["ETag"] = etag
    response["Cache-Control"] = cache_control()
    patch_vary_headers(response, ["Accept-Language"])
    return response


class PublicCacheMixin:
    """For DRF views whose anonymous GET answer is the same for everyone."""

    def rendered_media_type(self) -> str:
        """The one media type the view answers in. The key is made before DRF negotiates, so a
        view offering a choice of renderers would have to put ``Accept`` in the key: refuse it."""
        if len(self.renderer_classes) != 1:
            raise ImproperlyConfigured(
                f"{type(self).__name__} caches publicly and must have exactly one renderer"
            )
        return self.renderer_classes[0].media_type

    def accepts_rendered_type(self, request: HttpRequest) -> bool:
        """Whether the client's ``Accept`` takes our one media type. When it does not, DRF
        answers 406; a cached copy must not answer instead (nor tell what was asked lately)."""
        negotiator = self.get_content_negotiator()
        try:
            negotiator.select_renderer(Request(request), self.get_renderers())
        except NotAcceptable:
            return False
        return True

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return super().dispatch(request, *args, **kwargs)
        key = response_cache_key(request, self.rendered_media_type())
        cached = cache.get(key) if self.accepts_rendered_type(request) else None
        if cached is not None:
            body, content_type, etag = cached
            response = HttpResponse(body, content_type=content_type)
            return finish(request, response, etag)
        response = super().dispatch(request, *args, **kwargs)
        if response.status_code != 200:
            return response
        response.render()
        etag = strong_etag(response.content)
        cache.set(
            key,
            (response.content, response["Content-Type"], etag),
            settings.CACHE_CONTROL_S_MAXAGE,
        )
        return finish(request, response, etag)
