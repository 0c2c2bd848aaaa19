import os

from django.conf import settings
from django.core.cache import cache

import pytest


@pytest.mark.skipif("REDIS_URL" not in os.environ, reason="REDIS_URL is not set")
def test_cache_is_redis_when_redis_url_is_set():
    assert settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    cache.set("round-trip", {"nl": "hallo"}, 30)
    assert cache.get("round-trip") == {"nl": "hallo"}
    assert cache.client.get_client().ttl(cache.make_key("round-trip")) > 0
