"""Production refuses to start on an unsafe environment, and passes Django's deployment check.

``cms.settings.production`` checks ``os.environ`` when it is imported, so importing it in the test
process would fail (or, worse, silently pass on whatever the developer's shell happens to hold). The
function is therefore tested on a copy of the module loaded under a secure environment, and the
real start-up paths (``django.setup()``, ``manage.py check --deploy``) run in subprocesses with an
environment chosen by the test. Nothing here needs a database.
"""

import importlib.util
import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SETTINGS_DIR = REPO_ROOT / "cms" / "settings"

# The throwaway key of ``cms.settings.dev``.
DEVELOPMENT_SECRET_KEY = "dev-only-insecure-key-never-used-in-production"

# Variables the settings read that would change the outcome of a subprocess if inherited from the
# shell running the tests.
INHERITED_VARIABLES_TO_DROP = (
    "DJANGO_SETTINGS_MODULE",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "EMAIL_HOST",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_PRELOAD",
)


def random_secret_key() -> str:
    return secrets.token_urlsafe(48)  # 64 characters


def secure_environment(
    database_url: str = "postgres://cms@db:5432/cms",
) -> dict[str, str]:
    return {
        "SECRET_KEY": random_secret_key(),
        "ALLOWED_HOSTS": "cms.example.org",
        "DATABASE_URL": database_url,
    }


@pytest.fixture(scope="module")
def check_production_environment():
    """``check_production_environment`` from a private copy of the production settings module.

    The copy is executed under a secure environment (its module-level check must pass) and is not
    registered in ``sys.modules``, so no other test sees production settings.
    """
    spec = importlib.util.spec_from_file_location(
        "cms.settings._production_under_test", SETTINGS_DIR / "production.py"
    )
    module = importlib.util.module_from_spec(spec)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in secure_environment().items():
            patch.setenv(name, value)
        spec.loader.exec_module(module)
    return module.check_production_environment


def refusal(check, environ) -> str:
    with pytest.raises(
        ImproperlyConfigured, match="^Refusing to start in production"
    ) as error:
        check(environ)
    return str(error.value)


# --- check_production_environment -----------------------------------------------------------


def test_production_accepts_a_complete_secure_environment(check_production_environment):
    assert check_production_environment(secure_environment()) is None


def test_production_accepts_several_allowed_hosts(check_production_environment):
    environ = secure_environment() | {"ALLOWED_HOSTS": "cms.example.org, .example.org"}
    assert check_production_environment(environ) is None


def test_production_refuses_a_missing_secret_key(check_production_environment):
    environ = secure_environment()
    del environ["SECRET_KEY"]
    message = refusal(check_production_environment, environ)
    assert (
        "SECRET_KEY must be set to a random value of at least 50 characters" in message
    )


def test_production_refuses_an_empty_secret_key(check_production_environment):
    message = refusal(
        check_production_environment, secure_environment() | {"SECRET_KEY": ""}
    )
    assert "SECRET_KEY must be set" in message


def test_production_refuses_a_short_secret_key(check_production_environment):
    short_key = secrets.token_urlsafe(30)[:49]
    message = refusal(
        check_production_environment, secure_environment() | {"SECRET_KEY": short_key}
    )
    assert (
        "SECRET_KEY must be set to a random value of at least 50 characters" in message
    )
    assert short_key not in message


def test_production_refuses_a_long_but_repetitive_secret_key(
    check_production_environment,
):
    message = refusal(
        check_production_environment, secure_environment() | {"SECRET_KEY": "ab" * 40}
    )
    assert "SECRET_KEY must be set to a random value" in message


def test_production_refuses_the_development_secret_key(check_production_environment):
    assert DEVELOPMENT_SECRET_KEY in (SETTINGS_DIR / "dev.py").read_text()
    environ = secure_environment() | {"SECRET_KEY": DEVELOPMENT_SECRET_KEY}
    message = refusal(check_production_environment, environ)
    assert "SECRET_KEY" in message
    assert DEVELOPMENT_SECRET_KEY not in message


# Fixed, so that parallel test workers collect the same test ids.
RANDOM_TAIL = "Yp3c2VHk8Q0wR7fJmN4sT1uXz6bL9dAeG5hKq_oWiCv-rS2tUy8nMj3PlO0xZa7Bf"


@pytest.mark.parametrize(
    "placeholder",
    [
        "django-insecure-" + "k3y" * 20,  # what ``django-admin startproject`` generates
        "dev-only-" + RANDOM_TAIL,
        "please-CHANGE-ME-" + RANDOM_TAIL,
        "changeme" + RANDOM_TAIL,
        "test-only-" + RANDOM_TAIL,
    ],
)
def test_production_refuses_a_long_development_placeholder_key(
    check_production_environment, placeholder
):
    message = refusal(
        check_production_environment, secure_environment() | {"SECRET_KEY": placeholder}
    )
    assert "SECRET_KEY looks like a development placeholder" in message
    assert placeholder not in message


@pytest.mark.parametrize("allowed_hosts", [None, "", " ", " , ,"])
def test_production_refuses_missing_allowed_hosts(
    check_production_environment, allowed_hosts
):
    environ = secure_environment()
    if allowed_hosts is None:
        del environ["ALLOWED_HOSTS"]
    else:
        environ["ALLOWED_HOSTS"] = allowed_hosts
    message = refusal(check_production_environment, environ)
    assert "ALLOWED_HOSTS must list the public host names" in message


