"""`/users`: the users of the caller's tenant."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Response, delete, get, patch, post
from litestar.params import FromQuery, JSONBody, PathParameter

from evserver.api.csv_export import MAX_EXPORT_ROWS, csv_response
from evserver.api.dto import users as dto
from evserver.api.dto.common import changes_of
from evserver.api.pagination import Page, Paging
from evserver.api.problems import error_responses
from evserver.api.security import BEARER, Accessed, authorize
from evserver.api.services import Services
from evserver.auth.policy import ObjectAttrs
from evserver.core.errors import NotFound
from evserver.storage.documents.user import User
from evserver.storage.repository import TenantRepository

users = TenantRepository(User)

UserId = Annotated[str, PathParameter(pattern=r"^[0-9a-f]{24}$", description="The user's id.")]
SORTABLE = {"email": "email", "firstName": "first_name", "lastName": "last_name",
            "role": "role", "status": "status", "createdAt": "created_at",
            "lastLoginAt": "last_login_at"}
SEARCHED = ("email", "first_name", "last_name")
EXPORT_HEADER = ("id", "email", "firstName", "lastName", "role", "status", "locale",
                 "technical", "lastLoginAt", "createdAt")


def user_out(user: User) -> dto.User:
    """The wire shape of a user (never its password hash or tokens)."""
    return dto.User(
        id=user.id, email=user.email, first_name=user.first_name, last_name=user.last_name,
        role=user.role, status=user.status, locale=user.locale, technical=user.technical,
        notifications=dto.NotificationSettings(**user.notifications.model_dump()),
        locked_until=user.locked_until, last_login_at=user.last_login_at,
        created_at=user.created_at)


def user_attrs(user: User, *, changes_role_or_status: bool = False) -> ObjectAttrs:
    """What the permission rules know about a user."""
    return ObjectAttrs(tenant_id=user.tenant_id, owner_id=user.id,
                       changes_role_or_status=changes_role_or_status)


async def load_user(access: Accessed, user_id: str) -> User:
    """The caller tenant's user with this id, or `NotFound`."""
    user = await users.get(access.tenant_id, user_id)
    if user is None:
        raise NotFound(f"no user `{user_id}`")
    return user


def _filters(access: Accessed, params: Paging, role: str | None,
             status: str | None) -> dict[str, Any]:
    filters: dict[str, Any] = params.search_filter(SEARCHED)
    if role:
        filters["role"] = role
    if status:
        filters["status"] = status
    return filters


class UserController(Controller):
    """Users: Admins manage their tenant's, SuperAdmins the platform's, others see themselves."""

    path = "/users"
    tags = ["Users"]
    guards = [authorize]
    security = BEARER
    opt = {"resource": "User"}

    @get("/", operation_id="listUsers", opt={"action": "list"},
         responses=error_responses(401, 403, 422))
    async def list_users(self, access: Accessed, params: Paging,
                         role: FromQuery[dto.RoleName | None] = None,
                         status: FromQuery[dto.StatusName | None] = None) -> Page[dto.User]:
        """List the tenant's users, filtered by role or status."""
        filters = _filters(access, params, role, status)
        found = await users.find(access.tenant_id, filters,
                                 sort=params.sort_by(SORTABLE, "email"),
                                 skip=params.skip, limit=params.limit)
        return await params.page([user_out(u) for u in found],
                                 lambda: users.count(access.tenant_id, filters))

    @post("/", operation_id="createUser", opt={"action": "create"},
          responses=error_responses(401, 403, 409, 422))
    async def create_user(self, access: Accessed, services: Services,
                          data: JSONBody[dto.UserCreate]) -> dto.User:
        """Create a user in the tenant."""
        container = services.container
        tenant = await container.tenants.get(access.tenant_id)
        user = await container.users.create(
            tenant, data.email, data.password, role=data.role, status=data.status,
            first_name=data.first_name, last_name=data.last_name, locale=data.locale,
            technical=data.technical)
        return user_out(user)

    @get("/export.csv", operation_id="exportUsers", opt={"action": "export"},
         media_type="text/csv", responses=error_responses(401, 403, 422))
    async def export_users(self, access: Accessed, params: Paging,
                           role: FromQuery[dto.RoleName | None] = None,
                           status: FromQuery[dto.StatusName | None] = None) -> Response[str]:
        """Download the tenant's users as CSV."""
        filters = _filters(access, params, role, status)
        found = await users.find(access.tenant_id, filters,
                                 sort=params.sort_by(SORTABLE, "email"),
                                 limit=MAX_EXPORT_ROWS)
        return csv_response("users.csv", EXPORT_HEADER, (
            (u.id, u.email, u.first_name, u.last_name, u.role, u.status, u.locale,
             u.technical, u.last_login_at, u.created_at) for u in found))

    @get("/{user_id:str}", operation_id="getUser", opt={"action": "read"},
         responses=error_responses(401, 403, 404, 422))
    async def get_user(self, access: Accessed, user_id: UserId) -> dto.User:
        """Read a user."""
        user = await load_user(access, user_id)
        access.check(user_attrs(user))
        return user_out(user)

    @patch("/{user_id:str}", operation_id="updateUser", opt={"action": "update"},
           responses=error_responses(401, 403, 404, 409, 422))
    async def update_user(self, access: Accessed, services: Services, user_id: UserId,
                          data: JSONBody[dto.UserUpdate]) -> dto.User:
        """Change a user; nobody below Admin changes their own role or status."""
        user = await load_user(access, user_id)
        changes = changes_of(data)
        # A technical account gets long-lived tokens: switching it counts as a role change.
        touches = (changes.get("role", user.role) != user.role
                   or changes.get("status", user.status) != user.status
                   or changes.get("technical", user.technical) != user.technical)
        access.check(user_attrs(user, changes_role_or_status=touches))
        if "notifications" in changes:
            changes["notifications"] = user.notifications.model_copy(
                update=changes_of(changes["notifications"])).model_dump()
        tenant = await services.container.tenants.get(access.tenant_id)
        return user_out(await services.accounts.update(tenant, user.id, changes))

    @delete("/{user_id:str}", operation_id="deleteUser", opt={"action": "delete"},
            responses=error_responses(401, 403, 404, 422))
    async def delete_user(self, access: Accessed, services: Services,
                          user_id: UserId) -> None:
        """Delete a user (never oneself); their badges stay, unassigned."""
        user = await load_user(access, user_id)
        access.check(user_attrs(user))
        tenant = await services.container.tenants.get(access.tenant_id)
        await services.accounts.delete(tenant, user.id)
