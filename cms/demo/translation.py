"""Demo translations made the way an editor makes them: through wagtail-localize.

The English pages are real wagtail-localize translations of the Dutch ones, so the translation UI,
string sync and synchronised fields work on demo content exactly as on real content.
"""

from collections.abc import Iterable

from django.db import models
from django.utils.html import escape

from wagtail.models import Locale

from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def source_strings(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Dutch → English for ``pairs``, as typed and HTML-escaped (as rich text is segmented)."""
    strings = dict(pairs)
    strings.update(
        {escape(dutch): escape(english) for dutch, english in list(strings.items())}
    )
    return strings


def publish_translation(
    instance: models.Model, locale: Locale, strings: dict[str, str]
) -> models.Model:
    """Translate ``instance`` into ``locale`` and publish it.

    ``strings`` maps each source string (as wagtail-localize segments it) to its translation; a
    string without one keeps the source text, as wagtail-localize's own fallback does.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    segments = StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    )
    for segment in segments:
        if segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": strings[segment.string.data],
                    "translation_type": "manual",
                },
            )
    translation.save_target(publish=True)
    return instance.get_translation(locale)
