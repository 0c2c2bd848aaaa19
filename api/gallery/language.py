"""Which language a gallery request wants: ``?locale=``, else ``Accept-Language``, else Dutch
(never the language cookie: see ``cms.middleware.accepted_language``)."""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext

from wagtail.models import Locale

from rest_framework.exceptions import ValidationError

from cms.middleware import accepted_language

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def requested_language(request: HttpRequest) -> str:
    """The language code the client asked for; an unknown ``?locale`` is a 400 that lists ours."""
    code = request.GET.get("locale")
    if code is None:
        return accepted_language(request)
    if code not in LANGUAGE_CODES:
        raise ValidationError(
            {
                "locale": [
                    gettext("Unknown language “%(code)s”; choose one of: %(codes)s.")
                    % {"code": code[:20], "codes": ", ".join(LANGUAGE_CODES)}
                ]
            }
        )
    return code


def requested_locale(request: HttpRequest) -> Locale:
    """The ``Locale`` of the requested language, from the cache: locales change once a decade."""
    code = requested_language(request)
    return cache.get_or_set(
        f"gallery-api:locale:{code}",
        lambda: Locale.objects.get(language_code=code),
        timeout=3600,
    )
