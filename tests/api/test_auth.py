"""Sign-in, lockout, token revocation and staleness, registration, verification and reset."""

from __future__ import annotations

from datetime import timedelta

import pytest

from evserver.core.clock import utcnow
from evserver.storage.documents.outbox import OutboxMessage
from evserver.storage.documents.user import User
from evserver.storage.repository import TenantRepository
from tests.api import factories as make
from tests.api.conftest import World

pytestmark = pytest.mark.asyncio(loop_scope="session")

PASSWORD = "Secret-pass1"
users = TenantRepository(User)
outbox = TenantRepository(OutboxMessage)


async def login(world: World, email: str, password: str = PASSWORD,
                tenant: str | None = None) -> tuple[int, dict[str, object]]:
    response = await world.client.post("/api/v1/auth/login", json={
        "email": email, "password": password, "tenant": tenant or world.tenant.slug})
    return response.status_code, response.json()


async def a_driver(world: World, **overrides: object) -> User:
    return await world.container.users.create(
        world.tenant, f"{make.unique('driver')}@example.com", PASSWORD,
        **overrides)  # type: ignore[arg-type]


async def test_login_answers_a_bearer_token(world: World) -> None:
    driver = await a_driver(world)
    status, body = await login(world, driver.email.upper())
    assert status == 200, body
    assert body["tokenType"] == "Bearer"
    assert body["expiresIn"] == 12 * 3600
    assert body["user"] == {"id": driver.id, "email": driver.email, "role": "Basic",
                            "tenant": world.tenant.slug}
    me = await world.client.get("/api/v1/me",
                                headers={"Authorization": f"Bearer {body['accessToken']}"})
    assert me.status_code == 200
    assert me.json()["user"]["id"] == driver.id
    assert me.json()["permissions"]["Badge"] == ["list", "read"]


async def test_wrong_password_and_unknown_email_look_the_same(world: World) -> None:
    driver = await a_driver(world)
    wrong = await login(world, driver.email, "Wrong-pass1")
    unknown = await login(world, "nobody@example.com")
    other_tenant = await login(world, driver.email, tenant="no-such-tenant")
    assert wrong[0] == unknown[0] == other_tenant[0] == 401
    assert wrong[1]["detail"] == unknown[1]["detail"] == other_tenant[1]["detail"]


async def test_lockout_timeline(world: World) -> None:
    driver = await a_driver(world)
    assert (await login(world, driver.email, "Wrong-1"))[0] == 401
    assert (await login(world, driver.email, "Wrong-2"))[0] == 401
    status, body = await login(world, driver.email, "Wrong-3")
    assert status == 423
    assert body["type"] == "urn:evserver:problem:account_locked"
    until = body["lockedUntil"]
    locked = await users.get(world.tenant.id, driver.id)
    assert locked is not None and locked.status == "Locked" and locked.locked_until is not None
    assert abs((locked.locked_until - utcnow()) - timedelta(minutes=5)) < timedelta(seconds=30)
    # Locked: even the right password is refused, with the same unlock time.
    status, body = await login(world, driver.email)
    assert (status, body["lockedUntil"]) == (423, until)
    # The lock runs out.
    await users.update(world.tenant.id, driver.id,
                       {"locked_until": utcnow() - timedelta(seconds=1)})
    status, body = await login(world, driver.email)
    assert status == 200, body
    unlocked = await users.get(world.tenant.id, driver.id)
    assert unlocked is not None
    assert (unlocked.status, unlocked.wrong_password_count, unlocked.locked_until) == (
        "Active", 0, None)


@pytest.mark.parametrize(("status", "code"), [("Pending", "account_pending"),
                                              ("Inactive", "account_inactive"),
                                              ("Blocked", "account_blocked")])
async def test_accounts_that_may_not_sign_in(world: World, status: str, code: str) -> None:
    driver = await a_driver(world, status=status)
    response_status, body = await login(world, driver.email)
    assert response_status == 403
    assert body["type"] == f"urn:evserver:problem:{code}"
    # Without the password nobody learns the account's state.
    assert (await login(world, driver.email, "Wrong-pass1"))[0] == 401


async def test_logout_revokes_the_token(world: World) -> None:
    driver = await a_driver(world)
    _, body = await login(world, driver.email)
    headers = {"Authorization": f"Bearer {body['accessToken']}"}
    assert (await world.client.get("/api/v1/me", headers=headers)).status_code == 200
    assert (await world.client.post("/api/v1/auth/logout", headers=headers)).status_code == 204
    after = await world.client.get("/api/v1/me", headers=headers)
    assert after.status_code == 401
    assert after.headers["www-authenticate"] == "Bearer"


