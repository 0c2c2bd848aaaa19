"""Wagtail's API v2 error messages in the answer's language.

Wagtail words the ``detail`` of a 400 or 404 in English only. Each message it can send us is
listed here once, as a pattern of Wagtail's wording (its arguments as named groups) beside our
gettext template with the same arguments; a message that matches no pattern passes unchanged.
A group named ``reason`` holds another message (the parser's or Python's) and is translated too.
"""

import re

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

# Wagtail's wording (wagtail/api/v2/filters.py, views.py, utils.py; the reasons it quotes from
# Django's fields and Python's int(); Django's get_object_or_404) → ours. Only messages a request
# can reach: ``api.v2`` checks ids, offset and limit itself, and search is never switched off nor
# tags filterable, so Wagtail's own messages for those never leave the view.
WAGTAIL_MESSAGES: dict[str, Promise] = {
    r"parent page doesn't exist": _("parent page doesn't exist"),
    r"descendant page doesn't exist": _("descendant page doesn't exist"),
    r"ancestor page doesn't exist": _("ancestor page doesn't exist"),
    r"translation_of page doesn't exist": _("translation_of page doesn't exist"),
    r"filtering by descendant_of with child_of is not supported": _(
        "filtering by descendant_of with child_of is not supported"
    ),
    r"random ordering cannot be combined with other fields": _(
        "random ordering cannot be combined with other fields"
    ),
    r"random ordering with offset is not supported": _(
        "random ordering with offset is not supported"
    ),
    r"cannot order by '(?P<field>.*)' \(unknown field\)": _(
        "cannot order by '%(field)s' (unknown field)"
    ),
    r"cannot order by '(?P<field>.*)' while searching \(field is not indexed\)": _(
        "cannot order by '%(field)s' while searching (field is not indexed)"
    ),
    r"cannot filter by '(?P<field>.*)' while searching \(field is not indexed\)": _(
        "cannot filter by '%(field)s' while searching (field is not indexed)"
    ),
    r"field filter error\. '(?P<value>.*)' is not a valid value for (?P<field>\w+) "
    r"\((?P<reason>.*)\)": _(
        "field filter error. '%(value)s' is not a valid value for %(field)s (%(reason)s)"
    ),
    r"expected 'true' or 'false', got '(?P<value>.*)'": _(
        "expected 'true' or 'false', got '%(value)s'"
    ),
    r"invalid literal for int\(\) with base 10: '(?P<value>.*)'": _(
        "invalid literal for int() with base 10: '%(value)s'"
    ),
    r"Field '(?P<field>\w+)' expected a number but got (?P<value>.*)\.": _(
        "Field '%(field)s' expected a number but got %(value)s."
    ),
    r"field filter error\. null characters are not allowed for (?P<field>\w+)": _(
        "field filter error. null characters are not allowed for %(field)s"
    ),
    r"query parameter is not an operation or a recognised field: (?P<names>.*)": _(
        "query parameter is not an operation or a recognised field: %(names)s"
    ),
    r"unknown fields: (?P<names>.*)": _("unknown fields: %(names)s"),
    r"'(?P<field>.*)' does not support nested fields": _(
        "'%(field)s' does not support nested fields"
    ),
    r"fields error: (?P<reason>.*)": _("fields error: %(reason)s"),
    r"unexpected char '(?P<char>.)' at position (?P<position>\d+)": _(
        "unexpected char '%(char)s' at position %(position)s"
    ),
    r"unexpected whitespace at position (?P<position>\d+)": _(
        "unexpected whitespace at position %(position)s"
    ),
    r"'(?P<field>[*_])' must be in the first position": _(
        "'%(field)s' must be in the first position"
    ),
    r"'(?P<field>[*_])' cannot be negated": _("'%(field)s' cannot be negated"),
    r"negated fields with '_' doesn't make sense": _(
        "negated fields with '_' doesn't make sense"
    ),
    r"additional fields with '\*' doesn't make sense": _(
        "additional fields with '*' doesn't make sense"
    ),
    r"unexpected end of input \(did you miss out a close bracket\?\)": _(
        "unexpected end of input (did you miss out a close bracket?)"
    ),
    r"type doesn't exist": _("type doesn't exist"),
    r"rich_text_format must be one of (?P<formats>.*), got '(?P<value>.*)'": _(
        "rich_text_format must be one of %(formats)s, got '%(value)s'"
    ),
    r"not found": _("not found"),
    r"No (?P<model>\w+) matches the given query\.": _(
        "No %(model)s matches the given query."
    ),
}
PATTERNS = [
    (re.compile(pattern, re.DOTALL), template)
    for pattern, template in WAGTAIL_MESSAGES.items()
]


def translated(message: str) -> str:
    """``message``, one of Wagtail's, in the active language; any other message unchanged."""
    for pattern, template in PATTERNS:
        match = pattern.fullmatch(message)
        if match is None:
            continue
        arguments = match.groupdict()
        if "reason" in arguments:
            arguments["reason"] = translated(arguments["reason"])
        return str(template) % arguments
    return message
