"""Badges (RFID tags)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from msgspec import Meta

from evserver.api.dto.common import (
    UNSET,
    AwareDatetime,
    DocumentId,
    Input,
    Output,
    Text,
    Unset,
)

Uid = Annotated[str, Meta(min_length=1, max_length=36, examples=["04A2B3C4D5"])]
VisualId = Annotated[str, Meta(max_length=64)]


class BadgeCreate(Input):
    """A new badge, unique by `uid` in the tenant."""

    uid: Uid
    visual_id: VisualId = ""
    user_id: DocumentId | None = None
    description: Text = ""
    active: bool = True
    expires_at: AwareDatetime | None = None


class BadgeUpdate(Input):
    """Changes to a badge; a new `userId` assigns it."""

    visual_id: VisualId | Unset = UNSET
    user_id: DocumentId | Unset | None = UNSET
    description: Text | Unset = UNSET
    active: bool | Unset = UNSET
    expires_at: AwareDatetime | Unset | None = UNSET


class Badge(Output):
    """A badge."""

    id: str
    uid: str
    visual_id: str
    user_id: str | None
    description: str
    active: bool
    expires_at: datetime | None
    created_at: datetime


class BadgeImportError(Output):
    """Why one line of an import was not taken."""

    line: int
    field: str
    message: str


class BadgeImport(Output):
    """What an import did."""

    created: int
    errors: list[BadgeImportError]
