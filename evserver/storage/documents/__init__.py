"""One module per aggregate; `ALL_DOCUMENTS` is what Beanie is initialised with."""

from beanie import Document

from evserver.storage.documents.badge import Badge
from evserver.storage.documents.counter import Counter
from evserver.storage.documents.log import LogEntry
from evserver.storage.documents.meter_sample import MeterSample
from evserver.storage.documents.outbox import OutboxMessage
from evserver.storage.documents.registration_token import RegistrationToken
from evserver.storage.documents.revoked_token import RevokedToken
from evserver.storage.documents.session import Session
from evserver.storage.documents.session_curve import CurvePointDoc
from evserver.storage.documents.site import Site
from evserver.storage.documents.station import ChargingStation, Connector
from evserver.storage.documents.station_message import StationMessage
from evserver.storage.documents.tenant import Tenant, TenantComponents
from evserver.storage.documents.user import NotificationPreferences, User

ALL_DOCUMENTS: list[type[Document]] = [
    Tenant,
    User,
    Badge,
    Site,
    ChargingStation,
    Session,
    MeterSample,
    CurvePointDoc,
    Counter,
    LogEntry,
    OutboxMessage,
    RegistrationToken,
    RevokedToken,
    StationMessage,
]

__all__ = [
    "ALL_DOCUMENTS",
    "Badge",
    "ChargingStation",
    "Connector",
    "Counter",
    "CurvePointDoc",
    "LogEntry",
    "MeterSample",
    "NotificationPreferences",
    "OutboxMessage",
    "RegistrationToken",
    "RevokedToken",
    "Session",
    "Site",
    "StationMessage",
    "Tenant",
    "TenantComponents",
    "User",
]
