"""The caller's own profile."""

from __future__ import annotations

from evserver.api.dto.common import Output
from evserver.api.dto.users import User


class TenantSummary(Output):
    """The tenant the caller belongs to."""

    id: str
    slug: str
    name: str


class Me(Output):
    """The caller, its tenant and what it may do (resource -> actions)."""

    user: User
    tenant: TenantSummary
    permissions: dict[str, list[str]]
