"""drf-spectacular postprocessing: what every operation can answer, said once for all of them.

Views describe their success; the answers every operation shares come from here, so an endpoint
added next year is documented as it behaves without anyone remembering:

* errors: every 4xx is an RFC 9457 problem (``application/problem+json``, ``ProblemDetails``);
  an operation that takes parameters can answer 400; one with an id or token in its path 404,
  and so does a paginated list asked for a page it does not have (DRF's pagination);
* ``fields=``: an operation that takes it returns only the properties named, so its items are
  described without ``required`` (a ``…Selection`` copy; the full shape stays where it is nested
  elsewhere), and its example names properties of that very response.
"""

import copy
from typing import Any

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_SCHEMA = "ProblemDetails"
SELECTION_SUFFIX = "Selection"
# Properties of a listing that hold its items: DRF's pagination, Wagtail's v2 listing.
LISTING_ITEMS = ("results", "items")
# What a card needs, in this order, where the item has it.
FIELDS_EXAMPLE = ("id", "title", "name", "html_url")
# DRF's page-number pagination answers 404 for a page that does not exist.
PAGE_PARAMETER = "page"

PROBLEM_DETAILS = {
    "type": "object",
    "description": "An error as RFC 9457 problem details; the language follows `locale` / Accept-Language.",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "example": "about:blank"},
        "title": {"type": "string", "example": "Bad Request"},
        "status": {"type": "integer", "example": 400},
        "detail": {"type": "string", "example": "locale must be one of: nl, en"},
        "errors": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
            "description": "Messages per field or parameter.",
        },
    },
}

SHARED_ERRORS = {
    "400": "A parameter or field is invalid; `errors` gives the messages per name.",
    "404": "There is nothing public at this address.",
}


def _problem(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {
            PROBLEM_MEDIA_TYPE: {
                "schema": {"$ref": f"#/components/schemas/{PROBLEM_SCHEMA}"}
            }
        },
    }


def _operations(result: dict) -> list[dict]:
    return [
        operation
        for path_item in result.get("paths", {}).values()
        for method, operation in path_item.items()
        if method in {"get", "put", "post", "patch", "delete"}
    ]


def _errors_it_can_give(operation: dict) -> list[str]:
    parameters = operation.get("parameters", [])
    places = {parameter["in"] for parameter in parameters}
    codes = []
    if "query" in places or "requestBody" in operation:
        codes.append("400")
    if "path" in places or any(p["name"] == PAGE_PARAMETER for p in parameters):
        codes.append("404")
    return codes


def document_problems(result: dict, **kwargs: Any) -> dict:
    """Every 4xx of every operation as problem details, and the 400/404 each one can give."""
    result.setdefault("components", {}).setdefault("schemas", {})[PROBLEM_SCHEMA] = (
        PROBLEM_DETAILS
    )
    for operation in _operations(result):
        responses = operation.setdefault("responses", {})
        for code in _errors_it_can_give(operation):
            responses.setdefault(code, {"description": SHARED_ERRORS[code]})
        for code, response in responses.items():
            if code.startswith("4"):
                responses[code] = _problem(
                    response.get("description") or SHARED_ERRORS.get(code, "")
                )
    return result


def _component_name(schema: dict) -> str | None:
    ref = schema.get("$ref", "")
    return ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else None


def _item_holders(schemas: dict, response_schema: dict) -> list[dict]:
    """The schema objects that point at one returned item: the response itself for a detail,
    the listing's ``items`` for a list."""
    name = _component_name(response_schema)
    if name is None:
        return []
    properties = schemas[name].get("properties", {})
    listed = [
        properties[key]["items"]
        for key in LISTING_ITEMS
        if properties.get(key, {}).get("type") == "array"
    ]
    return listed or [response_schema]


def _selection(schemas: dict, holder: dict) -> dict:
    """The item's component as ``fields=`` returns it: no property is sure to be there."""
    name = _component_name(holder)
    if name is None or name not in schemas:
        return {}
    item = schemas[name]
    if "required" in item:
        selection = copy.deepcopy(item)
        del selection["required"]
        selection["description"] = (
            f"{item.get('description', name)} With `fields=`, only the properties named."
        ).strip()
        name = f"{name}{SELECTION_SUFFIX}"
        schemas[name] = selection
        holder["$ref"] = f"#/components/schemas/{name}"
    return schemas[name]


def document_field_selection(result: dict, **kwargs: Any) -> dict:
    """Operations with ``fields=``: optional properties, and an example that names real ones."""
    schemas = result.get("components", {}).get("schemas", {})
    for operation in _operations(result):
        fields = next(
            (p for p in operation.get("parameters", []) if p["name"] == "fields"), None
        )
        success = operation.get("responses", {}).get("200", {}).get("content", {})
        if fields is None or "application/json" not in success:
            continue
        items = [
            _selection(schemas, holder)
            for holder in _item_holders(schemas, success["application/json"]["schema"])
        ]
        if "example" in fields or not items:
            # Hand-written (Wagtail's routes), or nothing to name.
            continue
        properties = items[0].get("properties", {})
        names = [name for name in FIELDS_EXAMPLE if name in properties]
        fields.pop("examples", None)
        fields["example"] = ",".join(names)
    return result
