"""Forgotten passwords: a one-hour link by e-mail, then a new password that also unlocks."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from evserver.auth.emails import PASSWORD_RESET, enqueue_account_email
from evserver.auth.passwords import check_password_policy, hash_password_in_thread
from evserver.core.clock import utcnow
from evserver.core.errors import InvalidInput
from evserver.core.ids import new_token
from evserver.storage.documents.user import User
from evserver.storage.repository import TenantRepository
from evserver.tenants.service import TenantService

users = TenantRepository(User)

RESET_LIFETIME = timedelta(hours=1)
INVALID_RESET = "this reset link is invalid, expired or was already used"


def _digest(token: str) -> str:
    # Only a digest is stored: a copy of the database does not let anyone reset passwords.
    return hashlib.sha256(token.encode()).hexdigest()


class PasswordReset:
    """Sends reset links and sets new passwords."""

    def __init__(self, tenants: TenantService, frontend_url: str) -> None:
        self.tenants = tenants
        self.frontend_url = frontend_url.rstrip("/")

    async def request(self, tenant_slug: str, email: str) -> None:
        """Queue a reset link if the account exists; say nothing either way."""
        tenant = await self.tenants.find_by_slug(tenant_slug)
        if tenant is None:
            return
        user = await users.find_one(tenant.id, {"email": email.strip().lower()})
        if user is None:
            return
        token = new_token()
        await users.update(tenant.id, user.id, {"password_reset_hash": _digest(token),
                                                "password_reset_expires_at":
                                                    utcnow() + RESET_LIFETIME})
        link = f"{self.frontend_url}/reset-password?" + urlencode(
            {"tenant": tenant.slug, "token": token})
        await enqueue_account_email(user, PASSWORD_RESET, token[:12],
                                    {"tenant": tenant.slug, "token": token, "link": link})

    async def reset(self, tenant_slug: str, token: str, password: str) -> User:
        """Set a new password with a reset token; the account is unlocked too."""
        tenant = await self.tenants.find_by_slug(tenant_slug)
        user = await users.find_one(tenant.id, {"password_reset_hash": _digest(token)}) \
            if tenant else None
        expires = user.password_reset_expires_at if user else None
        if user is None or expires is None or expires <= utcnow():
            raise InvalidInput(INVALID_RESET, field="token")
        problems = check_password_policy(password)
        if problems:
            raise InvalidInput("password " + "; ".join(problems), field="password")
        changes: dict[str, Any] = {
            "password_hash": await hash_password_in_thread(password), "password_reset_hash": None,
            "password_reset_expires_at": None, "wrong_password_count": 0, "locked_until": None,
        }
        if user.status == "Locked":
            changes["status"] = "Active"
        return await users.update(user.tenant_id, user.id, changes) or user