@pytest.mark.parametrize("allowed_hosts", ["*", "cms.example.org,*", " * "])
def test_production_refuses_a_wildcard_allowed_host(
    check_production_environment, allowed_hosts
):
    environ = secure_environment() | {"ALLOWED_HOSTS": allowed_hosts}
    message = refusal(check_production_environment, environ)
    assert "ALLOWED_HOSTS must not contain '*'" in message


@pytest.mark.parametrize("database_url", [None, ""])
def test_production_refuses_a_missing_database_url(
    check_production_environment, database_url
):
    environ = secure_environment()
    if database_url is None:
        del environ["DATABASE_URL"]
    else:
        environ["DATABASE_URL"] = database_url
    message = refusal(check_production_environment, environ)
    assert "DATABASE_URL must point at the production database" in message


def test_production_names_every_problem_at_once(check_production_environment):
    message = refusal(check_production_environment, {})
    assert "SECRET_KEY" in message
    assert "ALLOWED_HOSTS" in message
    assert "DATABASE_URL" in message


# --- Start-up in a real process --------------------------------------------------------------


def run_with_production_settings(args, **overrides) -> subprocess.CompletedProcess:
    environ = {
        name: value
        for name, value in os.environ.items()
        if name not in INHERITED_VARIABLES_TO_DROP
    }
    environ |= {"DJANGO_SETTINGS_MODULE": "cms.settings.production"} | overrides
    return subprocess.run(  # noqa: S603
        [sys.executable, *args],
        cwd=REPO_ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_django_refuses_to_start_in_production_without_configuration():
    result = run_with_production_settings(["-c", "import django; django.setup()"])
    assert result.returncode != 0
    assert (
        "django.core.exceptions.ImproperlyConfigured: Refusing to start in production"
        in result.stderr
    )
    for name in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"):
        assert name in result.stderr


def test_django_refuses_to_start_in_production_with_the_development_key(tmp_path):
    environ = secure_environment(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    environ["SECRET_KEY"] = DEVELOPMENT_SECRET_KEY
    result = run_with_production_settings(
        ["-c", "import django; django.setup()"], **environ
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_django_starts_in_production_with_a_secure_environment(tmp_path):
    environ = secure_environment(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    result = run_with_production_settings(
        [
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DEBUG, settings.ALLOWED_HOSTS, settings.SECURE_SSL_REDIRECT)",
        ],
        **environ,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False ['cms.example.org'] True"


# --- manage.py check --deploy ----------------------------------------------------------------


@pytest.fixture(scope="module")
def deploy_check(tmp_path_factory):
    """Run ``manage.py check --deploy`` under production settings and a secure environment."""
    database = tmp_path_factory.mktemp("deploy-check") / "db.sqlite3"
    assert database.is_absolute()

    def run(fail_level: str = "WARNING", **overrides) -> subprocess.CompletedProcess:
        environ = secure_environment(f"sqlite:///{database}") | overrides
        return run_with_production_settings(
            ["manage.py", "check", "--deploy", "--fail-level", fail_level], **environ
        )

    return run


@pytest.fixture(scope="module")
def secure_deploy_check(deploy_check) -> subprocess.CompletedProcess:
    return deploy_check(fail_level="ERROR")


def issue_ids(result: subprocess.CompletedProcess) -> set[str]:
    return set(re.findall(r"\(([a-z_]+\.[EW]\d{3})\)", result.stdout + result.stderr))


def test_production_passes_the_deploy_check_without_errors(secure_deploy_check):
    assert secure_deploy_check.returncode == 0, secure_deploy_check.stderr
    assert not {issue for issue in issue_ids(secure_deploy_check) if ".E" in issue}


def test_production_passes_the_deploy_check_without_warnings(deploy_check):
    result = deploy_check()
    assert result.returncode == 0, sorted(issue_ids(result))


def test_deploy_check_fails_when_the_https_redirect_is_switched_off(
    deploy_check, secure_deploy_check
):
    assert "security.W008" not in issue_ids(secure_deploy_check)
    result = deploy_check(SECURE_SSL_REDIRECT="false")
    assert result.returncode != 0
    assert "security.W008" in issue_ids(result)


def test_media_go_to_a_private_s3_bucket_that_never_overwrites_when_configured(
    tmp_path,
):
    environ = secure_environment(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    environ |= {
        "AWS_STORAGE_BUCKET_NAME": "media",
        "AWS_S3_ENDPOINT_URL": "http://minio:9000",
        "REDIS_URL": "redis://redis:6379/0",
    }
    script = (
        "import django, json; django.setup(); from django.conf import settings; "
        "from django.core.files.storage import default_storage as s; "
        "print(json.dumps([settings.STORAGES['default']['BACKEND'], s.bucket_name, s.default_acl, "
        "s.file_overwrite, s.querystring_auth, s.endpoint_url, settings.CACHES['default']['BACKEND']]))"
    )
    result = run_with_production_settings(["-c", script], **environ)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        "storages.backends.s3.S3Storage",
        "media",
        "private",
        False,
        True,
        "http://minio:9000",
        "django_redis.cache.RedisCache",
    ]


def test_media_stay_on_local_disk_without_a_bucket(tmp_path):
    environ = secure_environment(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    script = "import django; django.setup(); from django.conf import settings; print(settings.STORAGES['default']['BACKEND'])"
    result = run_with_production_settings(["-c", script], **environ)
    assert result.stdout.strip() == "django.core.files.storage.FileSystemStorage"
