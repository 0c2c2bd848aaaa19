"""Menus and footer in one language: the pages editors linked, swapped for their translations."""

from typing import Any

from django.db.models import Q

from wagtail.models import Locale, Page

from cms.models import FooterText, NavigationSettings, SocialMediaSettings
from cms.visibility import published, visible_pages


def localized_menu(menu: Any, locale: Locale) -> list[Page]:
    """The live pages of ``menu`` (a StreamField of page links) in ``locale``, in menu order.

    A page without a live translation falls back to the page itself. One query for the whole menu.
    """
    linked = [block.value["page"] for block in menu if block.value.get("page")]
    if not linked:
        return []
    keys = Q()
    for page in linked:
        keys |= Q(translation_key=page.translation_key)
    candidates = visible_pages(Page.objects.all()).filter(
        keys, locale__in=[locale.pk, *{page.locale_id for page in linked}]
    )
    by_key: dict[Any, Page] = {}
    for candidate in candidates.select_related("locale"):
        if candidate.locale_id == locale.pk or candidate.translation_key not in by_key:
            by_key[candidate.translation_key] = candidate
    return [
        by_key[page.translation_key]
        for page in linked
        if page.translation_key in by_key
    ]


def site_navigation(site: Any, locale: Locale) -> dict[str, Any]:
    """Main menu, footer menu, footer text and social links of ``site`` in ``locale``."""
    navigation = NavigationSettings.for_site(site)
    footer_text = published(FooterText.objects.filter(locale=locale)).first()
    return {
        "main_menu": localized_menu(navigation.main_menu, locale),
        "footer_menu": localized_menu(navigation.footer_menu, locale),
        "footer_text": footer_text,
        "social_links": [
            dict(block.value) for block in SocialMediaSettings.load().links
        ],
    }
