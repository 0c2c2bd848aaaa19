"""Where a person reads a gallery object: the external frontend when one is configured, else the
built-in pages. Shared by the gallery API (``html_url``) and the QR landing (``/q/<CODE>``), so a
scanned code and the API always agree."""

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse

from wagtail.models import Locale

from cms.frontend import frontend_url
from gallery.exhibit import gallery_indexes
from gallery.models import GalleryIndexPage, Spot
from gallery.models.qr_codes import encoded_url
from gallery.versioning import content_version


def all_gallery_indexes() -> dict[int, GalleryIndexPage]:
    """Every language's gallery index (the base of spot URLs), cached until the next publish."""
    return cache.get_or_set(
        f"gallery-api:indexes:{content_version()}",
        lambda: gallery_indexes(Locale.objects.values_list("pk", flat=True)),
        timeout=3600,
    )


def spot_html_url(spot: Spot, indexes: dict[int, GalleryIndexPage]) -> str | None:
    """Where a person reads about the spot: below the gallery index of its language, on the
    external frontend when one is configured."""
    index = indexes.get(spot.locale_id)
    base = frontend_url(index) if index is not None else None
    if base is None:
        return None
    return f"{base.rstrip('/')}/{index.reverse_subpage('spot', kwargs={'slug': spot.slug})}"


def qr_links(code: str | None) -> dict[str, str] | None:
    """A code, the URL it encodes and its print-ready images, for the API; None without one."""
    if not code:
        return None
    base = settings.WAGTAILAPI_BASE_URL.rstrip("/")
    images = {
        kind: base + reverse("qr:image", kwargs={"code": code, "kind": kind})
        for kind in ("svg", "png", "pdf")
    }
    return {"code": code, "url": encoded_url(code), **images}
