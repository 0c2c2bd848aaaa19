import pytest
from openapi_spec_validator import validate

pytestmark = pytest.mark.django_db


def test_openapi_document_is_served(client):
    response = client.get(
        "/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json"
    )
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    assert document["info"]["title"] == "The Media Ahead API"


def test_interactive_docs_are_served_without_a_cdn(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui" in html
    assert "cdn.jsdelivr.net" not in html


def test_the_document_is_valid_openapi_3(client):
    document = client.get(
        "/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json"
    ).json()
    validate(document)


def test_every_gallery_endpoint_and_parameter_is_documented(client):
    document = client.get(
        "/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json"
    ).json()
    paths = document["paths"]
    for resource in ("artworks", "artists", "exhibitions", "spots"):
        assert f"/api/gallery/{resource}/" in paths
        assert f"/api/gallery/{resource}/{{id}}/" in paths
    artworks = {
        parameter["name"]
        for parameter in paths["/api/gallery/artworks/"]["get"]["parameters"]
    }
    assert artworks >= {
        "locale",
        "artist",
        "exhibition",
        "spot",
        "theme",
        "year",
        "q",
        "near",
        "bbox",
        "ordering",
        "page",
        "page_size",
        "fields",
    }
    exhibitions = {
        parameter["name"]
        for parameter in paths["/api/gallery/exhibitions/"]["get"]["parameters"]
    }
    assert exhibitions >= {"current", "upcoming", "past"}
    map_response = paths["/api/gallery/map/"]["get"]["responses"]["200"]["content"]
    assert "application/geo+json" in map_response
