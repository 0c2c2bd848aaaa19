"""Where a person reads a page: the external frontend when one is configured, else this CMS."""

from urllib.parse import urljoin

from django.conf import settings

from wagtail.models import Page

from cms.visibility import visible_pages


def frontend_url(page: Page) -> str | None:
    """The public URL of ``page`` (its path, incl. the language prefix, on ``FRONTEND_BASE_URL``)."""
    url_parts = page.get_url_parts()
    if url_parts is None:
        return None
    _site_id, root_url, page_path = url_parts
    if settings.FRONTEND_BASE_URL:
        return urljoin(settings.FRONTEND_BASE_URL + "/", page_path.lstrip("/"))
    return root_url + page_path


def public_translation(page: Page | None) -> Page | None:
    """``page`` in the active language if an anonymous reader may see it, else None: a link never
    reveals a draft, an expired or a restricted page."""
    if page is None:
        return None
    localized = page.localized
    if not visible_pages(Page.objects.filter(pk=localized.pk)).exists():
        return None
    return localized
