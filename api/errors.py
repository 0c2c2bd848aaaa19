"""Errors as RFC 9457 problem details, for every path under ``/api/``.

A client of the API never gets an HTML error page or a stack trace: DRF exceptions pass through
``problem_exception_handler``; Django's own 404 and 500 come through ``handler404``/``handler500``.
"""

from http import HTTPStatus
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import defaults

from rest_framework.response import Response
from rest_framework.views import exception_handler

PROBLEM_CONTENT_TYPE = "application/problem+json"
# Problem titles in the answer's language (RFC 9457 §3.1.4 lets a title change with the language
# only); a status not listed keeps its English phrase.
STATUS_TITLES = {
    400: _("Bad Request"),
    401: _("Unauthorized"),
    403: _("Forbidden"),
    404: _("Not Found"),
    405: _("Method Not Allowed"),
    406: _("Not Acceptable"),
    413: _("Content Too Large"),
    415: _("Unsupported Media Type"),
    429: _("Too Many Requests"),
    500: _("Internal Server Error"),
    503: _("Service Unavailable"),
}


def status_title(status: int) -> str:
    return str(STATUS_TITLES.get(status, HTTPStatus(status).phrase))


def problem(
    status: int, detail: str, errors: dict[str, list[str]] | None = None
) -> dict[str, Any]:
    """The body of a problem-details response; ``errors`` maps a field or parameter to messages."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": status_title(status),
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    return body


def _field_errors(data: Any) -> dict[str, list[str]]:
    if isinstance(data, dict):
        return {
            str(field): [
                str(message)
                for message in (messages if isinstance(messages, list) else [messages])
            ]
            for field, messages in data.items()
            if field != "detail"
        }
    return {}


def problem_exception_handler(exc: Exception, context: dict) -> Response | None:
    """DRF exception handler: DRF's status and headers, problem-details body."""
    response = exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    errors = _field_errors(data)
    if isinstance(data, dict) and "detail" in data:
        detail = str(data["detail"])
    elif isinstance(data, list):
        detail = " ".join(str(item) for item in data)
    elif errors:
        detail = gettext("The request has invalid fields or parameters; see errors.")
    else:
        detail = status_title(response.status_code)
    response.data = problem(response.status_code, detail, errors)
    response.content_type = PROBLEM_CONTENT_TYPE
    return response


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def handler400(
    request: HttpRequest, exception: Exception | None = None
) -> HttpResponse:
    if _is_api(request):
        return JsonResponse(
            problem(400, gettext("The request could not be understood.")),
            status=400,
            content_type=PROBLEM_CONTENT_TYPE,
        )
    return defaults.bad_request(request, exception)


def handler403(
    request: HttpRequest, exception: Exception | None = None
) -> HttpResponse:
    if _is_api(request):
        return JsonResponse(
            problem(403, gettext("This is not available to you.")),
            status=403,
            content_type=PROBLEM_CONTENT_TYPE,
        )
    return defaults.permission_denied(request, exception)


def handler404(
    request: HttpRequest, exception: Exception | None = None
) -> HttpResponse:
    if _is_api(request):
        return JsonResponse(
            problem(404, gettext("There is nothing at this address.")),
            status=404,
            content_type=PROBLEM_CONTENT_TYPE,
        )
    return defaults.page_not_found(request, exception)


def handler500(request: HttpRequest) -> HttpResponse:
    if _is_api(request):
        return JsonResponse(
            problem(
                500,
                gettext(
                    "The server failed to answer this request. It has been logged."
                ),
            ),
            status=500,
            content_type=PROBLEM_CONTENT_TYPE,
        )
    return defaults.server_error(request)
