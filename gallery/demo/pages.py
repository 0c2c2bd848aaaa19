"""Steps every part of the gallery demo shares: find or make a published page, and translate it
into English through wagtail-localize, as an editor would."""

from collections.abc import Callable, Iterable
from typing import Any

from django.db import models
from django.utils.html import escape

from wagtail.models import Page

from cms.demo.loader import Report, locales
from cms.demo.translation import publish_translation, source_strings

Pair = tuple[str, str]


def rich_text(paragraphs: Iterable[Pair]) -> str:
    """Dutch paragraphs as rich text (wagtail-localize segments it per paragraph)."""
    return "".join(f"<p>{escape(dutch)}</p>" for dutch, _english in paragraphs)


def ensure_translation(
    instance: models.Model, pairs: Iterable[Pair], report: Report
) -> models.Model:
    """The English translation of ``instance``, made with wagtail-localize when it is missing."""
    _dutch, english = locales()
    if not instance.has_translation(english):
        translation = publish_translation(instance, english, source_strings(pairs))
        # Snippet translations are published on commit; make sure it happened.
        if not getattr(translation, "live", True) and translation.latest_revision:
            translation.latest_revision.publish()
        report(f"  translated {instance} into English")
    return instance.get_translation(english)


def ensure_page(
    parent: Page,
    model: type[Page],
    slug: str | None,
    make: Callable[[], Page],
    pairs: Iterable[Pair],
    report: Report,
) -> Page:
    """The published ``model`` page below ``parent`` with ``slug`` (any slug: ``None``), made by
    ``make`` when missing, with its English translation."""
    pages = model.objects.child_of(parent)
    page = (pages.filter(slug=slug) if slug else pages).first()
    if page is None:
        page = make()
        parent.add_child(instance=page)
        page.save_revision().publish()
        report(f"  created {model._meta.model_name} {page.title!r}")
    ensure_translation(page, pairs, report)
    return page


def page_pairs(data: dict[str, Any]) -> list[Pair]:
    return [data["title"], data["slug"], data["introduction"]]
