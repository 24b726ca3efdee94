"""Registration tokens: station URLs, revocation, expiry."""

from __future__ import annotations

from datetime import timedelta

import pytest

from evserver.core.clock import utcnow
from tests.api import factories as make
from tests.api.conftest import World

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_create_shows_the_station_urls(world: World) -> None:
    site = await make.a_site(world.tenant)
    response = await world.client.post("/api/v1/registration-tokens",
                                       headers=world.headers("Admin"),
                                       json={"description": "Car park", "siteId": site.id})
    assert response.status_code == 201, response.text
    token = response.json()
    secret = token["token"]
    assert token["ocppJsonUrls"] == [
        f"ws://csms.example.com:8010/ocpp/{world.tenant.slug}/{secret}/{{stationId}}"]
    assert token["ocppSoapUrls"] == [
        f"http://csms.example.com:8000/ocpp/{world.tenant.slug}?token={secret}"]
    assert token["usable"] is True
    expiry = token["expiresAt"]
    assert expiry > (utcnow() + timedelta(days=29)).isoformat()


async def test_revoke_once_and_list_usable(world: World) -> None:
    headers = world.headers("Admin")
    live = await make.a_token(world.tenant)
    expired = await make.a_token(world.tenant, expires_at=utcnow() - timedelta(minutes=1))
    revoked = await world.client.post(f"/api/v1/registration-tokens/{live.id}/revoke",
                                      headers=headers)
    assert revoked.status_code == 200
    assert revoked.json()["usable"] is False and revoked.json()["revokedAt"]
    for token in (live, expired):
        again = await world.client.post(f"/api/v1/registration-tokens/{token.id}/revoke",
                                        headers=headers)
        assert again.status_code == 409
    fresh = await make.a_token(world.tenant)
    usable = (await world.client.get("/api/v1/registration-tokens?usable=true",
                                     headers=headers)).json()["items"]
    assert fresh.id in {t["id"] for t in usable}
    assert not {live.id, expired.id} & {t["id"] for t in usable}
    unusable = (await world.client.get("/api/v1/registration-tokens?usable=false",
                                       headers=headers)).json()["items"]
    assert {live.id, expired.id} <= {t["id"] for t in unusable}


async def test_expiry_must_be_in_the_future(world: World) -> None:
    response = await world.client.post("/api/v1/registration-tokens",
                                       headers=world.headers("Admin"),
                                       json={"expiresAt": "2001-01-01T00:00:00Z"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "expiresAt"
