"""Base classes and field types shared by every DTO (camelCase on the wire)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import msgspec
from msgspec import Meta


class Output(msgspec.Struct, kw_only=True, rename="camel"):
    """Something the API answers."""


class Input(msgspec.Struct, kw_only=True, rename="camel", forbid_unknown_fields=True):
    """Something the API accepts: unknown fields are refused, not ignored."""


def changes_of(update: msgspec.Struct) -> dict[str, Any]:
    """The fields an update DTO actually carries (snake_case), leaving out the unset ones."""
    values = {name: getattr(update, name) for name in update.__struct_fields__}
    return {name: value for name, value in values.items() if value is not msgspec.UNSET}


UNSET: Any = msgspec.UNSET
Unset = msgspec.UnsetType

DocumentId = Annotated[str, Meta(pattern=r"^[0-9a-f]{24}$", description="A document id.")]
Email = Annotated[str, Meta(min_length=3, max_length=254, examples=["driver@example.com"])]
Password = Annotated[str, Meta(min_length=1, max_length=256)]
Name = Annotated[str, Meta(max_length=100)]
RequiredName = Annotated[str, Meta(min_length=1, max_length=100)]
Text = Annotated[str, Meta(max_length=1000)]
TenantSlug = Annotated[str, Meta(min_length=1, max_length=63, examples=["demo"])]
LocaleCode = Annotated[str, Meta(min_length=2, max_length=16, examples=["en_US"])]
Timezone = Annotated[str, Meta(min_length=1, max_length=64, examples=["Europe/Paris"])]
AwareDatetime = Annotated[datetime, Meta(tz=True)]
