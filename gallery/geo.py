"""Coordinates in Hilversum: the municipality's bounding box and distances on the ground.

Distances use the equirectangular approximation, which is plain arithmetic on both PostgreSQL and
SQLite and within 0.1 % of the great-circle distance at the scale of a town.
"""

import math
from decimal import Decimal

from django.conf import settings
from django.db.models import F, FloatField, Func
from django.db.models.functions import Cast, Power, Sqrt

METRES_PER_DEGREE = 6_371_008.8 * math.pi / 180


def in_gallery_area(latitude: Decimal | float, longitude: Decimal | float) -> bool:
    """Whether a WGS84 point lies in ``GALLERY_BOUNDING_BOX`` (west, south, east, north)."""
    west, south, east, north = settings.GALLERY_BOUNDING_BOX
    return south <= float(latitude) <= north and west <= float(longitude) <= east


def distance_metres(
    latitude: float, longitude: float, other_latitude: float, other_longitude: float
) -> float:
    """The distance in metres between two nearby WGS84 points."""
    scale = math.cos(math.radians((latitude + other_latitude) / 2))
    north = (other_latitude - latitude) * METRES_PER_DEGREE
    east = (other_longitude - longitude) * METRES_PER_DEGREE * scale
    return math.hypot(north, east)


def distance_expression(latitude: float, longitude: float, prefix: str = "") -> Func:
    """SQL for the distance in metres from a point to the ``latitude``/``longitude`` columns
    reached through ``prefix`` (e.g. ``"spot__"``)."""
    scale = math.cos(math.radians(latitude))
    north = (Cast(F(f"{prefix}latitude"), FloatField()) - latitude) * METRES_PER_DEGREE
    east = (
        (Cast(F(f"{prefix}longitude"), FloatField()) - longitude)
        * METRES_PER_DEGREE
        * scale
    )
    return Sqrt(Power(north, 2) + Power(east, 2))
