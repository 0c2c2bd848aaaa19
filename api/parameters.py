"""Whole numbers in paths and query strings (ids, pages, offsets), parsed the same way everywhere.

A number a client sends reaches the database only after this check, so that no size, sign or
spelling (``-1``, ``1e400``, ``²``, twenty digits, five thousand digits) becomes a 500: each is a
400 with a message in a query string, a 404 in a path.
"""

from django.db import connection, models
from django.utils.translation import gettext_lazy as _


class InvalidNumber(ValueError):
    """Not a whole number in the range; ``str()`` says which range, in the active language;
    ``too_big`` when it is a whole number above the range."""

    def __init__(self, message: str, too_big: bool) -> None:
        super().__init__(message)
        self.too_big = too_big


def whole_number(raw: str, minimum: int, maximum: int) -> int:
    """``raw`` as an int from ``minimum`` to ``maximum``: ASCII digits only (``str.isdigit``
    accepts ``²``, which ``int`` refuses), and never longer than ``maximum`` (``int`` refuses
    more than 4300 digits, and a database column holds far fewer)."""
    digits = raw.isascii() and raw.isdigit()
    too_big = digits and (len(raw) > len(str(maximum)) or int(raw) > maximum)
    if digits and not too_big and int(raw) >= minimum:
        return int(raw)
    raise InvalidNumber(
        _("Give a whole number from %(minimum)d to %(maximum)d.")
        % {"minimum": minimum, "maximum": maximum},
        too_big=too_big,
    )


def integer_range(field: models.Field) -> tuple[int, int] | None:
    """The smallest and largest number the database can hold in ``field`` (a link counts as the
    key it points at), or None when it holds no integer."""
    while field.remote_field is not None and hasattr(field, "target_field"):
        field = field.target_field
    if not isinstance(field, models.IntegerField | models.AutoField):
        return None
    return connection.ops.integer_field_range(field.get_internal_type())


def largest_id(model: type[models.Model]) -> int:
    """The largest primary key the database can hold for ``model``: Wagtail's pages are 32-bit
    on PostgreSQL, our own models 64-bit; a page type's key is its link to ``Page``."""
    return integer_range(model._meta.pk)[1]


def object_id(raw: str, model: type[models.Model]) -> int:
    """``raw`` as a primary key of ``model``, or ``InvalidNumber``."""
    return whole_number(raw, 1, largest_id(model))
