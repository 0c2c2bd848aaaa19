"""Production: everything from the environment, and a refusal to start on an unsafe configuration.

Several app servers may run behind a load balancer, so nothing is kept on local disk: the database
is PostgreSQL, the cache Redis and media an S3-compatible bucket.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

INSECURE_KEY_MARKERS = ("insecure", "dev-only", "change-me", "changeme", "test-only")


def check_production_environment(environ: dict[str, str]) -> None:
    """Raise ImproperlyConfigured, naming every missing or unsafe variable, before Django starts."""
    problems = []
    secret_key = environ.get("SECRET_KEY", "")
    if len(secret_key) < 50 or len(set(secret_key)) < 5:
        problems.append(
            "SECRET_KEY must be set to a random value of at least 50 characters"
        )
    elif any(marker in secret_key.lower() for marker in INSECURE_KEY_MARKERS):
        problems.append("SECRET_KEY looks like a development placeholder")
    if not [
        host for host in environ.get("ALLOWED_HOSTS", "").split(",") if host.strip()
    ]:
        problems.append("ALLOWED_HOSTS must list the public host names")
    elif "*" in environ.get("ALLOWED_HOSTS", ""):
        problems.append("ALLOWED_HOSTS must not contain '*'")
    if not environ.get("DATABASE_URL"):
        problems.append("DATABASE_URL must point at the production database")
    if problems:
        raise ImproperlyConfigured(
            "Refusing to start in production: " + "; ".join(problems) + "."
        )


check_production_environment(env)

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

SILENCED_SYSTEM_CHECKS = [
    # Wagtail's live preview shows the page in a same-origin iframe, so SAMEORIGIN, not DENY.
    "security.W019",
    # HSTS preloading binds the whole domain for months; the owner opts in with SECURE_HSTS_PRELOAD.
    "security.W021",
]
