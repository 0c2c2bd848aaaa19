"""The committed OpenAPI document is the one the code generates, and it is valid OpenAPI 3."""

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.utils import translation

import pytest
import yaml

SNAPSHOT = Path(__file__).resolve().parents[2] / "api" / "openapi.yaml"


@pytest.mark.django_db
def test_committed_schema_matches_the_code(tmp_path):
    generated = tmp_path / "openapi.yaml"
    # As `make schema` runs: in the default language. An earlier test's request may have left
    # another one active in this thread, and filter labels are translated.
    with translation.override(settings.LANGUAGE_CODE):
        call_command(
            "spectacular", "--validate", "--fail-on-warn", "--file", str(generated)
        )
    assert yaml.safe_load(generated.read_text()) == yaml.safe_load(
        SNAPSHOT.read_text()
    ), "api/openapi.yaml is out of date: run `make schema` and commit it"


def test_schema_documents_the_pages_endpoints_with_their_parameters():
    document = yaml.safe_load(SNAPSHOT.read_text())
    listing = document["paths"]["/api/v2/pages/"]["get"]
    parameters = {parameter["name"] for parameter in listing["parameters"]}
    assert {
        "locale",
        "translation_of",
        "type",
        "fields",
        "search",
        "order",
        "upcoming",
        "past",
        "limit",
        "offset",
    } <= parameters
    assert "400" in listing["responses"]
    assert (
        document["paths"]["/api/v2/pages/find/"]["get"]["parameters"][0]["name"]
        == "html_path"
    )
    assert "/api/navigation/" in document["paths"]
    assert not [path for path in document["paths"] if path.startswith("/admin/")]
