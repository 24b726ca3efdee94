"""Test-data builders: every object a REST test needs, stored directly, with overrides."""

from __future__ import annotations

import itertools
from datetime import timedelta
from typing import Any

from evserver.charging.badges import badges
from evserver.core.clock import utcnow
from evserver.storage.documents.badge import Badge
from evserver.storage.documents.log import LogEntry
from evserver.storage.documents.meter_sample import MeterSample
from evserver.storage.documents.registration_token import RegistrationToken
from evserver.storage.documents.session import Session
from evserver.storage.documents.site import Site
from evserver.storage.documents.station import ChargingStation, Connector
from evserver.storage.documents.tenant import Tenant
from evserver.storage.documents.user import User
from evserver.storage.repository import TenantRepository

_numbers = itertools.count(1)


def unique(prefix: str) -> str:
    """A name no other test of the session uses."""
    return f"{prefix}{next(_numbers)}"


async def a_user(tenant: Tenant, **overrides: Any) -> User:
    """An Active Basic user without password."""
    values: dict[str, Any] = {"tenant_id": tenant.id, "email": f"{unique('u')}@example.com",
                              "role": "SuperAdmin" if tenant.is_platform else "Basic",
                              "status": "Active"}
    values.update(overrides)
    return await TenantRepository(User).insert(tenant.id, User(**values))


async def a_badge(tenant: Tenant, **overrides: Any) -> Badge:
    """An active badge, unassigned unless `user_id` is given."""
    values: dict[str, Any] = {"tenant_id": tenant.id, "uid": unique("TAG"), "visual_id": ""}
    values.update(overrides)
    return await badges.insert(tenant.id, Badge(**values))


async def a_site(tenant: Tenant, **overrides: Any) -> Site:
    """A site in Paris time."""
    values: dict[str, Any] = {"tenant_id": tenant.id, "name": unique("Site "),
                              "timezone": "Europe/Paris"}
    values.update(overrides)
    return await TenantRepository(Site).insert(tenant.id, Site(**values))


async def a_station(tenant: Tenant, **overrides: Any) -> ChargingStation:
    """An accepted OCPP-J station with two connectors."""
    values: dict[str, Any] = {
        "tenant_id": tenant.id, "station_id": unique("CP-"), "registration_status": "Accepted",
        "vendor": "Acme", "model": "Fast", "ocpp_protocol": "json", "ocpp_version": "1.6",
        "connectors": [Connector(connector_id=1, status="Available"),
                       Connector(connector_id=2, status="Available")],
    }
    values.update(overrides)
    return await TenantRepository(ChargingStation).insert(tenant.id, ChargingStation(**values))


async def a_session(tenant: Tenant, station_id: str, **overrides: Any) -> Session:
    """A completed session of 12 kWh that started an hour ago."""
    start = utcnow() - timedelta(hours=1)
    values: dict[str, Any] = {
        "tenant_id": tenant.id, "transaction_id": next(_numbers) + 1000,
        "station_id": station_id, "connector_id": 1, "started_at": start,
        "status": "completed", "stopped_at": start + timedelta(minutes=50),
        "meter_start_wh": 1000, "meter_stop_wh": 13000, "energy_wh": 12000,
        "duration_s": 3000, "timezone": "Europe/Paris", "id_tag": unique("TAG"),
        "price_minor": 456, "currency": "EUR",
    }
    values.update(overrides)
    return await TenantRepository(Session).insert(tenant.id, Session(**values))


async def samples_of(session: Session, registers_wh: list[float]) -> None:
    """Energy register and power samples one minute apart for `session`."""
    repository = TenantRepository(MeterSample)
    for minute, register in enumerate(registers_wh):
        at = session.started_at + timedelta(minutes=minute)
        for measurand, value, unit in (("Energy.Active.Import.Register", register, "Wh"),
                                       ("Power.Active.Import", 7.4, "kW"), ("SoC", 20 + minute,
                                                                             "Percent")):
            await repository.insert(session.tenant_id, MeterSample(
                tenant_id=session.tenant_id, session_id=session.id,
                station_id=session.station_id, connector_id=session.connector_id, at=at,
                measurand=measurand, value=value, unit=unit))


async def a_token(tenant: Tenant, **overrides: Any) -> RegistrationToken:
    """A registration token valid for a day."""
    values: dict[str, Any] = {"tenant_id": tenant.id, "token": unique("tok"),
                              "expires_at": utcnow() + timedelta(days=1)}
    values.update(overrides)
    return await TenantRepository(RegistrationToken).insert(tenant.id,
                                                            RegistrationToken(**values))


async def a_log(tenant_id: str | None, **overrides: Any) -> LogEntry:
    """An INFO log entry about a station."""
    values: dict[str, Any] = {"tenant_id": tenant_id, "message": unique("something "),
                              "station_id": "CP-LOG", "level": "INFO"}
    values.update(overrides)
    entry = LogEntry(**values)
    await entry.insert()
    return entry


class FakeLink:
    """A station connection that accepts every command and remembers it."""

    def __init__(self, reply: dict[str, Any] | None = None) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.reply = reply if reply is not None else {"status": "Accepted"}

    async def call(self, action: str, payload: dict[str, Any],
                   timeout_s: float) -> dict[str, Any]:
        self.calls.append((action, payload))
        return dict(self.reply)
