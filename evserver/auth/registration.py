"""Self-registration of drivers and the verification of their e-mail address."""

from __future__ import annotations

import hmac
from urllib.parse import urlencode

from evserver.auth.emails import VERIFY_EMAIL, enqueue_account_email
from evserver.auth.users import UserService, normalise_email
from evserver.core.errors import InvalidInput, TenantNotFound
from evserver.core.ids import new_token
from evserver.storage.documents.user import User
from evserver.storage.repository import TenantRepository
from evserver.tenants.service import TenantService

users = TenantRepository(User)

INVALID_VERIFICATION = "this verification link is invalid or was already used"


class Registration:
    """Creates Pending Basic accounts and activates them when the e-mail link is followed."""

    def __init__(self, tenants: TenantService, accounts: UserService, frontend_url: str) -> None:
        self.tenants = tenants
        self.accounts = accounts
        self.frontend_url = frontend_url.rstrip("/")

    async def register(self, tenant_slug: str, email: str, password: str, *,
                       first_name: str = "", last_name: str = "",
                       locale: str | None = None) -> User:
        """Create a Pending Basic user and queue the verification e-mail."""
        tenant = await self.tenants.find_by_slug(tenant_slug)
        if tenant is None or tenant.is_platform:
            raise InvalidInput(f"no tenant `{tenant_slug}` accepts registrations",
                               field="tenant")
        user = await self.accounts.create(tenant, email, password, role="Basic",
                                          status="Pending", first_name=first_name,
                                          last_name=last_name, locale=locale)
        token = new_token()
        user = await users.update(tenant.id, user.id, {"verification_token": token}) or user
        link = f"{self.frontend_url}/verify-email?" + urlencode(
            {"tenant": tenant.slug, "email": user.email, "token": token})
        await enqueue_account_email(user, VERIFY_EMAIL, token[:12],
                                    {"tenant": tenant.slug, "token": token, "link": link})
        return user

    async def verify_email(self, tenant_slug: str, email: str, token: str) -> User:
        """Activate the Pending account whose verification token this is."""
        try:
            tenant = await self.tenants.get_by_slug(tenant_slug)
        except TenantNotFound:
            raise InvalidInput(INVALID_VERIFICATION, field="token") from None
        user = await users.find_one(tenant.id, {"email": normalise_email(email)})
        expected = user.verification_token if user else None
        if user is None or not expected or not hmac.compare_digest(expected, token):
            raise InvalidInput(INVALID_VERIFICATION, field="token")
        changes: dict[str, object] = {"verification_token": None}
        if user.status == "Pending":
            changes["status"] = "Active"
        return await users.update(tenant.id, user.id, changes) or user
