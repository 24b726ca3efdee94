"""Changing and removing user accounts, with the same rules as creating them."""

from __future__ import annotations

from typing import Any

from evserver.auth.passwords import check_password_policy, hash_password_in_thread
from evserver.auth.users import normalise_email
from evserver.core.errors import AlreadyExists, InvalidInput, NotFound
from evserver.storage.documents.badge import Badge
from evserver.storage.documents.tenant import Tenant
from evserver.storage.documents.user import ROLES, User
from evserver.storage.repository import TenantRepository
from evserver.tenants.service import validate_locale

users = TenantRepository(User)
badges = TenantRepository(Badge)

STATUSES = ("Pending", "Active", "Inactive", "Blocked", "Locked")
EDITABLE = frozenset({"email", "first_name", "last_name", "role", "status", "locale",
                      "password", "technical", "notifications"})


def check_role(tenant: Tenant, role: str) -> None:
    """Raise `InvalidInput` naming `role` unless `role` may exist in `tenant`."""
    if role not in ROLES:
        raise InvalidInput(f"role must be one of {', '.join(ROLES)}", field="role")
    if role == "SuperAdmin" and not tenant.is_platform:
        raise InvalidInput("SuperAdmins live in the platform tenant only", field="role")
    if role != "SuperAdmin" and tenant.is_platform:
        raise InvalidInput("the platform tenant holds SuperAdmins only", field="role")


class AccountService:
    """Update and delete users; every method takes the tenant first."""

    async def update(self, tenant: Tenant, user_id: str, changes: dict[str, Any]) -> User:
        """Apply `changes` (field names of `User`, plus `password` in clear) to a user."""
        unknown = set(changes) - EDITABLE
        if unknown:
            raise InvalidInput(f"`{sorted(unknown)[0]}` cannot be changed",
                               field=sorted(unknown)[0])
        values = dict(changes)
        if "email" in values:
            values["email"] = normalise_email(values["email"])
        if "role" in values:
            check_role(tenant, values["role"])
        if "status" in values and values["status"] not in STATUSES:
            raise InvalidInput(f"status must be one of {', '.join(STATUSES)}", field="status")
        if "locale" in values:
            values["locale"] = validate_locale(values["locale"])
        if "password" in values:
            password = values.pop("password")
            problems = check_password_policy(password)
            if problems:
                raise InvalidInput("password " + "; ".join(problems), field="password")
            values["password_hash"] = await hash_password_in_thread(password)
        if values.get("status") == "Active":
            # An administrator re-enabling an account lifts a running lockout too.
            values.update(wrong_password_count=0, locked_until=None)
        try:
            updated = await users.update(tenant.id, user_id, values)
        except AlreadyExists:
            raise AlreadyExists("another user has this e-mail", field="email") from None
        if updated is None:
            raise NotFound(f"no user `{user_id}`")
        return updated

    async def delete(self, tenant: Tenant, user_id: str) -> None:
        """Delete a user; their badges stay, unassigned and deactivated."""
        if not await users.delete(tenant.id, user_id):
            raise NotFound(f"no user `{user_id}`")
        await badges.collection.update_many(
            {"tenant_id": tenant.id, "user_id": user_id},
            {"$set": {"user_id": None, "active": False}})
