"""The consumption curve of a session, rebuilt from its stored meter samples."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from itertools import groupby

from evserver.charging.meter_values import CURRENT, ENERGY_REGISTER, POWER, SOC, live_values
from evserver.charging.model import MeterReading, SampledValue
from evserver.core.clock import as_utc
from evserver.storage.documents.meter_sample import MeterSample
from evserver.storage.documents.session import Session
from evserver.storage.documents.session_curve import CurvePointDoc
from evserver.storage.repository import TenantRepository

samples = TenantRepository(MeterSample)
curve_points = TenantRepository(CurvePointDoc)
CURVE_MEASURANDS = (ENERGY_REGISTER, POWER, CURRENT, SOC)


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


_SAMPLE_FIELDS = ("at", "measurand", "value", "unit", "phase", "location", "context")
_POINT_FIELDS = ("at", "energy_wh", "power_w", "soc")


async def consumption_curve(session: Session) -> list[CurvePoint]:
    """One point per sampled instant of `session`, oldest first."""
    # Plain projected documents ordered here: a curve has thousands of readings, and building
    # models or sorting in the database dominated its cost.
    stored = await curve_points.find_raw(session.tenant_id, {"session_id": session.id},
                                         fields=_POINT_FIELDS)
    if not stored:
        return await _from_samples(session)
    stored.sort(key=lambda raw: as_utc(raw["at"]))
    points: list[CurvePoint] = []
    energy: float | None = 0.0
    for raw in stored:
        if raw.get("energy_wh") is not None:
            energy = float(raw["energy_wh"])
        points.append(CurvePoint(at=as_utc(raw["at"]), energy_wh=energy,
                                 power_w=raw.get("power_w"), soc=raw.get("soc")))
    return points


async def _from_samples(session: Session) -> list[CurvePoint]:
    # Sessions recorded before curve points existed (or imported) are rebuilt from samples.
    stored = [raw for raw in await samples.find_raw(session.tenant_id,
                                                    {"session_id": session.id},
                                                    fields=_SAMPLE_FIELDS)
              if raw.get("measurand") in CURVE_MEASURANDS]
    stored.sort(key=lambda raw: as_utc(raw["at"]))
    points: list[CurvePoint] = []
    energy: float | None = 0.0
    for at, group in groupby(stored, key=lambda raw: as_utc(raw["at"])):
        reading = MeterReading(at=at, values=[
            SampledValue(value=float(raw["value"]), measurand=raw["measurand"],
                         unit=raw.get("unit"), phase=raw.get("phase"),
                         location=raw.get("location"),
                         context=raw.get("context") or "Sample.Periodic") for raw in group])
        values = live_values(reading)
        if values.register_wh is not None:
            energy = max(0.0, values.register_wh - session.meter_start_wh)
        points.append(CurvePoint(at=at, energy_wh=energy, power_w=values.power_w,
                                 soc=values.soc))
    return points
