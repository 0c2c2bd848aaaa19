"""Dutch is the default; the UI catalogue is compiled by the install step, not checked in."""

from pathlib import Path

from django.conf import settings
from django.test import SimpleTestCase
from django.utils import translation
from django.utils.translation import gettext

import polib


class LanguageSettingsTests(SimpleTestCase):
    def test_dutch_is_the_default_and_english_the_second_language(self):
        self.assertEqual(settings.LANGUAGE_CODE, "nl")
        self.assertEqual([code for code, _name in settings.LANGUAGES], ["nl", "en"])
        self.assertTrue(settings.WAGTAIL_I18N_ENABLED)

    def test_ui_strings_are_translated_into_dutch(self):
        with translation.override("nl"):
            self.assertEqual(gettext("Skip to content"), "Naar de inhoud")
            self.assertEqual(gettext("Page not found"), "Pagina niet gevonden")

    def test_dutch_catalogue_is_complete(self):
        catalogue = polib.pofile(
            str(Path(settings.BASE_DIR) / "locale/nl/LC_MESSAGES/django.po")
        )
        self.assertEqual(
            [entry.msgid for entry in catalogue.untranslated_entries()], []
        )
        self.assertEqual([entry.msgid for entry in catalogue.fuzzy_entries()], [])
