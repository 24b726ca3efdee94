"""Bad input answers RFC 9457 problem details naming the field: never a 500, never a trace."""

from __future__ import annotations

import pytest

from tests.api.conftest import World

pytestmark = pytest.mark.asyncio(loop_scope="session")

PROBLEM = "application/problem+json"


async def post_site(world: World, content: bytes, role: str = "Admin") -> tuple[int, dict]:
    response = await world.client.post("/api/v1/sites", content=content, headers={
        **world.headers(role), "Content-Type": "application/json"})
    assert response.headers["content-type"] == PROBLEM
    return response.status_code, response.json()


@pytest.mark.parametrize(("body", "field"), [
    (b'{"name": "A", "colour": "red"}', "colour"),
    (b'{"name": 12}', "name"),
    (b'{"name": ""}', "name"),
    (b'{"name": "A", "address": {"city": 1}}', "address.city"),
    (b'{"name": "A", "address": {"planet": "Mars"}}', "address.planet"),
    (b'{"name": "A", "coordinates": [1]}', "coordinates"),
    (b'{"name": "A", "coordinates": [500, 1]}', "coordinates"),
    (b'{"name": "A", "timezone": "Mars/Olympus"}', "timezone"),
    (b'{"name": "A", "accessControl": "yes"}', "accessControl"),
    (b"[]", "body"),
])
async def test_invalid_bodies_name_the_field(world: World, body: bytes, field: str) -> None:
    status, problem = await post_site(world, body)
    assert status == 422, problem
    assert problem["type"] == "urn:evserver:problem:invalid_input"
    assert problem["title"] == "Unprocessable Entity"
    assert field in [e["field"] for e in problem["errors"]], problem


async def test_malformed_json_is_a_bad_request(world: World) -> None:
    status, problem = await post_site(world, b'{"name": ')
    assert status == 400
    assert set(problem) >= {"type", "title", "status", "detail"}


async def test_oversize_bodies_are_refused(world: World) -> None:
    big = b'{"name": "' + b"x" * (world.container.settings.rest.max_body_bytes + 10) + b'"}'
    status, problem = await post_site(world, big)
    assert status == 413
    assert problem["status"] == 413


async def test_authorization_comes_before_the_body(world: World) -> None:
    for body in (b'{"name": "A"}', b'{"nonsense": true}', b"{", b"x" * 5000):
        status, problem = await post_site(world, body, role="Basic")
        assert status == 403, problem


@pytest.mark.parametrize(("url", "field"), [
    ("/sites?limit=-1", "limit"),
    ("/sites?limit=1001", "limit"),
    ("/sites?skip=-5", "skip"),
    ("/sites?withTotal=perhaps", "withTotal"),
    ("/sites?sort=password", "sort"),
    ("/sites?sort=name,-nope", "sort"),
    ("/sessions?status=paused", "status"),
    ("/sessions?from=yesterday", "from"),
    ("/sessions?from=2026-01-01T00:00:00", "from"),
    ("/users/not-an-id", "user_id"),
    ("/sites/123", "site_id"),
    ("/charging-stations/bad%20id", "station_id"),
])
async def test_invalid_query_and_path_parameters(world: World, url: str, field: str) -> None:
    response = await world.client.get("/api/v1" + url, headers=world.headers("Admin"))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM
    assert field in [e["field"] for e in response.json()["errors"]]


async def test_unknown_routes_and_methods_are_problems_too(world: World) -> None:
    missing = await world.client.get("/api/v1/nothing-here", headers=world.headers("Admin"))
    assert missing.status_code == 404
    assert missing.headers["content-type"] == PROBLEM
    wrong = await world.client.put("/api/v1/sites", headers=world.headers("Admin"))
    assert wrong.status_code == 405
    assert wrong.json()["status"] == 405


async def test_request_ids_are_echoed_or_made(world: World) -> None:
    given = await world.client.get("/api/v1/sites", headers={
        **world.headers("Admin"), "X-Request-ID": "req-42"})
    assert given.headers["x-request-id"] == "req-42"
    made = await world.client.get("/api/v1/sites", headers={
        **world.headers("Admin"), "X-Request-ID": "bad id\twith spaces"})
    assert len(made.headers["x-request-id"]) == 32


async def test_openapi_documents_every_endpoint_and_its_errors(world: World) -> None:
    doc = (await world.client.get("/api/openapi.json")).json()
    operations = [(path, method, op) for path, ops in doc["paths"].items()
                  for method, op in ops.items() if path.startswith("/api/v1")]
    assert len(operations) >= 50
    ids = [op["operationId"] for _, _, op in operations]
    assert len(ids) == len(set(ids))
    for path, method, op in operations:
        assert op.get("description"), (method, path)
        errors = {code for code in op["responses"] if code.startswith("4")}
        assert "400" in errors and len(errors) >= 2, (method, path)
        problem = op["responses"]["400"]["content"]["application/problem+json"]
        assert problem["schema"]["$ref"] == "#/components/schemas/Problem"
    assert doc["components"]["securitySchemes"]["BearerToken"]["scheme"] == "bearer"
    assert (await world.client.get("/api/docs")).status_code == 200
