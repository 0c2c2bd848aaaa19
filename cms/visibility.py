"""What an anonymous reader may see: the one read rule for pages, drafts and files.

Every public answer (the APIs, the built-in pages, their language switch) filters through these
QuerySet functions, so a page or file hidden in any way (draft, scheduled, expired, behind a
password, a login or a group) never shows, not even as a count. The rules read no session: what a
visitor unlocked with a password stays out of answers that are cached for everyone.
"""

from django.db import models
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Substr
from django.utils import timezone

from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)


def published(queryset: models.QuerySet) -> models.QuerySet:
    """Objects with drafts (pages, snippets) that are live and not past their expiry, even
    before the scheduler unpublishes them."""
    return queryset.filter(live=True).exclude(expire_at__lte=timezone.now())


def visible_pages(queryset: models.QuerySet) -> models.QuerySet:
    """Pages a passer-by may see: published, and neither they nor an ancestor restricted.

    Unlike ``PageQuerySet.public()``, which first loads every restriction, the restriction check
    is a subquery: no extra query, however often this is called.
    """
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
    )
    return published(queryset).exclude(Exists(restricted))


def public_collections() -> models.QuerySet:
    """Collections whose files anyone may see: neither they nor an ancestor restricted."""
    restricted = CollectionViewRestriction.objects.filter(
        collection__path=Substr(
            OuterRef("path"), 1, F("collection__depth") * Collection.steplen
        )
    )
    return Collection.objects.exclude(Exists(restricted))


def visible_files(queryset: models.QuerySet) -> models.QuerySet:
    """Images or documents outside restricted collections."""
    # By id: the search backends filter on indexed fields only (collection_id is one).
    return queryset.filter(collection_id__in=public_collections().values("pk"))
