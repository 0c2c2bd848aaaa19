"""The ``API-Version`` header on every answer under ``/api/``.

NLGov REST API Design Rules 2.0, API-57: a client sees which version of the contract answered,
errors included. The version is the OpenAPI document's ``info.version``, so the header and the
document cannot disagree.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

API_PREFIX = "/api/"
VERSION_HEADER = "API-Version"


class APIVersionMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.version = settings.SPECTACULAR_SETTINGS["VERSION"]

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(API_PREFIX):
            response[VERSION_HEADER] = self.version
        return response
