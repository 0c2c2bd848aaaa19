"""The OpenAPI document as served: YAML or JSON at ``/api/schema/``, JSON at ``/api/openapi.json``.

The document describes a public, anonymous API, so any origin may read it (NLGov REST API Design
Rules 2.0, API-51): ``Access-Control-Allow-Origin: *`` whatever ``CORS_ALLOWED_ORIGINS`` lists
for the rest of the API, which keeps its own origins.
"""

from typing import Any

from drf_spectacular.views import SpectacularAPIView, SpectacularJSONAPIView
from rest_framework.request import Request
from rest_framework.response import Response


class PublicDocumentMixin:
    def finalize_response(
        self, request: Request, response: Response, *args: Any, **kwargs: Any
    ) -> Response:
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response


class DocumentView(PublicDocumentMixin, SpectacularAPIView):
    """The document in the format the client asks for (YAML by default)."""


class JSONDocumentView(PublicDocumentMixin, SpectacularJSONAPIView):
    """The document as JSON."""
