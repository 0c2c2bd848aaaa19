"""Counting requests per client in the cache, so that every worker and server shares the count.

A window opens at a client's first counted request and lasts ``window`` seconds; ``limit``
requests fit in it. Identities (an IP address, an e-mail address) are hashed before they become
part of a cache key: the cache holds nothing personal in readable form.
"""

import contextlib
import hashlib
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


class RateLimited(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"Rate limited; retry after {retry_after} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class RateLimit:
    scope: str
    limit: int
    window: int

    def keys(self, identity: str) -> tuple[str, str]:
        digest = hashlib.sha256(f"{self.scope}:{identity}".encode()).hexdigest()[:32]
        return f"ratelimit:{digest}:count", f"ratelimit:{digest}:since"

    def check(self, identity: str) -> None:
        """Raise ``RateLimited`` with the seconds to wait when ``identity`` used up its limit;
        counts nothing (a cheap refusal before any work)."""
        count_key, since_key = self.keys(identity)
        found = cache.get_many([count_key, since_key])
        if found.get(count_key, 0) >= self.limit:
            raise RateLimited(self.wait(found.get(since_key)))

    def take(self, identity: str) -> None:
        """Count one for ``identity``, or raise ``RateLimited`` when that is over the limit.
        Counting comes first and is atomic (``add`` and ``incr`` in Redis and in local memory),
        so requests arriving together cannot all slip under the limit."""
        count_key, since_key = self.keys(identity)
        cache.add(since_key, time.time(), timeout=self.window)
        cache.add(count_key, 0, timeout=self.window)
        try:
            count = cache.incr(count_key)
        except ValueError:  # expired between add and incr: a new window
            cache.set(count_key, 1, timeout=self.window)
            count = 1
        if count > self.limit:
            raise RateLimited(self.wait(cache.get(since_key)))

    def give_back(self, identity: str) -> None:
        """Undo a ``take`` whose request did not go through."""
        count_key, _since_key = self.keys(identity)
        with contextlib.suppress(ValueError):  # the window has ended meanwhile
            cache.decr(count_key)

    def wait(self, since: float | None) -> int:
        """Seconds until the window that opened at ``since`` ends."""
        opened = time.time() if since is None else since
        return max(1, math.ceil(opened + self.window - time.time()))


def client_ip(request: HttpRequest) -> str:
    """The client's address: ``REMOTE_ADDR``, or behind ``OPEN_CALL_NUM_PROXIES`` trusted
    proxies the entry they added to ``X-Forwarded-For`` (a client can forge the ones before)."""
    proxies = settings.OPEN_CALL_NUM_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        addresses = [address.strip() for address in forwarded.split(",")]
        return addresses[-min(proxies, len(addresses))]
    return request.META.get("REMOTE_ADDR", "")
