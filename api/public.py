"""What every view of the public API shares: anonymous, JSON in and out.

The project's ``REST_FRAMEWORK`` defaults serve the admin's DRF views too (the translation editor
posts forms with the admin session), so the public API states its own choices here rather than
inheriting them: no authentication means no password oracle and no ``Vary: Cookie``.
"""

from rest_framework.parsers import JSONParser
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer


class PublicAPIMixin:
    """For every view under ``/api/``: reads are anonymous and the same for everyone."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    parser_classes = [JSONParser]
    renderer_classes = [JSONRenderer]
