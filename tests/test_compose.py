"""docker-compose.yml and the Dockerfile wire the services together the way the settings expect.

Read as text and YAML only: no Docker needed. Compose's ``${VAR}``, ``${VAR:-default}`` and
``${VAR:?message}`` interpolation is resolved here against the minimal ``.env`` the compose file
asks for, so that URLs can be parsed.
"""

import json
import re
import shlex
from pathlib import Path
from urllib.parse import urlsplit

from django.core.management import get_commands

import dj_database_url
import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
SETTINGS_DIR = REPO_ROOT / "cms" / "settings"
COMPOSE_FILE = REPO_ROOT / "docker-compose.yml"
DOCKERFILE = REPO_ROOT / "Dockerfile"

APP_SERVICES = ("migrate", "web", "worker")

# The .env the header of docker-compose.yml asks for: only the secrets without a default.
DOTENV = {
    "SECRET_KEY": "placeholder-secret-key",
    "POSTGRES_PASSWORD": "placeholder-postgres-password",
    "MINIO_ROOT_PASSWORD": "placeholder-minio-password",
}

# Read from the environment by libraries rather than by cms/settings.
VARIABLES_READ_BY_LIBRARIES = {
    "AWS_ACCESS_KEY_ID": "boto3",
    "AWS_SECRET_ACCESS_KEY": "boto3",
    "DJANGO_SETTINGS_MODULE": "Django",
}

# What cms.settings.production.check_production_environment refuses to start without.
REQUIRED_IN_PRODUCTION = {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}

INTERPOLATION = re.compile(
    r"\$(?:(?P<escaped>\$)"
    r"|\{(?P<braced>[A-Za-z_]\w*)(?:(?P<operator>:?[-?])(?P<argument>[^}]*))?\}"
    r"|(?P<named>[A-Za-z_]\w*))"
)


class MissingVariableError(Exception):
    pass


def interpolate(value: str, dotenv: dict[str, str]) -> str:
    """Resolve compose interpolation the way ``docker compose`` does for flat expressions."""

    def replace(match: re.Match) -> str:
        if match["escaped"]:
            return "$"
        name = match["braced"] or match["named"]
        operator = match["operator"] or ""
        current = dotenv.get(name)
        unset = current is None or (operator.startswith(":") and current == "")
        if operator.endswith("-"):
            return match["argument"] if unset else current
        if operator.endswith("?"):
            if unset:
                raise MissingVariableError(name)
            return current
        return current or ""

    return INTERPOLATION.sub(replace, value)


def variables_in(value: str) -> set[str]:
    """Names interpolated into a raw compose value (``$$`` escapes excluded)."""
    return {
        match["braced"] or match["named"]
        for match in INTERPOLATION.finditer(value)
        if not match["escaped"]
    }


def command_line(value: str | list[str]) -> str:
    return value if isinstance(value, str) else " ".join(value)


@pytest.fixture(scope="module")
def services() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())["services"]


@pytest.fixture(scope="module")
def app_environment(services) -> dict[str, str]:
    """The raw (uninterpolated) environment of the web service."""
    return {name: str(value) for name, value in services["web"]["environment"].items()}


@pytest.fixture(scope="module")
def resolved(app_environment) -> dict[str, str]:
    return {name: interpolate(value, DOTENV) for name, value in app_environment.items()}


@pytest.fixture(scope="module")
def variables_read_by_settings() -> set[str]:
    quoted = r"""["'](\w+)["']"""
    patterns = [
        rf"\b(?:env|environ)\.get\(\s*{quoted}",
        rf"\b(?:env|environ)\[\s*{quoted}\s*\]",
        rf"{quoted}\s+in\s+(?:env|environ)\b",
        rf"\benv_(?:bool|list)\(\s*{quoted}",
    ]
    names = set()
    for path in SETTINGS_DIR.glob("*.py"):
        source = path.read_text()
        for pattern in patterns:
            names.update(re.findall(pattern, source))
    return names


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    instructions = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, argument = line.partition(" ")
            instructions.append((keyword.upper(), argument.strip()))
    return instructions


# --- Services --------------------------------------------------------------------------------


def test_compose_defines_the_whole_stack(services):
    assert {"migrate", "web", "worker", "db", "redis", "minio", "createbuckets"} <= set(
        services
    )


