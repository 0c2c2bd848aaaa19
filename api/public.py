"""What every view of the public API shares: anonymous, JSON in and out.

The project's ``REST_FRAMEWORK`` defaults serve the admin's DRF views too (the translation editor
posts forms with the admin session), so the public API states its own choices here rather than
inheriting them: no authentication means no password oracle and no ``Vary: Cookie``.
"""

from rest_framework.parsers import JSONParser
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer


# For every view under ``/api/`` (tests/api/test_public_views.py holds them to it). A comment,
# not a docstring: drf-spectacular describes an operation by its view's docstring, inherited too.
class PublicAPIMixin:
    authentication_classes: list = []
    permission_classes = [AllowAny]
    parser_classes = [JSONParser]
    renderer_classes = [JSONRenderer]
