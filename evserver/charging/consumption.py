"""The consumption curve of a session, rebuilt from its stored meter samples."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from itertools import groupby

from evserver.charging.meter_values import live_values
from evserver.charging.model import MeterReading, SampledValue
from evserver.storage.documents.meter_sample import MeterSample
from evserver.storage.documents.session import Session
from evserver.storage.repository import TenantRepository

samples = TenantRepository(MeterSample)


@dataclass(frozen=True)
class CurvePoint:
    """The session at one sampled instant: energy since the start, power, state of charge.

    `amount_minor` (the price so far, in minor units) stays None until pricing prices it.
    """

    at: datetime
    energy_wh: float | None
    power_w: float | None
    soc: float | None
    amount_minor: int | None = None


async def consumption_curve(session: Session) -> list[CurvePoint]:
    """One point per sampled instant of `session`, oldest first."""
    stored = await samples.find(session.tenant_id, {"session_id": session.id},
                                sort=[("at", 1)], limit=0)
    points: list[CurvePoint] = []
    energy: float | None = 0.0
    for at, group in groupby(stored, key=lambda s: s.at):
        reading = MeterReading(at=at, values=[
            SampledValue(value=s.value, measurand=s.measurand, unit=s.unit, phase=s.phase,
                         location=s.location, context=s.context) for s in group])
        values = live_values(reading)
        if values.register_wh is not None:
            energy = max(0.0, values.register_wh - session.meter_start_wh)
        points.append(CurvePoint(at=at, energy_wh=energy, power_w=values.power_w,
                                 soc=values.soc))
    return points
