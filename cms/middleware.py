from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils.cache import patch_vary_headers

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


class PageLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, kept from redirecting 404s of the API, the admin and the QR
    landing into /nl/."""

    def process_response(
        self, request: HttpRequest, response: HttpResponse
    ) -> HttpResponse:
        if request.path.startswith(UNPREFIXED_PATHS):
            # The API answers in the Accept-Language when no ?locale is given: caches must know.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
