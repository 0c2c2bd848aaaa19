"""Settings shared by every environment.

Safe by default: DEBUG off, HTTPS enforced, every secret from the environment. ``dev`` and ``test``
relax what they must; ``production`` adds the refusal to start without real configuration.
All configuration is read from environment variables here (12-factor), nowhere else.
"""

import json
import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
env = os.environ


def env_bool(name: str, default: bool) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" are true)."""
    if name not in env:
        return default
    return env[name].strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list without blanks."""
    return [item.strip() for item in env.get(name, default).split(",") if item.strip()]


# --- Core -------------------------------------------------------------------------------------

DEBUG = False
SECRET_KEY = env.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms.users",
    "cms",
    "gallery",
    "api",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "api.middleware.APIVersionMiddleware",
    "cms.middleware.PageLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Admin routes of third-party apps, held to the explorer's rules (needs user and messages).
    "cms.admin_access.AdminAccessMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"
AUTH_USER_MODEL = "users.User"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------------

DATABASES = {
    "default": dj_database_url.parse(
        env.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

# --- Cache ------------------------------------------------------------------------------------

if "REDIS_URL" in env:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": env["REDIS_URL"],
            "KEY_PREFIX": "tma",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    # A Redis outage must degrade to "no cache", never to a 500 for a passer-by.
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Background tasks -------------------------------------------------------------------------

TASKS = {
    "default": {
        "BACKEND": env.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# --- Passwords and sessions -------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Security (relaxed in dev and test) -------------------------------------------------------

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(env.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "SAMEORIGIN"

# --- Languages --------------------------------------------------------------------------------

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# --- Static and media files -------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = env.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

if "AWS_STORAGE_BUCKET_NAME" in env:
    # Media on an S3-compatible bucket (MinIO in docker-compose). Files are private; Django hands
    # out signed URLs, and an existing name is never overwritten.
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": env.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": env.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = "private"

# Open-call images wait here until a person accepts them: a storage without a URL (see
# gallery.quarantine); on S3, a private prefix (or bucket) that nothing public points at.
QUARANTINE_ROOT = Path(env.get("QUARANTINE_ROOT", BASE_DIR / "quarantine"))
STORAGES["quarantine"] = {
    "BACKEND": "gallery.quarantine.QuarantineStorage",
    "OPTIONS": {"location": QUARANTINE_ROOT},
}
if "AWS_STORAGE_BUCKET_NAME" in env:
    STORAGES["quarantine"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **STORAGES["default"]["OPTIONS"],
            "bucket_name": env.get(
                "QUARANTINE_BUCKET_NAME", env["AWS_STORAGE_BUCKET_NAME"]
            ),
            "location": "quarantine",
            "custom_domain": None,
        },
    }

# The Wagtail admin posts thousands of fields for a long StreamField page.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# No form of ours uploads more than a handful of files at once (the admin uploads one per request).
DATA_UPLOAD_MAX_NUMBER_FILES = 10

# --- Wagtail ----------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "The Media Ahead"
WAGTAILADMIN_BASE_URL = env.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILIMAGES_IMAGE_MODEL = "cms.CustomImage"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "csv", "docx", "odt", "xlsx"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cms.search"}}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_WORKFLOW_ENABLED = True
# A page submitted for translation starts as a draft in the new language. wagtail-localize's default
# publishes it at once, still in Dutch, at an English URL: a visitor would see untranslated text.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILAPI_BASE_URL = env.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 100

# The external frontend that renders pages for the public. Links the API hands out point there when
# set; otherwise at the built-in rendering of this CMS.
FRONTEND_BASE_URL = env.get("FRONTEND_BASE_URL", "").rstrip("/")

# --- Urban Gallery ----------------------------------------------------------------------------

# Spots must lie in the municipality of Hilversum (WGS84: west, south, east, north) unless a curator
# marks one as outside on purpose.
GALLERY_BOUNDING_BOX = (5.09, 52.17, 5.24, 52.265)
# The licence of the gallery's metadata in the API (each image states its own).
GALLERY_DATA_LICENSE_URL = env.get(
    "GALLERY_DATA_LICENSE_URL", "https://creativecommons.org/licenses/by/4.0/"
)
GALLERY_DATA_LICENSE_TEXT = env.get(
    "GALLERY_DATA_LICENSE_TEXT",
    "Gallery data by The Media Ahead (Hilversum Mediastad), CC BY 4.0. Images carry their own "
    "credit and licence.",
)

# QR codes at the exhibits encode ``<QR_BASE_URL>/Q/<CODE>`` in upper case (alphanumeric mode keeps
# the symbol small). Scheme and host only: this CMS must answer ``/q/`` there.
QR_BASE_URL = env.get("QR_BASE_URL", WAGTAILADMIN_BASE_URL).rstrip("/")
# Where a scanned code lands when the external frontend has its own routes, per object type and
# language, e.g. {"artwork": {"nl": "https://www.example.nl/kunst/{slug}"}}. Types: "artwork"
# ({id}, {slug}), "spot" ({slug}) and "gallery" (a code whose work has moved on); every template
# may also use {locale}, {translation_key} and {code}. Missing ones fall back to the page's URL.
FRONTEND_URL_TEMPLATES: dict[str, dict[str, str]] = json.loads(
    env.get("FRONTEND_URL_TEMPLATES", "{}")
)
# ``?size_mm=`` of the printable PNG and PDF of a code: small enough to scan from a step away,
# large enough for a poster.
QR_PRINT_SIZE_MM = (15, 200)
QR_PRINT_DPI = 300
# Scans are counted in memory and written at most this often per process (0: at every scan), so
# that a landing never waits for a database commit. Where a scanned code leads is cached until
# the next publish, the next day or this many seconds, whichever comes first.
QR_SCAN_FLUSH_SECONDS = int(env.get("QR_SCAN_FLUSH_SECONDS", "10"))
QR_LANDING_CACHE_SECONDS = int(env.get("QR_LANDING_CACHE_SECONDS", "300"))

# --- Open call (gallery.submissions) ------------------------------------------------------------

OPEN_CALL_MAX_IMAGES = 5
OPEN_CALL_MAX_IMAGE_BYTES = int(env.get("OPEN_CALL_MAX_IMAGE_BYTES", 15 * 1024 * 1024))
# Decoded size: a 40-megapixel RGBA image is 160 MB in memory. A larger one is refused from its
# header, before its pixels are decoded (a decompression bomb is small on disk).
OPEN_CALL_MAX_IMAGE_PIXELS = int(env.get("OPEN_CALL_MAX_IMAGE_PIXELS", 40_000_000))
# The whole request: every image at its limit plus the text fields.
OPEN_CALL_MAX_REQUEST_BYTES = (
    OPEN_CALL_MAX_IMAGES * OPEN_CALL_MAX_IMAGE_BYTES + 1024 * 1024
)
# Multipart parts (fields and files together): the form has about 25.
OPEN_CALL_MAX_PARTS = 40
# Submissions per client IP and per e-mail address in OPEN_CALL_RATE_WINDOW seconds, counted in
# the cache (shared by every worker); failed attempts per IP have a looser limit of their own.
OPEN_CALL_RATE_LIMIT = int(env.get("OPEN_CALL_RATE_LIMIT", "5"))
OPEN_CALL_ATTEMPT_LIMIT = int(env.get("OPEN_CALL_ATTEMPT_LIMIT", "30"))
OPEN_CALL_RATE_WINDOW = 3600
# Behind a proxy, how many of them add to X-Forwarded-For (as DRF's NUM_PROXIES); 0: REMOTE_ADDR.
OPEN_CALL_NUM_PROXIES = int(env.get("OPEN_CALL_NUM_PROXIES", "0"))
# The form: a person takes longer than this to fill it in; a signed form start older than a day
# is sent back with the entries kept.
OPEN_CALL_MIN_SECONDS = int(env.get("OPEN_CALL_MIN_SECONDS", "3"))
OPEN_CALL_FORM_MAX_AGE = 24 * 3600
# Declined and withdrawn submissions and their files are purged after this many days.
OPEN_CALL_PURGE_DAYS = int(env.get("OPEN_CALL_PURGE_DAYS", "90"))
# Accepted images enter the library "in copyright" (the artist keeps it; we have their licence).
OPEN_CALL_IMAGE_LICENSE_URL = env.get(
    "OPEN_CALL_IMAGE_LICENSE_URL", "http://rightsstatements.org/vocab/InC/1.0/"
)

# --- API --------------------------------------------------------------------------------------

# These defaults also serve DRF views inside the admin (wagtail-localize's translation editor),
# which need the admin session and form posts. Our public API sets its own on its views
# (``api.public.PublicAPIMixin``): anonymous, JSON only, so no password oracle and no Vary: Cookie.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication"
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "EXCEPTION_HANDLER": "api.errors.problem_exception_handler",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "The Media Ahead API",
    "DESCRIPTION": (
        "Content API of The Media Ahead (Hilversum Mediastad): brand pages in Dutch and "
        "English and the Urban Gallery, read-only; its one write is the open call's "
        "submission. Errors are RFC 9457 problem details."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    # Request bodies get their own components: an upload is a binary string there.
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "PREPROCESSING_HOOKS": ["api.schema.keep_documented_endpoints"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.describe_wagtail_endpoints",
        "api.schema_answers.document_problems",
        "api.schema_answers.document_field_selection",
    ],
}

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
# POST only for the open call (every other endpoint answers a write with 405).
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]
CORS_ALLOW_CREDENTIALS = False
# Browsers let a script read only the headers listed here (api.middleware sets API-Version).
CORS_EXPOSE_HEADERS = ["API-Version"]

CACHE_CONTROL_MAX_AGE = int(env.get("CACHE_CONTROL_MAX_AGE", "60"))
CACHE_CONTROL_S_MAXAGE = int(env.get("CACHE_CONTROL_S_MAXAGE", "300"))
CACHE_CONTROL_STALE_WHILE_REVALIDATE = int(
    env.get("CACHE_CONTROL_STALE_WHILE_REVALIDATE", "600")
)

# --- E-mail -----------------------------------------------------------------------------------

EMAIL_BACKEND = env.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = env.get(
    "DEFAULT_FROM_EMAIL", "The Media Ahead <noreply@themediaahead.nl>"
)
if "EMAIL_HOST" in env:
    EMAIL_HOST = env["EMAIL_HOST"]
    EMAIL_PORT = int(env.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = env.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

# --- Logging ----------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
