from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation.trans_real import (
    get_supported_language_variant,
    parse_accept_lang_header,
)

# Paths outside ``i18n_patterns``: a 404 there is final, never a redirect to /nl/….
UNPREFIXED_PATHS = (
    "/api/",
    "/admin/",
    "/documents/",
    "/static/",
    "/media/",
    # The QR landing picks the language itself (Accept-Language); /Q/ is what the codes encode.
    "/q/",
    "/Q/",
)
API_PATH = "/api/"
LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def accepted_language(request: HttpRequest) -> str:
    """The first of our languages in ``Accept-Language``, else the default one.

    Unlike Django's ``get_language_from_request`` this never reads the language cookie: the API's
    answers are cached publicly and vary on ``Accept-Language`` only, so a cookie that chose the
    language would put one visitor's choice into everyone's cached copy.
    """
    header = request.headers.get("Accept-Language", "")
    for code, quality in parse_accept_lang_header(header):
        if quality <= 0:  # "not this one" (RFC 9110 §12.4.2)
            continue
        if code == "*":
            break
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return get_supported_language_variant(settings.LANGUAGE_CODE)


def api_language(request: HttpRequest) -> str:
    """The language of an API answer: ``?locale=`` when it names one of ours, else
    ``Accept-Language``, else Dutch. Labels, messages and problem details follow it as much as
    the content does, so that a URL with ``?locale=`` gives one body whatever the headers say.
    (An unknown ``?locale=`` is refused by the view, in the language of ``Accept-Language``.)"""
    code = request.GET.get("locale")
    return code if code in LANGUAGE_CODES else accepted_language(request)


class PageLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, kept from redirecting 404s of the API, the admin and the QR
    landing into /nl/, and with the API's own choice of language (``api_language``)."""

    def process_request(self, request: HttpRequest) -> None:
        if not request.path.startswith(API_PATH):
            return super().process_request(request)
        language = api_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        return None

    def process_response(
        self, request: HttpRequest, response: HttpResponse
    ) -> HttpResponse:
        if request.path.startswith(UNPREFIXED_PATHS):
            # The API answers in the Accept-Language when no ?locale is given: caches must know.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
