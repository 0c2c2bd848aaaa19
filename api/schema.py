"""drf-spectacular hooks."""

from typing import Any

PUBLIC_PREFIX = "/api/"
# Wagtail's v2 routes are not DRF-introspectable: they appear in the document only where they are
# described explicitly, never as inferred guesses.
UNDOCUMENTED_PREFIXES = ("/api/v2/",)


def keep_documented_endpoints(
    endpoints: list[tuple[str, str, str, Any]], **kwargs: Any
) -> list:
    """Only the public API: not the admin's internal APIs (Wagtail, wagtail-localize)."""
    return [
        endpoint
        for endpoint in endpoints
        if endpoint[0].startswith(PUBLIC_PREFIX)
        and not endpoint[0].startswith(UNDOCUMENTED_PREFIXES)
    ]
