"""The OpenAPI document as a client meets it: where it is served, who may read it, the version
header it announces, and examples that work. Each test walks the served document, so an
operation added later is covered by it."""

import re

import pytest

pytestmark = pytest.mark.django_db

FOREIGN_ORIGIN = "https://elsewhere.example"


@pytest.fixture
def document(client) -> dict:
    return client.get("/api/openapi.json").json()


def _operations(document: dict, method: str = "get") -> list[tuple[str, dict]]:
    return [
        (path, item[method])
        for path, item in document["paths"].items()
        if method in item
    ]


def test_the_document_is_served_as_json_at_openapi_json(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.oai.openapi+json")
    assert (
        response.json()
        == client.get(
            "/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json"
        ).json()
    )


@pytest.mark.parametrize("path", ["/api/openapi.json", "/api/schema/"])
def test_any_origin_may_read_the_document(client, path):
    response = client.get(path, HTTP_ORIGIN=FOREIGN_ORIGIN)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"


def test_the_rest_of_the_api_keeps_its_own_origins(client):
    response = client.get("/api/gallery/artworks/", HTTP_ORIGIN=FOREIGN_ORIGIN)
    assert "Access-Control-Allow-Origin" not in response


def test_every_api_answer_carries_the_documents_version(client, document, exhibit):
    version = document["info"]["version"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), "info.version must be semver"
    urls = [
        re.sub(r"\{[^}]+\}", "0", path) for path, _operation in _operations(document)
    ]
    urls += ["/api/openapi.json", "/api/no-such-endpoint/"]
    for url in urls:
        response = client.get(url, HTTP_ORIGIN=FOREIGN_ORIGIN)
        assert response["API-Version"] == version, url


def test_an_allowed_origin_may_read_the_version_header(client, settings, home):
    settings.CORS_ALLOWED_ORIGINS = [FOREIGN_ORIGIN]
    response = client.get("/api/gallery/artworks/", HTTP_ORIGIN=FOREIGN_ORIGIN)
    assert response["Access-Control-Allow-Origin"] == FOREIGN_ORIGIN
    assert "API-Version" in response["Access-Control-Expose-Headers"]


def test_the_version_header_stays_off_the_pages(client, home):
    assert "API-Version" not in client.get("/nl/")


def _example(operation: dict, name: str) -> str | None:
    for parameter in operation.get("parameters", []):
        if parameter["name"] == name:
            return parameter.get("example")
    return None


def _items(body: dict) -> list[dict]:
    return body.get("results", body.get("items", []))


def test_every_fields_example_is_accepted_by_its_own_endpoint(
    client, document, exhibit
):
    """A client that copies the documented ``fields`` example gets a 200, in a list and in a
    detail view; the ids for the detail come from the list beside it."""
    with_fields = {
        path: _example(operation, "fields")
        for path, operation in _operations(document)
        if _example(operation, "fields") is not None
    }
    assert with_fields
    for path, example in with_fields.items():
        if "{id}" in path:
            listing = client.get(path.replace("{id}/", ""), {"fields": "id"}).json()
            assert _items(listing), f"no object to ask {path} about"
            url = path.replace("{id}", str(_items(listing)[0]["id"]))
        else:
            url = path
        response = client.get(url, {"fields": example})
        assert response.status_code == 200, (url, example, response.content[:300])


def test_errors_are_documented_as_problem_details_on_every_operation(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            for code, response in operation["responses"].items():
                if code.startswith("4"):
                    assert list(response["content"]) == ["application/problem+json"], (
                        method,
                        path,
                        code,
                    )
            parameters = {p["in"] for p in operation.get("parameters", [])}
            if parameters & {"query"} or "requestBody" in operation:
                assert "400" in operation["responses"], (method, path)
            if "path" in parameters:
                assert "404" in operation["responses"], (method, path)
