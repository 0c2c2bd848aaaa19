"""``/q/<CODE>`` (the landing) and ``/q/<CODE>.svg|png|pdf`` (the code, print-ready).

The landing is a ``302``, never a ``301``: what a spot's code leads to changes with every
exhibition, and a browser keeps a ``301`` for ever. It varies with ``Accept-Language`` and no
shared cache may keep it; every landing is counted (see ``gallery.qr_scans``).
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.views.decorators.http import require_safe

from gallery import qr_images
from gallery.links import all_gallery_indexes
from gallery.models import QRCode
from gallery.models.qr_codes import normalize_code
from gallery.qr_landing import cached_resolve, locale_ids
from gallery.qr_scans import count_scan, is_bot

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Printed codes never change, but a code may be retired: browsers and CDNs may keep one a day.
IMAGE_CACHE_CONTROL = "public, max-age=86400"


def visitor_language(request: HttpRequest) -> str:
    """The language from ``Accept-Language`` (set by the locale middleware), else Dutch."""
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    return language if language in LANGUAGE_CODES else settings.LANGUAGE_CODE


def private(response: HttpResponse) -> HttpResponse:
    """Per visitor and per day: no shared cache keeps it, and every scan reaches us."""
    add_never_cache_headers(response)
    patch_vary_headers(response, ["Accept-Language"])
    response["X-Robots-Tag"] = "noindex"
    return response


def message_page(
    request: HttpRequest, code: str, *, moved_on: bool, status: int
) -> HttpResponse:
    """The bilingual page for a code we do not know (404) or, when there is no gallery overview
    to send the visitor to, for one whose work has moved on."""
    language = visitor_language(request)
    others = [other for other in LANGUAGE_CODES if other != language]
    indexes, ids = all_gallery_indexes(), locale_ids()
    sections = []
    for section_language in [language, *others]:
        index = indexes.get(ids.get(section_language))
        url = index.get_url(request) if index is not None else None
        sections.append(
            {"code": section_language, "url": url or f"/{section_language}/"}
        )
    response = TemplateResponse(
        request,
        "gallery/qr_message.html",
        {"page": None, "code": code[:16], "moved_on": moved_on, "sections": sections},
        status=status,
    )
    return private(response)


@require_safe
def landing(request: HttpRequest, code: str) -> HttpResponse:
    normalized = normalize_code(code)
    language = visitor_language(request)
    found = cached_resolve(normalized, language) if normalized else None
    if found is None or found.qr_code_id is None:
        return message_page(request, code.upper(), moved_on=False, status=404)
    count_scan(found.qr_code_id, language, is_bot(request))
    if found.url is None:
        return message_page(request, normalized, moved_on=True, status=200)
    return private(HttpResponseRedirect(found.url))


@require_safe
def image(request: HttpRequest, code: str, kind: str) -> HttpResponse:
    kind = kind.lower()
    normalized = normalize_code(code)
    if (
        kind not in qr_images.FORMATS
        or not normalized
        or not QRCode.objects.filter(code=normalized).exists()
    ):
        return message_page(request, code.upper(), moved_on=False, status=404)
    size_mm = qr_images.clamp_size_mm(
        request.GET.get("size_mm"), default=settings.QR_PRINT_SIZE_MM[0]
    )
    response = HttpResponse(
        qr_images.render(normalized, kind, size_mm),
        content_type=qr_images.FORMATS[kind],
    )
    response["Content-Disposition"] = f'inline; filename="qr-{normalized}.{kind}"'
    response["Cache-Control"] = IMAGE_CACHE_CONTROL
    return response


@require_safe
def unknown(request: HttpRequest, rest: str) -> HttpResponse:
    """Anything else below ``/q/``: a person typed a code wrongly."""
    return message_page(request, rest.upper(), moved_on=False, status=404)
