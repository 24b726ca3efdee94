"""An application over the module's test database, and tenants with one user per role."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from litestar import Litestar

from evserver.api.services import STATE_KEY, ApiServices
from evserver.app import Container, create_app
from evserver.settings.loader import load_settings
from evserver.storage.client import MongoClientT
from evserver.storage.documents.tenant import PLATFORM_SLUG, Tenant
from evserver.storage.documents.user import User
from evserver.storage.lifecycle import Storage

ROOT = Path(__file__).resolve().parents[2]
SECRET = "api-tests-" + "s" * 40
ROLES = ("SuperAdmin", "Admin", "Basic", "Demo")



def api_env(tmp: Path, **extra: str) -> dict[str, str]:
    """Settings for a test application: repository policy, templates in `tmp`."""
    env = {
        "EVSERVER_CONFIG": str(ROOT / "config/evserver.toml"),
        "EVSERVER_AUTHORIZATION__POLICY_DIR": str(ROOT / "config/casbin"),
        "EVSERVER_CHARGING_STATION__TEMPLATES_DIR": str(tmp / "templates"),
        "EVSERVER_CHARGING_STATION__COMMAND_TIMEOUT_S": "2",
        "EVSERVER_REST__LOGIN_ATTEMPTS_PER_MINUTE": "1000",
        "EVSERVER_REST__PUBLIC_URL": "https://csms.example.com",
    }
    env.update(extra)
    return env


@dataclass
class World:
    """A platform tenant and a customer tenant, each with one user per allowed role."""

    container: Container
    client: httpx.AsyncClient
    app: Litestar
    platform: Tenant
    tenant: Tenant
    users: dict[str, User] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def services(self) -> ApiServices:
        """The API services of the application under test."""
        services: ApiServices = self.app.state[STATE_KEY]
        return services

    def headers(self, role: str) -> dict[str, str]:
        """Authorization headers of the user with `role` (SuperAdmin in the platform)."""
        return {"Authorization": f"Bearer {self.tokens[role]}"}

    async def add_user(self, tenant: Tenant, role: str, email: str) -> tuple[User, str]:
        """A new Active user without password, and a token for it."""
        user = await self.container.users.create(tenant, email, None, role=role)  # type: ignore[arg-type]
        return user, self.services.sign_in.issue(user, tenant).token

    async def add_tenant(self, slug: str) -> tuple[Tenant, dict[str, str]]:
        """Another customer tenant with an Admin, a Basic and a Demo user; their tokens."""
        tenant = await self.container.tenants.create(slug, slug.title())
        tokens = {}
        for role in ("Admin", "Basic", "Demo"):
            _, tokens[role] = await self.add_user(tenant, role, f"{role.lower()}@{slug}.test")
        return tenant, tokens


async def build_world(db: MongoClientT, tmp: Path, slug: str = "acme",
                      **env: str) -> AsyncIterator[World]:
    """Start an application and fill it with a platform and one customer tenant."""
    settings = load_settings(env=api_env(tmp, **env))
    container = Container(settings=settings,
                          storage=Storage(client=db, database="unused", embedded=None),
                          jwt_secret=SECRET)
    app = create_app(container)
    # httpx's ASGI transport runs the app in this event loop, the one the database client
    # belongs to (Litestar's test client would run it in a thread of its own).
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        platform = await container.tenants.create(PLATFORM_SLUG, "Platform")
        tenant = await container.tenants.create(slug, slug.title(), timezone="Europe/Paris")
        world = World(container, client, app, platform, tenant)
        for role in ROLES:
            home = platform if role == "SuperAdmin" else tenant
            world.users[role], world.tokens[role] = await world.add_user(
                home, role, f"{role.lower()}@{home.slug}.test")
        yield world


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(db: MongoClientT, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    """The application of this test module with its tenants and users."""
    async for built in build_world(db, tmp_path_factory.mktemp("api")):
        yield built
