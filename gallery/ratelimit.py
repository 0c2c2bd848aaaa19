"""Counting requests per client in the cache, so that every worker and server shares the count.

A window opens at a client's first counted request and lasts ``window`` seconds; ``limit``
requests fit in it. Identities (an IP address, an e-mail address) are hashed before they become
part of a cache key: the cache holds nothing personal in readable form.
"""

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
        """Raise ``RateLimited`` with the seconds to wait when ``identity`` used up its limit."""
        count_key, since_key = self.keys(identity)
        found = cache.get_many([count_key, since_key])
        if found.get(count_key, 0) >= self.limit:
            since = found.get(since_key, time.time())
            raise RateLimited(max(1, math.ceil(since + self.window - time.time())))

    def hit(self, identity: str) -> None:
        count_key, since_key = self.keys(identity)
        now = time.time()
        # ``add`` opens the window only if none is open: atomic in Redis and in local memory.
        cache.add(since_key, now, timeout=self.window)
        cache.add(count_key, 0, timeout=self.window)
        try:
            cache.incr(count_key)
        except ValueError:  # expired between add and incr: a new window
            cache.set(count_key, 1, timeout=self.window)


def client_ip(request: HttpRequest) -> str:
    """The client's address: ``REMOTE_ADDR``, or behind ``OPEN_CALL_NUM_PROXIES`` trusted
    proxies the entry they added to ``X-Forwarded-For`` (a client can forge the ones before)."""
    proxies = settings.OPEN_CALL_NUM_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        addresses = [address.strip() for address in forwarded.split(",")]
        return addresses[-min(proxies, len(addresses))]
    return request.META.get("REMOTE_ADDR", "")
