"""Users of a tenant: admins, drivers, demo accounts."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel
from pymongo import ASCENDING, IndexModel

from evserver.storage.documents.base import TenantDocument, UtcDateTime

Role = Literal["SuperAdmin", "Admin", "Basic", "Demo"]
UserStatus = Literal["Pending", "Active", "Inactive", "Blocked", "Locked"]
ROLES: tuple[Role, ...] = ("SuperAdmin", "Admin", "Basic", "Demo")


class NotificationPreferences(BaseModel):
    """Which e-mails a user wants."""

    session_started: bool = True
    session_stopped: bool = True
    end_of_charge: bool = True
    optimal_charge_reached: bool = True
    station_status_error: bool = True
    billing: bool = True


class User(TenantDocument):
    """A person (or technical account) that logs in to one tenant."""

    email: str
    first_name: str = ""
    last_name: str = ""
    role: Role = "Basic"
    status: UserStatus = "Pending"
    locale: str = "en_US"
    password_hash: str | None = None
    technical: bool = False
    wrong_password_count: int = 0
    locked_until: UtcDateTime | None = None
    notifications: NotificationPreferences = NotificationPreferences()
    verification_token: str | None = None
    password_reset_hash: str | None = None
    password_reset_expires_at: UtcDateTime | None = None
    last_login_at: UtcDateTime | None = None

    class Settings:
        name = "users"
        indexes = [
            IndexModel([("tenant_id", ASCENDING), ("email", ASCENDING)],
                       name="tenant_email_unique", unique=True),
            IndexModel([("tenant_id", ASCENDING), ("role", ASCENDING)], name="tenant_role"),
        ]
