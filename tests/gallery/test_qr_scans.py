"""Scan counts: per code, day and language; bots and link previews apart; nothing personal."""

from django.db import DatabaseError, connection
from django.utils import timezone

import pytest

from gallery.models import QRCode, ScanCount
from gallery.models.qr_codes import ensure_code
from tests.factories import SpotFactory

pytestmark = pytest.mark.django_db

PHONES = {
    "iphone": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "android": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "cubot": "Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
}
BOTS = {
    "whatsapp": "WhatsApp/2.23.20.0",
    "googlebot": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "facebook": "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "slack": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "telegram": "TelegramBot (like TwitterBot)",
    "imessage": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, "
    "like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0",
    "curl": "curl/8.5.0",
    "none": "",
}


@pytest.fixture
def code(exhibit) -> QRCode:
    return ensure_code(exhibit.artwork)


def scans(code: QRCode, **filters) -> int:
    return sum(
        ScanCount.objects.filter(qr_code=code, **filters).values_list(
            "count", flat=True
        )
    )


@pytest.mark.parametrize("agent", PHONES.values(), ids=PHONES.keys())
def test_a_phone_opening_the_code_is_a_scan(client, code, agent):
    client.get(f"/q/{code.code}", HTTP_USER_AGENT=agent)
    client.get(f"/q/{code.code}", HTTP_USER_AGENT=agent)
    assert scans(code, is_bot=False) == 2
    assert scans(code, is_bot=True) == 0


@pytest.mark.parametrize("agent", BOTS.values(), ids=BOTS.keys())
def test_crawlers_and_link_previews_are_not_scans(client, code, agent):
    response = client.get(f"/q/{code.code}", HTTP_USER_AGENT=agent)
    assert response.status_code == 302  # a preview still shows the right page
    assert scans(code, is_bot=False) == 0
    assert scans(code, is_bot=True) == 1


def test_prefetches_and_head_requests_are_not_scans(client, code):
    phone = PHONES["android"]
    client.get(f"/q/{code.code}", HTTP_USER_AGENT=phone, HTTP_SEC_PURPOSE="prefetch")
    client.head(f"/q/{code.code}", HTTP_USER_AGENT=phone)
    assert scans(code, is_bot=False) == 0


def test_counts_are_per_day_and_language(client, code):
    phone = PHONES["iphone"]
    for language in ("nl", "en-GB,en;q=0.8", "en", "de"):
        client.get(
            f"/q/{code.code}", HTTP_USER_AGENT=phone, HTTP_ACCEPT_LANGUAGE=language
        )
    counts = dict(
        ScanCount.objects.filter(qr_code=code).values_list("language", "count")
    )
    assert counts == {"nl": 2, "en": 2}  # German readers get Dutch
    assert set(ScanCount.objects.values_list("day", flat=True)) == {
        timezone.localdate()
    }


def test_retired_codes_count_and_unknown_ones_do_not(client, code):
    code.is_retired = True
    code.save()
    client.get(f"/q/{code.code}", HTTP_USER_AGENT=PHONES["iphone"])
    client.get("/q/ZZZZZZ", HTTP_USER_AGENT=PHONES["iphone"])
    assert scans(code, is_bot=False) == 1
    assert ScanCount.objects.count() == 1


def test_nothing_personal_is_stored_and_no_cookie_is_set(client, code):
    response = client.get(
        f"/q/{code.code}",
        HTTP_USER_AGENT=PHONES["iphone"],
        REMOTE_ADDR="198.51.100.23",
        HTTP_X_FORWARDED_FOR="198.51.100.23",
    )
    assert not response.cookies
    columns = {
        column.name
        for column in connection.introspection.get_table_description(
            connection.cursor(), ScanCount._meta.db_table
        )
    }
    assert columns == {"id", "qr_code_id", "day", "language", "is_bot", "count"}
    stored = [str(value) for row in ScanCount.objects.values_list() for value in row]
    assert not any("198.51.100" in value or "iPhone" in value for value in stored)


def test_a_day_language_and_flag_is_one_counter_row(db):
    """One upsert per scan: scans of the same bucket add to one row, even the first of a day
    arriving twice at once."""
    from gallery.qr_scans import count_scan

    code = ensure_code(SpotFactory())
    for _scan in range(3):
        count_scan(code.pk, "nl", False)
    row = ScanCount.objects.get(qr_code=code)
    assert (row.count, row.language, row.is_bot) == (3, "nl", False)


def test_scans_are_batched_per_process_and_written_together(db, settings, monkeypatch):
    from gallery import qr_scans

    settings.QR_SCAN_FLUSH_SECONDS = 3600
    first, second = ensure_code(SpotFactory()), ensure_code(SpotFactory())
    buffer = qr_scans.ScanBuffer()
    monkeypatch.setattr(qr_scans, "buffer", buffer)
    for code, language in [(first, "nl"), (first, "nl"), (second, "en"), (first, "nl")]:
        qr_scans.count_scan(code.pk, language, False)
    assert not ScanCount.objects.exists()  # nothing written yet: no commit per scan
    buffer.flush()
    assert dict(ScanCount.objects.values_list("qr_code__code", "count")) == {
        first.code: 3,
        second.code: 1,
    }
    settings.QR_SCAN_FLUSH_SECONDS = 0
    qr_scans.count_scan(first.pk, "nl", False)  # due: written with this scan
    assert ScanCount.objects.get(qr_code=first).count == 4


def test_scans_survive_a_database_hiccup(db, settings, monkeypatch):
    from gallery import qr_scans

    settings.QR_SCAN_FLUSH_SECONDS = 0
    code = ensure_code(SpotFactory())
    buffer = qr_scans.ScanBuffer()
    monkeypatch.setattr(qr_scans, "buffer", buffer)

    def fail(pending):
        raise DatabaseError("database is locked")

    monkeypatch.setattr(qr_scans, "write_counts", fail)
    qr_scans.count_scan(code.pk, "nl", False)
    qr_scans.count_scan(code.pk, "nl", False)
    monkeypatch.undo()
    buffer.flush()
    assert ScanCount.objects.get(qr_code=code).count == 2
