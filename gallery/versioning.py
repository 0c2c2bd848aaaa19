"""One number that changes whenever public gallery content may have changed.

Cached API responses carry it in their key, so a publish anywhere makes every cached answer stale
at once, on every app server sharing the cache, without listing which URLs a change touches.
"""

import uuid
from typing import Any

from django.core.cache import cache

VERSION_KEY = "gallery-api:content-version"


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        # Another server may have set one meanwhile: keep theirs.
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def bump_content_version(**kwargs: Any) -> None:
    """Signal receiver: whatever was published, unpublished, moved or deleted."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
