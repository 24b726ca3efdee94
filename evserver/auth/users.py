"""User accounts: creation with a checked password, lookup by e-mail within a tenant."""

from __future__ import annotations

from evserver.auth.passwords import check_password_policy, hash_password_in_thread
from evserver.core.errors import AlreadyExists, InvalidInput
from evserver.storage.documents.tenant import Tenant
from evserver.storage.documents.user import ROLES, Role, User, UserStatus
from evserver.storage.repository import TenantRepository

users = TenantRepository(User)


def normalise_email(email: str) -> str:
    """Lower-case and trim an e-mail address, or raise `InvalidInput` naming `email`."""
    value = email.strip().lower()
    local, _, domain = value.partition("@")
    if not local or "." not in domain or " " in value or len(value) > 254:
        raise InvalidInput(f"`{email}` is not an e-mail address", field="email")
    return value


class UserService:
    """Create and find users; every method takes the tenant first."""

    async def create(
        self,
        tenant: Tenant,
        email: str,
        password: str | None,
        *,
        role: Role = "Basic",
        status: UserStatus = "Active",
        first_name: str = "",
        last_name: str = "",
        locale: str | None = None,
        technical: bool = False,
    ) -> User:
        """Create a user; SuperAdmins exist only in the platform tenant."""
        if role not in ROLES:
            raise InvalidInput(f"role must be one of {', '.join(ROLES)}", field="role")
        if role == "SuperAdmin" and not tenant.is_platform:
            raise InvalidInput("SuperAdmins live in the platform tenant only", field="role")
        if role != "SuperAdmin" and tenant.is_platform:
            raise InvalidInput("the platform tenant holds SuperAdmins only", field="role")
        password_hash = None
        if password is not None:
            problems = check_password_policy(password)
            if problems:
                raise InvalidInput("password " + "; ".join(problems), field="password")
            password_hash = await hash_password_in_thread(password)
        user = User(
            tenant_id=tenant.id,
            email=normalise_email(email),
            role=role,
            status=status,
            first_name=first_name,
            last_name=last_name,
            locale=locale or tenant.default_locale,
            password_hash=password_hash,
            technical=technical,
        )
        try:
            return await users.insert(tenant.id, user)
        except AlreadyExists:
            raise AlreadyExists(f"a user with e-mail `{user.email}` exists",
                                field="email") from None

    async def find_by_email(self, tenant_id: str, email: str) -> User | None:
        """The tenant's user with this e-mail, or None."""
        return await users.find_one(tenant_id, {"email": email.strip().lower()})
