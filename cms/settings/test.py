"""Test run: fast hashing, in-memory mail, files in a temporary directory; Redis when ``REDIS_URL`` is set.

PostgreSQL when ``DATABASE_URL`` is set, SQLite otherwise (see ``base``).
"""

import tempfile
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import CACHES, STORAGES, env

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if "REDIS_URL" in env:
    # CI runs the PostgreSQL pass against a real Redis; each test starts with an empty cache.
    CACHES["default"]["KEY_PREFIX"] = "tma-test"
    # Parallel workers (pytest-xdist: gw0, gw1, …) each get a Redis database of their own,
    # because emptying the cache empties a whole database.
    worker = env.get("PYTEST_XDIST_WORKER", "")
    if worker.startswith("gw"):
        redis_url = urlsplit(env["REDIS_URL"])
        database = int(redis_url.path.strip("/") or 0)
        database = (database - int(worker[2:])) % 16
        CACHES["default"]["LOCATION"] = urlunsplit(
            redis_url._replace(path=f"/{database}")
        )
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="tma-test-media-")
STORAGES["quarantine"] = {
    "BACKEND": "gallery.quarantine.QuarantineStorage",
    "OPTIONS": {"location": tempfile.mkdtemp(prefix="tma-test-quarantine-")},
}
OPEN_CALL_MIN_SECONDS = 0
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = "http://testserver"
FRONTEND_BASE_URL = ""
QR_BASE_URL = "http://testserver"
QR_SCAN_FLUSH_SECONDS = 0  # each scan is in the database at once
FRONTEND_URL_TEMPLATES: dict[str, dict[str, str]] = {}
WHITENOISE_AUTOREFRESH = True
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"level": "WARNING"},
}
