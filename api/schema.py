"""drf-spectacular hooks."""

from typing import Any

# Wagtail's v2 routes are not DRF-introspectable; they appear in the document only through the
# explicitly described views below (see ``api.v2``), never as inferred guesses.
UNDOCUMENTED_PREFIXES = ("/api/v2/",)


def keep_documented_endpoints(
    endpoints: list[tuple[str, str, str, Any]], **kwargs: Any
) -> list:
    return [
        endpoint
        for endpoint in endpoints
        if not endpoint[0].startswith(UNDOCUMENTED_PREFIXES)
    ]
