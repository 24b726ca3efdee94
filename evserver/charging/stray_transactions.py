"""Transactions a station still runs after the server closed them (soft stop).

An operator soft-stops a session when its station stopped answering. If the station comes back
and keeps sending meter values for it, the car is still charging on a session nobody will bill:
the station is asked, once, to stop that transaction (as the reference system does).
"""

from __future__ import annotations

import logging

from evserver.charging.errors import StationCommandError
from evserver.charging.gateway import StationGateway
from evserver.storage.documents.session import Session
from evserver.storage.documents.station import ChargingStation

logger = logging.getLogger(__name__)


class StopStrayTransaction:
    """Asks a station to stop a transaction whose session the server has closed."""

    def __init__(self, gateway: StationGateway) -> None:
        self.gateway = gateway

    async def __call__(self, station: ChargingStation, session: Session) -> None:
        logger.info("station still runs a closed session, asking it to stop", extra={
            "tenant_id": station.tenant_id, "station": station.station_id,
            "transaction_id": session.transaction_id})
        try:
            await self.gateway.remote_stop(station.tenant_id, station.station_id,
                                           session.transaction_id)
        except StationCommandError as exc:
            logger.info("stray transaction not stopped", extra={
                "tenant_id": station.tenant_id, "station": station.station_id,
                "transaction_id": session.transaction_id, "reason": exc.code})