async def test_a_changed_role_or_status_invalidates_the_token(world: World) -> None:
    for change in ({"role": "Demo"}, {"status": "Blocked"}):
        user = await make.a_user(world.tenant)
        token = world.services.sign_in.issue(user, world.tenant).token
        headers = {"Authorization": f"Bearer {token}"}
        assert (await world.client.get("/api/v1/me", headers=headers)).status_code == 200
        changed = await world.client.patch(f"/api/v1/users/{user.id}", json=change,
                                           headers=world.headers("Admin"))
        assert changed.status_code == 200, changed.text
        assert (await world.client.get("/api/v1/me", headers=headers)).status_code == 401


async def test_switching_components_invalidates_the_tenants_tokens(world: World) -> None:
    tenant, tokens = await world.add_tenant(make.unique("comp-"))
    headers = {"Authorization": f"Bearer {tokens['Admin']}"}
    assert (await world.client.get("/api/v1/me", headers=headers)).status_code == 200
    switched = await world.client.patch(f"/api/v1/tenants/{tenant.id}",
                                        json={"components": {"pricing": True}},
                                        headers=world.headers("SuperAdmin"))
    assert switched.status_code == 200, switched.text
    assert switched.json()["components"]["pricing"] is True
    assert (await world.client.get("/api/v1/me", headers=headers)).status_code == 401


@pytest.mark.parametrize("token", ["", "garbage", "a.b.c"])
async def test_missing_or_malformed_tokens(world: World, token: str) -> None:
    response = await world.client.get("/api/v1/users",
                                      headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert response.json()["status"] == 401


async def test_registration_verification_and_password_reset(world: World) -> None:
    email = f"{make.unique('new')}@example.com"
    weak = await world.client.post("/api/v1/auth/register", json={
        "email": email, "password": "short", "tenant": world.tenant.slug})
    assert weak.status_code == 422
    assert weak.json()["errors"][0]["field"] == "password"
    assert "upper-case" in weak.json()["detail"] and "8 characters" in weak.json()["detail"]

    created = await world.client.post("/api/v1/auth/register", json={
        "email": email, "password": PASSWORD, "tenant": world.tenant.slug,
        "firstName": "Nina"})
    assert created.status_code == 201, created.text
    assert created.json()["status"] == "Pending"
    user_id = created.json()["id"]
    again = await world.client.post("/api/v1/auth/register", json={
        "email": email, "password": PASSWORD, "tenant": world.tenant.slug})
    assert again.status_code == 409
    assert (await login(world, email))[0] == 403  # Pending

    mail = await outbox.find_one(world.tenant.id, {"kind": "verify_email",
                                                    "payload.userId": user_id})
    assert mail is not None and mail.payload["to"] == email
    assert mail.payload["token"] in mail.payload["link"]
    wrong = await world.client.post("/api/v1/auth/verify-email", json={
        "tenant": world.tenant.slug, "email": email, "token": "not-it"})
    assert wrong.status_code == 422
    verified = await world.client.post("/api/v1/auth/verify-email", json={
        "tenant": world.tenant.slug, "email": email, "token": mail.payload["token"]})
    assert verified.status_code == 200, verified.text
    assert verified.json()["status"] == "Active"
    assert (await login(world, email))[0] == 200

    for who in (email, "nobody@example.com"):
        asked = await world.client.post("/api/v1/auth/password/reset-request", json={
            "tenant": world.tenant.slug, "email": who})
        assert asked.status_code == 202
    reset_mail = await outbox.find_one(world.tenant.id, {"kind": "password_reset",
                                                          "payload.userId": user_id})
    assert reset_mail is not None
    token = reset_mail.payload["token"]
    new_password = "Another-pass2"
    done = await world.client.post("/api/v1/auth/password/reset", json={
        "tenant": world.tenant.slug, "token": token, "password": new_password})
    assert done.status_code == 200, done.text
    reused = await world.client.post("/api/v1/auth/password/reset", json={
        "tenant": world.tenant.slug, "token": token, "password": new_password})
    assert reused.status_code == 422
    assert (await login(world, email))[0] == 401
    assert (await login(world, email, new_password))[0] == 200


async def test_registration_is_closed_on_the_platform(world: World) -> None:
    response = await world.client.post("/api/v1/auth/register", json={
        "email": "x@example.com", "password": PASSWORD, "tenant": "default"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "tenant"
