"""Registration tokens."""

from __future__ import annotations

from datetime import datetime

from evserver.api.dto.common import UNSET, AwareDatetime, DocumentId, Input, Output, Text, Unset


class RegistrationTokenCreate(Input):
    """A new token; it expires in 30 days unless `expiresAt` says otherwise."""

    description: Text = ""
    site_id: DocumentId | None = None
    expires_at: AwareDatetime | None = None


class RegistrationTokenUpdate(Input):
    """Changes to a token."""

    description: Text | Unset = UNSET
    site_id: DocumentId | Unset | None = UNSET
    expires_at: AwareDatetime | Unset = UNSET


class RegistrationToken(Output):
    """A token with the URLs a station registers with.

    `ocppJsonUrls` end with `{stationId}`, to be replaced by the station's id.
    """

    id: str
    token: str
    description: str
    site_id: str | None
    expires_at: datetime
    revoked_at: datetime | None
    usable: bool
    ocpp_json_urls: list[str]
    ocpp_soap_urls: list[str]
    created_at: datetime
