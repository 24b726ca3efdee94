"""`/badges`: RFID badges; Admins manage them, drivers see their own."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Annotated, Any

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.params import FromQuery, JSONBody, PathParameter, QueryParameter

from evserver.api.csv_export import MAX_EXPORT_ROWS, csv_response
from evserver.api.dto import badges as dto
from evserver.api.dto.common import changes_of
from evserver.api.pagination import ListParams, Page, Paging
from evserver.api.problems import error_responses
from evserver.api.security import BEARER, Access, Accessed, authorize
from evserver.api.services import Services
from evserver.auth.policy import ObjectAttrs
from evserver.charging.badges import badges
from evserver.core.errors import DomainError, InvalidInput, NotFound
from evserver.storage.documents.badge import Badge
from evserver.storage.documents.user import User
from evserver.storage.repository import TenantRepository

users = TenantRepository(User)

BadgeId = Annotated[str, PathParameter(pattern=r"^[0-9a-f]{24}$",
                                       description="The badge's id.")]
SORTABLE = {"uid": "uid", "visualId": "visual_id", "createdAt": "created_at",
            "active": "active"}
SEARCHED = ("uid", "visual_id", "description")
CSV_HEADER = ("uid", "visualId", "description", "active", "userEmail", "expiresAt")
MAX_IMPORT_LINES = 10_000


def badge_out(badge: Badge) -> dto.Badge:
    """The wire shape of a badge."""
    return dto.Badge(id=badge.id, uid=badge.uid, visual_id=badge.visual_id,
                     user_id=badge.user_id, description=badge.description,
                     active=badge.active, expires_at=badge.expires_at,
                     created_at=badge.created_at)


def badge_attrs(badge: Badge) -> ObjectAttrs:
    """What the permission rules know about a badge."""
    return ObjectAttrs(tenant_id=badge.tenant_id, owner_id=badge.user_id)


async def load_badge(access: Access, badge_id: str) -> Badge:
    """The caller tenant's badge with this id, or `NotFound`."""
    badge = await badges.get(access.tenant_id, badge_id)
    if badge is None:
        raise NotFound(f"no badge `{badge_id}`")
    return badge


async def check_user(tenant_id: str, user_id: str | None) -> None:
    """Raise `InvalidInput` naming `user_id` unless the user exists in the tenant."""
    if user_id is not None and await users.get(tenant_id, user_id) is None:
        raise InvalidInput(f"no user `{user_id}`", field="user_id")


def _filters(access: Access, params: ListParams, user_id: str | None,
             active: bool | None) -> dict[str, Any]:
    filters: dict[str, Any] = params.search_filter(SEARCHED)
    if user_id:
        filters["user_id"] = user_id
    if active is not None:
        filters["active"] = active
    if access.own_only:
        filters["user_id"] = access.principal.user_id
    return filters


UserFilter = Annotated[str | None, QueryParameter(name="userId", max_length=24)]


class BadgeController(Controller):
    """Badges of the caller's tenant."""

    path = "/badges"
    tags = ["Badges"]
    guards = [authorize]
    security = BEARER
    opt = {"resource": "Badge"}

    @get("/", operation_id="listBadges", opt={"action": "list"},
         responses=error_responses(401, 403, 422))
    async def list_badges(self, access: Accessed, params: Paging, user_id: UserFilter = None,
                          active: FromQuery[bool | None] = None) -> Page[dto.Badge]:
        """List badges (a driver lists its own)."""
        filters = _filters(access, params, user_id, active)
        found = await badges.find(access.tenant_id, filters,
                                  sort=params.sort_by(SORTABLE, "uid"),
                                  skip=params.skip, limit=params.limit)
        return await params.page([badge_out(b) for b in found],
                                 lambda: badges.count(access.tenant_id, filters))

    @post("/", operation_id="createBadge", opt={"action": "create"},
          responses=error_responses(401, 403, 409, 422))
    async def create_badge(self, access: Accessed, services: Services,
                           data: JSONBody[dto.BadgeCreate]) -> dto.Badge:
        """Create a badge, assigned to a user or not."""
        if data.user_id is not None:
            access.check(ObjectAttrs(tenant_id=access.tenant_id, owner_id=data.user_id),
                         "assign")
            await check_user(access.tenant_id, data.user_id)
        badge = await services.container.badges.create(
            access.tenant_id, data.uid, user_id=data.user_id, visual_id=data.visual_id,
            description=data.description, active=data.active, expires_at=data.expires_at)
        return badge_out(badge)

    @get("/export.csv", operation_id="exportBadges", opt={"action": "export"},
         media_type="text/csv", responses=error_responses(401, 403, 422))
    async def export_badges(self, access: Accessed, params: Paging,
                            user_id: UserFilter = None,
                            active: FromQuery[bool | None] = None) -> Response[str]:
        """Download badges as CSV (the columns `import` reads)."""
        filters = _filters(access, params, user_id, active)
        found = await badges.find(access.tenant_id, filters,
                                  sort=params.sort_by(SORTABLE, "uid"), limit=MAX_EXPORT_ROWS)
        owner_ids = sorted({b.user_id for b in found if b.user_id})
        owners = await users.find(access.tenant_id, {"_id": {"$in": owner_ids}}, limit=0) \
            if owner_ids else []
        emails = {u.id: u.email for u in owners}
        return csv_response("badges.csv", CSV_HEADER, (
            (b.uid, b.visual_id, b.description, b.active, emails.get(b.user_id or "", ""),
             b.expires_at) for b in found))

    @post("/import", operation_id="importBadges", opt={"action": "import"},
          responses=error_responses(401, 403, 413, 422))
    async def import_badges(self, access: Accessed, services: Services,
                            request: Request[Any, Any, Any]) -> dto.BadgeImport:
        """Create badges from a CSV body (`text/csv`, the columns of `export`)."""
        text = (await request.body()).decode("utf-8-sig", errors="replace")
        rows = list(csv.DictReader(io.StringIO(text)))
        if len(rows) > MAX_IMPORT_LINES:
            raise InvalidInput(f"at most {MAX_IMPORT_LINES} lines per import", field="body")
        if rows and "uid" not in rows[0]:
            raise InvalidInput("the CSV needs a header line with a `uid` column", field="uid")
        created, errors = 0, []
        for number, row in enumerate(rows, start=2):
            try:
                await self._import_row(access, services, row)
                created += 1
            except DomainError as exc:
                errors.append(dto.BadgeImportError(line=number, field=exc.field or "",
                                                   message=exc.message))
        return dto.BadgeImport(created=created, errors=errors)

    @staticmethod
    async def _import_row(access: Access, services: Services, row: dict[str, str]) -> None:
        email = (row.get("userEmail") or "").strip().lower()
        user_id = None
        if email:
            owner = await users.find_one(access.tenant_id, {"email": email})
            if owner is None:
                raise InvalidInput(f"no user `{email}`", field="userEmail")
            user_id = owner.id
        expires_text = (row.get("expiresAt") or "").strip()
        try:
            expires_at = datetime.fromisoformat(expires_text) if expires_text else None
        except ValueError:
            raise InvalidInput("expiresAt is not an ISO 8601 date", field="expiresAt") from None
        active = (row.get("active") or "true").strip().lower() not in ("false", "0", "no")
        await services.container.badges.create(
            access.tenant_id, row.get("uid") or "", user_id=user_id,
            visual_id=(row.get("visualId") or "").strip(),
            description=(row.get("description") or "").strip(), active=active,
            expires_at=expires_at)

    @get("/{badge_id:str}", operation_id="getBadge", opt={"action": "read"},
         responses=error_responses(401, 403, 404, 422))
    async def get_badge(self, access: Accessed, badge_id: BadgeId) -> dto.Badge:
        """Read a badge."""
        badge = await load_badge(access, badge_id)
        access.check(badge_attrs(badge))
        return badge_out(badge)

    @patch("/{badge_id:str}", operation_id="updateBadge", opt={"action": "update"},
           responses=error_responses(401, 403, 404, 409, 422))
    async def update_badge(self, access: Accessed, badge_id: BadgeId,
                           data: JSONBody[dto.BadgeUpdate]) -> dto.Badge:
        """Change a badge; a new `userId` assigns it to that user."""
        badge = await load_badge(access, badge_id)
        access.check(badge_attrs(badge))
        changes = changes_of(data)
        if "user_id" in changes and changes["user_id"] != badge.user_id:
            access.check(badge_attrs(badge), "assign")
            await check_user(access.tenant_id, changes["user_id"])
        updated = await badges.update(access.tenant_id, badge.id, changes)
        if updated is None:
            raise NotFound(f"no badge `{badge_id}`")
        return badge_out(updated)

    @delete("/{badge_id:str}", operation_id="deleteBadge", opt={"action": "delete"},
            responses=error_responses(401, 403, 404, 422))
    async def delete_badge(self, access: Accessed, badge_id: BadgeId) -> None:
        """Delete a badge."""
        badge = await load_badge(access, badge_id)
        access.check(badge_attrs(badge))
        await badges.delete(access.tenant_id, badge.id)