def test_app_services_share_one_build_and_one_environment(services):
    builds = {str(services[name]["build"]) for name in APP_SERVICES}
    assert len(builds) == 1
    # All refer to the same ``&app-environment`` anchor: YAML hands back one object.
    assert (
        services["web"]["environment"]
        is services["worker"]["environment"]
        is services["migrate"]["environment"]
    )
    raw = COMPOSE_FILE.read_text()
    assert raw.count("environment: *app-environment") == len(APP_SERVICES)


def test_migrations_run_once_before_web_and_worker_start(services):
    assert (
        command_line(services["migrate"]["command"])
        == "python manage.py migrate --noinput"
    )
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    for name in ("web", "worker"):
        assert (
            services[name]["depends_on"]["migrate"]["condition"]
            == "service_completed_successfully"
        )
        assert services[name]["restart"] == "unless-stopped"


def test_web_serves_cms_wsgi_with_gunicorn(services):
    command = command_line(services["web"]["command"])
    assert command.startswith("gunicorn cms.wsgi:application --bind 0.0.0.0:8000")
    assert "8000:8000" in services["web"]["ports"]


def test_worker_runs_the_database_task_worker(services, resolved):
    command = command_line(services["worker"]["command"])
    assert re.search(r"\bmanage\.py db_worker\b", command)
    assert get_commands()["db_worker"] == "django_tasks_db"
    # The worker only has work if the app enqueues into the database backend (the default).
    assert resolved.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend") == (
        "django_tasks_db.DatabaseBackend"
    )


def test_app_services_run_the_production_settings(services):
    for name in APP_SERVICES:
        assert (
            services[name]["environment"]["DJANGO_SETTINGS_MODULE"]
            == "cms.settings.production"
        )


# --- Connections between services ------------------------------------------------------------


def test_database_url_points_at_the_db_service(services, app_environment, resolved):
    db = services["db"]["environment"]
    url = urlsplit(resolved["DATABASE_URL"])
    assert url.scheme in {"postgres", "postgresql"}
    assert url.hostname == "db"
    assert url.port == 5432
    assert url.path.lstrip("/") == db["POSTGRES_DB"]
    assert url.username == db["POSTGRES_USER"]
    assert variables_in(app_environment["DATABASE_URL"]) == variables_in(
        db["POSTGRES_PASSWORD"]
    )
    assert url.password == interpolate(db["POSTGRES_PASSWORD"], DOTENV)
    parsed = dj_database_url.parse(resolved["DATABASE_URL"])
    assert parsed["ENGINE"] == "django.db.backends.postgresql"
    assert (parsed["HOST"], parsed["NAME"]) == ("db", db["POSTGRES_DB"])


def test_database_healthcheck_checks_the_application_user(services):
    test = command_line(services["db"]["healthcheck"]["test"])
    assert "pg_isready" in test
    assert services["db"]["environment"]["POSTGRES_USER"] in test


def test_redis_url_points_at_the_redis_service(services, resolved):
    assert "redis" in services
    url = urlsplit(resolved["REDIS_URL"])
    assert url.scheme == "redis"
    assert url.hostname == "redis"
    assert url.port in {None, 6379}


def test_media_storage_points_at_minio(services, resolved):
    assert "minio" in services
    endpoint = urlsplit(resolved["AWS_S3_ENDPOINT_URL"])
    assert endpoint.hostname == "minio"
    assert endpoint.port == 9000
    minio_command = command_line(services["minio"]["command"])
    assert "--address" not in minio_command or "--address :9000" in minio_command


def test_media_and_quarantine_buckets_are_created_private(services, resolved):
    entrypoint = command_line(services["createbuckets"]["entrypoint"])
    alias = re.search(r"\bmc alias set (\S+) (\S+)", entrypoint)
    assert alias, entrypoint
    alias_name, alias_url = alias.groups()
    assert alias_url.rstrip("/") == resolved["AWS_S3_ENDPOINT_URL"].rstrip("/")
    created = re.findall(
        rf"\bmc mb\b[^;&|]*?\b{re.escape(alias_name)}/([\w.-]+)", entrypoint
    )
    buckets = [resolved["AWS_STORAGE_BUCKET_NAME"], resolved["QUARANTINE_BUCKET_NAME"]]
    assert created == buckets
    private = re.findall(
        rf"\bmc anonymous set none {re.escape(alias_name)}/([\w.-]+)", entrypoint
    )
    assert private == buckets


