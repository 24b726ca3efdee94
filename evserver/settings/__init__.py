"""Typed configuration loaded from `config/*.toml` and `EVSERVER_*` environment variables."""

from evserver.settings.loader import ConfigError, load_settings
from evserver.settings.model import (
    CentralSystemSettings,
    ChargingStationSettings,
    Settings,
    StorageSettings,
)

__all__ = [
    "CentralSystemSettings",
    "ChargingStationSettings",
    "ConfigError",
    "Settings",
    "StorageSettings",
    "load_settings",
]
