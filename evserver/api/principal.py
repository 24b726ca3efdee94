"""Who is calling: the authenticated user behind a request or an events stream."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from evserver.auth.policy import Subject


@dataclass(frozen=True)
class Principal:
    """A caller authenticated by a valid, unrevoked access token."""

    user_id: str
    tenant_id: str
    tenant_slug: str
    role: str
    jti: str
    expires_at: datetime
    is_platform_tenant: bool

    @property
    def subject(self) -> Subject:
        """The Casbin subject of this caller."""
        return Subject(self.user_id, self.role, self.tenant_id, self.is_platform_tenant)
