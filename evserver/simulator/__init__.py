"""Simulated charging stations: demos for operators and the load generator of the benchmark."""

from evserver.simulator.run import connect_fleet, make_fleet, run_simulation
from evserver.simulator.station import (
    PROTOCOLS,
    CallFailed,
    CallTimeout,
    SimulatedStation,
    SimulationStats,
    StationProfile,
)

__all__ = [
    "PROTOCOLS",
    "CallFailed",
    "CallTimeout",
    "SimulatedStation",
    "SimulationStats",
    "StationProfile",
    "connect_fleet",
    "make_fleet",
    "run_simulation",
]