def test_media_credentials_are_the_minio_credentials(services, resolved):
    for minio_service in ("minio", "createbuckets"):
        minio = {
            name: interpolate(str(value), DOTENV)
            for name, value in services[minio_service]["environment"].items()
        }
        assert resolved["AWS_ACCESS_KEY_ID"] == minio["MINIO_ROOT_USER"]
        assert resolved["AWS_SECRET_ACCESS_KEY"] == minio["MINIO_ROOT_PASSWORD"]


# --- Environment against settings ------------------------------------------------------------


def test_settings_scan_finds_the_variables_the_settings_read(
    variables_read_by_settings,
):
    assert {
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "DATABASE_URL",
        "REDIS_URL",
        "AWS_STORAGE_BUCKET_NAME",
        "SECURE_SSL_REDIRECT",
        "CORS_ALLOWED_ORIGINS",
    } <= variables_read_by_settings


def test_every_app_variable_is_read_by_the_settings_or_a_library(
    services, variables_read_by_settings
):
    known = variables_read_by_settings | set(VARIABLES_READ_BY_LIBRARIES)
    for name in APP_SERVICES:
        unknown = set(services[name]["environment"]) - known
        assert not unknown, f"{name} sets variables nothing reads: {sorted(unknown)}"


def test_production_check_reads_exactly_the_required_variables():
    source = (SETTINGS_DIR / "production.py").read_text()
    assert (
        set(re.findall(r"""\benviron\.get\(\s*["'](\w+)["']""", source))
        == REQUIRED_IN_PRODUCTION
    )


def test_app_services_set_what_production_refuses_to_start_without(services):
    for name in APP_SERVICES:
        environment = {
            key: interpolate(str(value), DOTENV)
            for key, value in services[name]["environment"].items()
        }
        for variable in REQUIRED_IN_PRODUCTION:
            assert environment.get(variable, "").strip(), f"{name} lacks {variable}"
        assert "*" not in environment["ALLOWED_HOSTS"]


def test_compose_refuses_to_start_without_its_secrets(app_environment, services):
    missing = set()
    raw_values = list(app_environment.values())
    for service in services.values():
        raw_values += [
            str(value) for value in (service.get("environment") or {}).values()
        ]
    for value in raw_values:
        try:
            interpolate(value, {})
        except MissingVariableError as error:
            missing.add(error.args[0])
    assert missing == set(DOTENV)
    # No default secret key is baked into the stack.
    assert re.fullmatch(r"\$\{SECRET_KEY:\?[^}]+\}", app_environment["SECRET_KEY"])


def test_compose_interpolation_helper_follows_compose_rules():
    assert interpolate("${A:-fallback}", {}) == "fallback"
    assert interpolate("${A:-fallback}", {"A": ""}) == "fallback"
    assert interpolate("${A-fallback}", {"A": ""}) == ""
    assert interpolate("x${A:?needed}y", {"A": "1"}) == "x1y"
    assert interpolate("$${NOT_INTERPOLATED} $A", {"A": "1"}) == "${NOT_INTERPOLATED} 1"
    assert variables_in("$${NOT_INTERPOLATED} ${A:?x} $B") == {"A", "B"}
    with pytest.raises(MissingVariableError):
        interpolate("${A:?needed}", {"A": ""})


# --- Dockerfile ------------------------------------------------------------------------------


def test_docker_image_serves_cms_wsgi_with_gunicorn():
    commands = [
        argument for keyword, argument in dockerfile_instructions() if keyword == "CMD"
    ]
    assert commands, "the Dockerfile has no CMD"
    cmd = commands[-1]
    arguments = json.loads(cmd) if cmd.startswith("[") else shlex.split(cmd)
    assert re.search(r"\bgunicorn cms\.wsgi:application\b", " ".join(arguments))


def test_docker_image_defaults_to_the_production_settings():
    environment = {}
    for keyword, argument in dockerfile_instructions():
        if keyword == "ENV":
            for assignment in shlex.split(argument):
                name, _, value = assignment.partition("=")
                environment[name] = value
    assert environment["DJANGO_SETTINGS_MODULE"] == "cms.settings.production"
