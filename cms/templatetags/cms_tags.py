from typing import Any

from django import template
from django.conf import settings
from django.utils.translation import get_language_info

from wagtail.models import Page

from cms.visibility import visible_pages

register = template.Library()


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(
    context: dict[str, Any], page: Page | None = None
) -> dict[str, Any]:
    """Links to this page in the other languages it is visible in, each named in its own
    language."""
    links = []
    if isinstance(page, Page):
        translations = visible_pages(page.get_translations()).select_related("locale")
        for translation in translations:
            code = translation.locale.language_code
            links.append(
                {
                    "code": code,
                    "name": get_language_info(code)["name_local"],
                    "url": translation.url,
                }
            )
    return {"links": links}


@register.simple_tag(takes_context=True)
def hreflang_links(
    context: dict[str, Any], page: Page | None = None
) -> list[dict[str, str]]:
    """Alternate URLs of this page per language, for ``<link rel="alternate" hreflang>``."""
    if not isinstance(page, Page):
        return []
    request = context.get("request")
    pages = visible_pages(page.get_translations(inclusive=True)).select_related(
        "locale"
    )
    return [
        {
            "code": translation.locale.language_code,
            "url": translation.get_full_url(request),
        }
        for translation in pages
        if translation.locale.language_code in dict(settings.LANGUAGES)
    ]


@register.filter
def minutes(seconds: int | None) -> int:
    """Whole minutes, rounded up, of a duration in seconds."""
    return -(-int(seconds or 0) // 60)


@register.simple_tag(takes_context=True)
def navigation(context: dict[str, Any]) -> dict[str, Any]:
    """Menus, footer text and social links of the current site in the active language."""
    from wagtail.models import Locale, Site

    from cms.navigation import site_navigation

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {}
    return site_navigation(site, Locale.get_active())


@register.simple_tag
def public_translation(page: Page | None) -> Page | None:
    """The page in the active language when live and public (see ``cms.frontend``)."""
    from cms.frontend import public_translation as resolve

    return resolve(page)
