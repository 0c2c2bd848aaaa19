"""Template helpers for the exhibit pages (JSON-LD, language fallbacks, distances, licences) and
the open-call form."""

import json
from typing import Any

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.forms import BoundField
from django.utils import formats
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from cms.visibility import visible_pages
from gallery.exhibit import rights

register = template.Library()

# The escapes of ``django.utils.html.json_script``: no ``</script>`` or ``<!--`` can end the
# element early, whatever an editor types into a title.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def jsonld_script(data: dict[str, Any] | None) -> SafeString:
    """``data`` as ``<script type="application/ld+json">``, escaped as ``json_script`` escapes.

    ``json_script`` itself always writes ``type="application/json"``, which search engines ignore.
    Non-ASCII stays as UTF-8: the page is UTF-8, and ``\\uXXXX`` would cost bytes on a phone.
    """
    if not data:
        return mark_safe("")
    text = json.dumps(
        data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":")
    ).translate(JSON_SCRIPT_ESCAPES)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text),  # noqa: S308 - escaped above, as json_script does
    )


@register.filter
def fallback_lang(obj: Any) -> SafeString:
    """`` lang="nl"`` when ``obj`` is shown in another language than the page's (WCAG 3.1.2), e.g.
    a Dutch work listed on an English page because it has no English translation yet.

    Only objects whose ``locale`` was loaded with them can be fallbacks: ``gallery.queries``
    loads it when it localises (``localized``), while same-language listings do not. Reading the
    locale only when it is loaded keeps listings free of a query per row.
    """
    descriptor = getattr(type(obj), "locale", None)
    if descriptor is None or not descriptor.is_cached(obj):
        return mark_safe("")
    code = obj.locale.language_code
    if code == get_language():
        return mark_safe("")
    return format_html(' lang="{}"', code)


@register.filter
def distance(metres: float | None) -> str:
    """A walking distance as a passer-by reads it: "80 m", "450 m", "1,2 km"."""
    if metres is None:
        return ""
    if metres < 1000:
        return f"{max(10, round(metres, -1)):.0f} m"
    return f"{formats.number_format(round(metres / 1000, 1), 1, use_l10n=True)} km"


@register.filter
def licence(uri: str) -> dict[str, str] | None:
    """A licence URI with its name, for a link: ``{"url": …, "label": "CC BY 4.0"}``."""
    return rights(uri)


@register.simple_tag
def gallery_sections(index: Any) -> list[Any]:
    """The artwork and artist indexes below a gallery index, for its section links."""
    from gallery.models import ArtistIndexPage, ArtworkIndexPage

    return list(
        visible_pages(index.get_children())
        .type(ArtworkIndexPage, ArtistIndexPage)
        .specific()
    )


@register.simple_tag
def form_widget(field: BoundField, autocomplete: str = "") -> SafeString:
    """The field's widget with an ``autocomplete`` token (WCAG 1.3.5) when one is given; Django
    adds ``aria-describedby`` (help text, errors) and ``aria-invalid`` itself."""
    attrs = {"autocomplete": autocomplete} if autocomplete else {}
    if field.widget_type == "clearablefile":
        attrs["accept"] = "image/jpeg,image/png,image/webp"
    return field.as_widget(attrs=attrs)
