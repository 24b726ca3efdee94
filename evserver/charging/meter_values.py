"""Meter value arithmetic: units, registers and the live values of a session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from evserver.charging.model import MeterReading, SampledValue

ENERGY_REGISTER = "Energy.Active.Import.Register"
POWER = "Power.Active.Import"
CURRENT = "Current.Import"
SOC = "SoC"

_SCALE = {"Wh": 1.0, "kWh": 1000.0, "W": 1.0, "kW": 1000.0, "varh": 1.0, "kvarh": 1000.0,
          "var": 1.0, "kvar": 1000.0, "VA": 1.0, "kVA": 1000.0}
_DEFAULT_UNIT = {ENERGY_REGISTER: "Wh", POWER: "W", CURRENT: "A", SOC: "Percent",
                 "Voltage": "V", "Temperature": "Celsius", "Frequency": "Hz"}


def unit_of(value: SampledValue) -> str:
    """The unit of a sampled value, with the OCPP default for its measurand."""
    if value.unit:
        return value.unit
    return _DEFAULT_UNIT.get(value.measurand, "Wh" if value.measurand.startswith("Energy") else "")


def in_base_unit(value: SampledValue) -> float:
    """The value in Wh / W / var / VA when it was given in kilo-units, else unchanged."""
    return value.value * _SCALE.get(unit_of(value), 1.0)


@dataclass
class LiveValues:
    """What one reading says about a session right now (None: not in this reading)."""

    register_wh: float | None = None
    power_w: float | None = None
    current_a: float | None = None
    soc: float | None = None


def live_values(reading: MeterReading) -> LiveValues:
    """Fold a reading into totals: per-phase values are summed when no total is given."""
    out = LiveValues()
    phased_power: list[float] = []
    phased_current: list[float] = []
    for value in reading.values:
        if value.location not in (None, "Outlet", "EV"):
            continue  # Inlet / Cable / Body readings describe the grid side or the hardware
        if value.measurand == ENERGY_REGISTER and value.phase is None:
            out.register_wh = in_base_unit(value)
        elif value.measurand == POWER:
            if value.phase is None:
                out.power_w = in_base_unit(value)
            elif value.phase in ("L1", "L2", "L3", "L1-N", "L2-N", "L3-N"):
                phased_power.append(in_base_unit(value))
        elif value.measurand == CURRENT:
            if value.phase is None:
                out.current_a = value.value
            elif value.phase in ("L1", "L2", "L3"):
                phased_current.append(value.value)
        elif value.measurand == SOC:
            out.soc = value.value
    if out.power_w is None and phased_power:
        out.power_w = sum(phased_power)
    if out.current_a is None and phased_current:
        out.current_a = max(phased_current)
    return out


def inactivity_increment(previous_at: datetime | None, previous_register_wh: float | None,
                         at: datetime, register_wh: float | None) -> int:
    """Seconds of inactivity between two register readings (no energy delivered in between)."""
    if previous_at is None or previous_register_wh is None or register_wh is None:
        return 0
    seconds = int((at - previous_at).total_seconds())
    if seconds <= 0:
        return 0
    return seconds if register_wh - previous_register_wh <= 0 else 0
