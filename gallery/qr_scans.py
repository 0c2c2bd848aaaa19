"""Scan counts: one counter per code, day, language and bot flag; nothing about the person.

No IP address, cookie or user agent is stored. The user agent is only looked at to tell a person's
phone from a crawler or a chat app's link preview (those fetch a shared link once per chat, and
would count a share as a scan); they are counted apart and never reported as scans.
"""

import atexit
import datetime
import logging
import re
import threading
import time
from collections import Counter
from contextlib import nullcontext

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.http import HttpRequest
from django.utils import timezone

from gallery.models import ScanCount

logger = logging.getLogger(__name__)

# Crawlers, link previews (WhatsApp, Telegram, Signal, Slack, iMessage through Applebot, Teams …),
# monitoring and command-line clients. Phones' browsers and camera apps match none of these.
BOT_AGENTS = re.compile(
    r"crawl|spider|slurp|preview|facebookexternalhit|whatsapp|telegram|skypeuripreview|"
    r"embedly|pinterest|vkshare|w3c_validator|lighthouse|headless|curl/|wget/|python|httpx|"
    r"aiohttp|okhttp|go-http-client|java/|libwww|scrapy|axios|node-fetch|monitor|uptime|"
    r"pingdom|feedfetcher|mediapartners|google-inspectiontool|discord|mastodon|"
    r"microsoft office|\+https?://",
    re.IGNORECASE,
)
# "Googlebot/2.1", "Slackbot-LinkExpanding", "TelegramBot (like TwitterBot)"; case-sensitive so
# that a phone model such as "CUBOT X30" is not taken for one.
BOT_WORD = re.compile(r"[bB]ot\b|[bB]ot[/_-]")


def is_bot(request: HttpRequest) -> bool:
    """Whether this request is not a person opening the code: a crawler, a link preview, a
    prefetch, a HEAD request or a client that does not say what it is."""
    agent = request.headers.get("User-Agent", "")
    purpose = request.headers.get("Sec-Purpose", request.headers.get("Purpose", ""))
    return (
        request.method != "GET"
        or not agent.strip()
        or "prefetch" in purpose.lower()
        or bool(BOT_AGENTS.search(agent) or BOT_WORD.search(agent))
    )


Bucket = tuple[int, datetime.date, str, bool]  # code id, day, language, bot


def upsert_sql() -> str:
    """Add ``n`` to a counter, creating it at ``n``: one statement, safe under concurrent writers
    (an upsert on the counter's unique key, in SQLite and PostgreSQL alike)."""
    quote = connection.ops.quote_name
    table, count = quote(ScanCount._meta.db_table), quote("count")
    key = ", ".join(quote(name) for name in ("qr_code_id", "day", "language", "is_bot"))
    return (
        f"INSERT INTO {table} ({key}, {count}) VALUES (%s, %s, %s, %s, %s) "  # noqa: S608 - names, not input
        f"ON CONFLICT ({key}) DO UPDATE SET {count} = {table}.{count} + %s"
    )


def write_counts(pending: Counter) -> None:
    """Add the ``pending`` scans to their counters; one transaction for a batch."""
    params = [[*bucket, n, n] for bucket, n in pending.items()]
    batch = transaction.atomic() if len(params) > 1 else nullcontext()
    with batch, connection.cursor() as cursor:
        cursor.executemany(upsert_sql(), params)


class ScanBuffer:
    """Scans counted in this process and written every ``QR_SCAN_FLUSH_SECONDS``.

    A write per scan would make the landing wait for the database to commit (with SQLite, for a
    disk sync): here a scan is a dictionary update, and the request that finds the buffer due
    writes it in one transaction. Scans of the last few seconds are written when the process
    exits; a crash loses them, which a visitor count can afford.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pending: Counter = Counter()
        self.written_at = time.monotonic()

    def add(self, bucket: Bucket) -> None:
        with self.lock:
            self.pending[bucket] += 1
            if time.monotonic() - self.written_at < settings.QR_SCAN_FLUSH_SECONDS:
                return
        self.flush()

    def flush(self) -> None:
        with self.lock:
            pending, self.pending = self.pending, Counter()
            self.written_at = time.monotonic()
        if not pending:
            return
        try:
            write_counts(pending)
        except DatabaseError:
            # Keep them for the next try rather than fail a visitor's redirect.
            logger.warning(
                "Could not write %d scan counters", len(pending), exc_info=True
            )
            with self.lock:
                self.pending.update(pending)


buffer = ScanBuffer()
atexit.register(buffer.flush)


def count_scan(qr_code_id: int, language: str, bot: bool) -> None:
    """One more scan of the code today in ``language`` (see ``ScanBuffer``)."""
    buffer.add((qr_code_id, timezone.localdate(), language[:8], bot))
