"""Who may connect: tenant, station, registration policy, registration token and password.

Both OCPP-J (before the WebSocket upgrade) and OCPP-S (on every request) ask the same questions.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from evserver.auth.passwords import verify_password_in_thread
from evserver.charging.stations import StationService
from evserver.core.clock import utcnow
from evserver.core.errors import AlreadyExists, DomainError, TenantNotFound
from evserver.core.ids import is_valid_station_id
from evserver.storage.documents.registration_token import RegistrationToken
from evserver.storage.documents.station import ChargingStation
from evserver.storage.documents.tenant import Tenant
from evserver.storage.repository import TenantRepository
from evserver.tenants.service import TenantService

logger = logging.getLogger(__name__)

registration_tokens = TenantRepository(RegistrationToken)


class AdmissionRefused(DomainError):
    """The station may not connect; `status` is the HTTP status to answer with."""

    code = "admission_refused"

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Admission:
    """A station allowed to talk to us, and its tenant."""

    tenant: Tenant
    station: ChargingStation
    created: bool = False


class StationAdmission:
    """Applies the connection rules shared by every OCPP transport."""

    def __init__(self, tenants: TenantService, stations: StationService) -> None:
        self.tenants = tenants
        self.stations = stations
        # Verified (station, hash, password digest): argon2 is slow on purpose, and a station
        # that reconnects with the same password need not pay for it again.
        self._verified: set[tuple[str, str, str]] = set()

    async def admit(self, tenant_slug: str, station_id: str, *, token: str | None = None,
                    password: str | None = None, certified: bool = False) -> Admission:
        """Return the admission of `station_id` in `tenant_slug`, or raise `AdmissionRefused`.

        `certified`: the station proved its identity with a client certificate (OCPP security
        profile 3), which takes the place of its password.
        """
        if not is_valid_station_id(station_id):
            raise AdmissionRefused(f"invalid station id `{station_id[:60]}`", 400)
        try:
            tenant = await self.tenants.get_by_slug(tenant_slug, cached=True)
        except TenantNotFound:
            raise AdmissionRefused(f"unknown tenant `{tenant_slug[:60]}`", 404) from None
        station = await self.stations.find(tenant.id, station_id)
        if station is not None:
            if not certified:
                await self._check_password(station, password)
            return Admission(tenant, station)
        return await self._register(tenant, station_id, token)

    async def _check_password(self, station: ChargingStation, password: str | None) -> None:
        if station.password_hash is None:
            return
        if password is None:
            raise AdmissionRefused("this station must authenticate (HTTP Basic)", 401)
        digest = hashlib.sha256(password.encode()).hexdigest()
        key = (station.id, station.password_hash, digest)
        if key in self._verified:
            return
        if not await verify_password_in_thread(password, station.password_hash):
            raise AdmissionRefused("wrong station password", 401)
        self._verified.add(key)

    async def _register(self, tenant: Tenant, station_id: str, token: str | None) -> Admission:
        if tenant.registration_policy == "reject":
            raise AdmissionRefused(f"unknown station `{station_id}`", 404)
        usable = None
        if token:
            found = await registration_tokens.find_one(tenant.id, {"token": token})
            if found is not None and found.is_usable(utcnow()):
                usable = found
        # A wrong token is refused even where unknown stations may wait as Pending.
        if usable is None and (token or tenant.registration_policy != "pending"):
            raise AdmissionRefused(f"unknown station `{station_id}`", 404)
        try:
            station = await self.stations.add(
                tenant.id, station_id,
                site_id=usable.site_id if usable else None,
                registration_status="Accepted" if usable else "Pending",
                registration_token_id=usable.id if usable else None,
            )
        except AlreadyExists:
            # Two first connections raced; the other one created it.
            existing = await self.stations.find(tenant.id, station_id)
            if existing is None:
                raise
            return Admission(tenant, existing)
        logger.info("station registered", extra={
            "tenant": tenant.slug, "station": station_id,
            "status": station.registration_status})
        return Admission(tenant, station, created=True)
