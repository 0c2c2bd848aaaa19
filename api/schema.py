"""drf-spectacular hooks.

Wagtail's v2 routes are not DRF-introspectable, so the preprocessing hook drops them and the
postprocessing hook describes the ones we serve by hand: parameters and responses. Their errors
and ``fields=`` come from ``api.schema_answers``, as for every other operation.
"""

from typing import Any

from django.conf import settings

PUBLIC_PREFIX = "/api/"
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


def _query(
    name: str, description: str, schema: dict | None = None, **extra: Any
) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema or {"type": "string"},
        **extra,
    }


LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def _fields(example: str) -> dict:
    """Wagtail's ``fields``; the example names fields this very endpoint has."""
    return _query(
        "fields",
        "Fields to add (`a,b`), remove (`-a`), start from none (`_`) or all (`*`), or nest "
        "(`image_hero(url)`). Any field can be removed, `id` and `meta` too.",
        example=example,
    )


SEARCH = _query(
    "search",
    "Full-text search, stemmed in the requested `locale` (Dutch: *evenementen* finds *evenement*).",
)
LIMIT = _query(
    "limit",
    "Page size, 1–100 (default 20).",
    {"type": "integer", "minimum": 1, "maximum": settings.WAGTAILAPI_LIMIT_MAX},
)
OFFSET = _query("offset", "Items to skip.", {"type": "integer", "minimum": 0})

PAGE_LISTING_PARAMETERS = [
    _query(
        "locale",
        "Only pages in this language.",
        {"type": "string", "enum": LANGUAGE_CODES},
    ),
    _query(
        "translation_of",
        "Only translations of the page with this id.",
        {"type": "integer", "minimum": 1},
    ),
    _query(
        "type",
        "Page type(s), e.g. `cms.EventPage`; comma-separated. Required for type-specific fields and filters.",
        example="cms.EventPage",
    ),
    _fields("_,id,title,html_url"),
    SEARCH,
    _query(
        "search_operator",
        "How search terms combine.",
        {"type": "string", "enum": ["and", "or"]},
    ),
    _query(
        "order",
        "Order by a field (`title`, `-start_at`, `random`); default by id, or relevance when searching.",
        example="start_at",
    ),
    _query(
        "child_of",
        "Only direct children of the page with this id.",
        {"type": "integer"},
    ),
    _query(
        "descendant_of",
        "Only descendants of the page with this id.",
        {"type": "integer"},
    ),
    _query(
        "ancestor_of", "Only ancestors of the page with this id.", {"type": "integer"}
    ),
    _query(
        "upcoming",
        "With `type=cms.EventPage`: events that have not ended.",
        {"type": "boolean"},
    ),
    _query(
        "past",
        "With `type=cms.EventPage`: events that have ended.",
        {"type": "boolean"},
    ),
    LIMIT,
    OFFSET,
]


COMPONENTS = {
    "PageTranslation": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "html_url": {"type": "string", "format": "uri", "nullable": True},
        },
    },
    "PageMeta": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "example": "cms.EventPage"},
            "detail_url": {"type": "string", "format": "uri"},
            "html_url": {
                "type": "string",
                "format": "uri",
                "nullable": True,
                "description": "On the external frontend when configured.",
            },
            "slug": {"type": "string"},
            "first_published_at": {
                "type": "string",
                "format": "date-time",
                "nullable": True,
            },
            "locale": {"type": "string", "enum": LANGUAGE_CODES},
            "translations": {
                "type": "object",
                "additionalProperties": {
                    "$ref": "#/components/schemas/PageTranslation"
                },
                "description": "Other live languages of this page, by language code.",
            },
            "is_fallback": {
                "type": "boolean",
                "description": "True when this is an untranslated alias of a page in another language.",
            },
        },
    },
    "Page": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "meta": {"$ref": "#/components/schemas/PageMeta"},
            "title": {"type": "string"},
        },
        "additionalProperties": True,
        "description": "A page: id, meta and title unless `fields` leaves them out; the other "
        "fields depend on its type and `fields`.",
    },
    "PageListing": {
        "type": "object",
        "properties": {
            "meta": {
                "type": "object",
                "properties": {"total_count": {"type": "integer"}},
            },
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Page"}},
        },
    },
    "Image": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "meta": {
                "type": "object",
                "properties": {
                    "type": {"type": "string"},
                    "detail_url": {"type": "string", "format": "uri"},
                    "download_url": {"type": "string"},
                },
            },
            "title": {"type": "string"},
            "alt": {"type": "string"},
            "credit": {"type": "string"},
            "license_url": {"type": "string", "format": "uri"},
        },
        "additionalProperties": True,
    },
    "ImageListing": {
        "type": "object",
        "properties": {
            "meta": {
                "type": "object",
                "properties": {"total_count": {"type": "integer"}},
            },
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Image"}},
        },
    },
}


def _json(ref: str, description: str) -> dict:
    return {
        "description": description,
        "content": {
            "application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}
        },
    }


def _operation(
    operation_id: str, summary: str, parameters: list, responses: dict, tag: str
) -> dict:
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "tags": [tag],
            "parameters": parameters,
            "responses": responses,
        }
    }


ID_PARAMETER = {
    "name": "id",
    "in": "path",
    "required": True,
    "schema": {"type": "integer"},
}

WAGTAIL_PATHS = {
    "/api/v2/pages/": _operation(
        "pages_list",
        "Live pages, in one or all languages",
        PAGE_LISTING_PARAMETERS,
        {"200": _json("PageListing", "Pages")},
        "pages",
    ),
    "/api/v2/pages/{id}/": _operation(
        "pages_retrieve",
        "One live page with all its fields",
        [ID_PARAMETER, _fields("_,id,title,html_url")],
        {"200": _json("Page", "The page")},
        "pages",
    ),
    "/api/v2/pages/find/": _operation(
        "pages_find",
        "Find a page by its path, in any language (redirects to its detail URL)",
        [
            {
                "name": "html_path",
                "in": "query",
                "required": True,
                "schema": {"type": "string"},
                "example": "/en/programme/",
            }
        ],
        {
            "302": {"description": "Redirect to the page's detail URL"},
            "404": {"description": "No live page has this path."},
        },
        "pages",
    ),
    "/api/v2/images/": _operation(
        "images_list",
        "Images of the library (metadata and renditions)",
        [
            _fields("_,id,title,alt"),
            SEARCH,
            LIMIT,
            OFFSET,
        ],
        {"200": _json("ImageListing", "Images")},
        "images",
    ),
    "/api/v2/images/{id}/": _operation(
        "images_retrieve",
        "One image",
        [ID_PARAMETER, _fields("_,id,title,alt")],
        {"200": _json("Image", "The image")},
        "images",
    ),
}


def describe_wagtail_endpoints(result: dict, **kwargs: Any) -> dict:
    """Add the Wagtail v2 endpoints we serve, and the components they use."""
    result.setdefault("paths", {}).update(WAGTAIL_PATHS)
    result.setdefault("components", {}).setdefault("schemas", {}).update(COMPONENTS)
    return result
