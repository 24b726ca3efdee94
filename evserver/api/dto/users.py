"""Users."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from evserver.api.dto.common import (
    UNSET,
    Email,
    Input,
    LocaleCode,
    Name,
    Output,
    Password,
    Unset,
)

RoleName = Literal["SuperAdmin", "Admin", "Basic", "Demo"]
StatusName = Literal["Pending", "Active", "Inactive", "Blocked", "Locked"]


class NotificationSettings(Output, kw_only=True):
    """Which e-mails the user wants."""

    session_started: bool = True
    session_stopped: bool = True
    end_of_charge: bool = True
    optimal_charge_reached: bool = True
    station_status_error: bool = True
    billing: bool = True


class NotificationSettingsUpdate(Input):
    """A change of e-mail preferences (unset flags are kept)."""

    session_started: bool | Unset = UNSET
    session_stopped: bool | Unset = UNSET
    end_of_charge: bool | Unset = UNSET
    optimal_charge_reached: bool | Unset = UNSET
    station_status_error: bool | Unset = UNSET
    billing: bool | Unset = UNSET


class UserCreate(Input):
    """A new user; without a password the user cannot sign in until one is set."""

    email: Email
    password: Password | None = None
    first_name: Name = ""
    last_name: Name = ""
    role: RoleName = "Basic"
    status: StatusName = "Active"
    locale: LocaleCode | None = None
    technical: bool = False


class UserUpdate(Input):
    """Changes to a user; a Basic user may change neither its own role nor its status."""

    email: Email | Unset = UNSET
    password: Password | Unset = UNSET
    first_name: Name | Unset = UNSET
    last_name: Name | Unset = UNSET
    role: RoleName | Unset = UNSET
    status: StatusName | Unset = UNSET
    locale: LocaleCode | Unset = UNSET
    technical: bool | Unset = UNSET
    notifications: NotificationSettingsUpdate | Unset = UNSET


class User(Output):
    """A user."""

    id: str
    email: str
    first_name: str
    last_name: str
    role: str
    status: str
    locale: str
    technical: bool
    notifications: NotificationSettings
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime
