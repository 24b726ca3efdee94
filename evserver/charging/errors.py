"""Errors of server-to-station commands; each adapter maps them once (HTTP 409/504/422...)."""

from __future__ import annotations

from evserver.core.errors import DomainError


class StationCommandError(DomainError):
    """A command could not be carried out by the station."""

    code = "station_command_error"


class StationOffline(StationCommandError):
    """No connection to the station (or its SOAP endpoint did not answer)."""

    code = "station_offline"


class StationTimeout(StationCommandError):
    """The station did not answer within the command timeout."""

    code = "station_timeout"


class StationRejected(StationCommandError):
    """The station answered with an error (CALLERROR or SOAP Fault)."""

    code = "station_rejected"

    def __init__(self, message: str, *, error_code: str = "", details: object = None) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.details = details


class NotSupported(StationCommandError):
    """The station's protocol or version has no such command."""

    code = "not_supported"
