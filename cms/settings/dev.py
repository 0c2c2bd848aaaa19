"""Local development: DEBUG on, plain HTTP, console e-mail, a throwaway secret."""

import contextlib

from .base import *  # noqa: F403
from .base import LOGGING, REST_FRAMEWORK, STORAGES, env, env_list

DEBUG = True
SECRET_KEY = env.get("SECRET_KEY", "dev-only-insecure-key-never-used-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_AUTOREFRESH = True
STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
REST_FRAMEWORK["DEFAULT_RENDERER_CLASSES"] = [
    "rest_framework.renderers.JSONRenderer",
    "rest_framework.renderers.BrowsableAPIRenderer",
]

with contextlib.suppress(ImportError):
    from .local import *  # noqa: F403

# Wagtail and the task runner log every page action at INFO; the admin's history keeps them anyway.
LOGGING["loggers"].update(
    {"wagtail": {"level": "WARNING"}, "django_tasks": {"level": "WARNING"}}
)
