"""Typed configuration: one Struct per section of `config/evserver.toml`."""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import Meta

Port = Annotated[int, Meta(ge=1, le=65535)]
Positive = Annotated[int, Meta(ge=1)]
NonNegative = Annotated[int, Meta(ge=0)]
Locale = Literal["en_US", "fr_FR", "es_ES", "de_DE", "pt_PT", "it_IT"]


class _Section(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    pass


class CentralSystemSettings(_Section, kw_only=True):
    """One OCPP central system listener."""

    implementation: Literal["json", "soap"]
    protocol: Literal["ws", "wss", "http", "https"]
    host: str = "0.0.0.0"
    port: Port
    tls_cert: str | None = None
    tls_key: str | None = None
    # OCPP security profile 3 (wss only): stations present a certificate issued by this CA,
    # whose common name is their id and whose organization is their tenant's slug.
    tls_client_ca: str | None = None
    max_message_bytes: Annotated[int, Meta(ge=1024)] = 65536

    def __post_init__(self) -> None:
        expected = ("ws", "wss") if self.implementation == "json" else ("http", "https")
        if self.protocol not in expected:
            raise ValueError(
                f"protocol: `{self.protocol}` does not fit implementation "
                f"`{self.implementation}` (use {' or '.join(expected)})"
            )
        if self.protocol in ("wss", "https") and not (self.tls_cert and self.tls_key):
            raise ValueError(f"tls_cert: protocol `{self.protocol}` needs tls_cert and tls_key")
        if self.tls_client_ca and self.protocol != "wss":
            raise ValueError("tls_client_ca: client certificates need protocol `wss`")


def _default_central_systems() -> list[CentralSystemSettings]:
    return [
        CentralSystemSettings(implementation="json", protocol="ws", port=8010),
        CentralSystemSettings(implementation="soap", protocol="http", port=8000),
    ]


class RestSettings(_Section):
    """REST API, events stream and OCPI listener, and user authentication."""

    host: str = "0.0.0.0"
    port: Port = 8080
    public_url: str = "http://localhost:8080"
    jwt_secret: str = ""
    jwt_secret_file: str = "var/jwt-secret"  # noqa: S105 - a path, not a secret
    user_token_hours: Positive = 12
    demo_token_days: Positive = 360
    technical_token_days: Positive = 180
    wrong_password_trials: Positive = 3
    lockout_minutes: Positive = 5
    login_attempts_per_minute: Positive = 10
    max_body_bytes: Annotated[int, Meta(ge=1024)] = 1_048_576
    cors_origins: list[str] = msgspec.field(default_factory=list)


class StorageSettings(_Section):
    """Where the data lives."""

    url: str = "embedded"
    database: Annotated[str, Meta(min_length=1, max_length=63, pattern=r"^[A-Za-z0-9_-]+$")] = (
        "evserver"
    )
    embedded_data_dir: str = "var/db"
    connect_timeout_s: Positive = 30

    def __post_init__(self) -> None:
        if self.url != "embedded" and not self.url.startswith(("mongodb://", "mongodb+srv://")):
            raise ValueError("url: must be `embedded` or a `mongodb://` / `mongodb+srv://` URL")


class FrontendSettings(_Section):
    """The web frontend, used to build links in e-mails."""

    url: str = "http://localhost:4200"


class EmailSettings(_Section):
    """Outgoing mail (SMTP)."""

    smtp_host: str = "localhost"
    smtp_port: Port = 1025
    tls: Literal["none", "starttls", "tls"] = "none"
    user: str = ""
    password: str = ""
    sender: str = "evserver <no-reply@localhost>"


class ChargingStationSettings(_Section):
    """Timers that apply to every station."""

    heartbeat_interval_s: Positive = 300
    ping_interval_s: NonNegative = 60
    offline_after_s: Positive = 900
    command_timeout_s: Positive = 30
    live_values_flush_s: Annotated[float, Meta(ge=0, le=60)] = 1.0
    templates_dir: str = "config/station-templates"


class LocaleSettings(_Section):
    """Languages of e-mails and formatted values."""

    default: Locale = "en_US"
    supported: list[Locale] = msgspec.field(
        default_factory=lambda: ["en_US", "fr_FR", "es_ES", "de_DE", "pt_PT", "it_IT"]
    )

    def __post_init__(self) -> None:
        if self.default not in self.supported:
            raise ValueError(f"default: `{self.default}` is not in `supported`")


class ClusterSettings(_Section):
    """Several server processes on one database."""

    node_id: str = ""
    redis_url: str = ""


class AuthorizationSettings(_Section):
    """Where the Casbin model and policy are."""

    policy_dir: str = "config/casbin"


class LoggingSettings(_Section):
    """Log output."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    json: bool = False


class FirstStartSettings(_Section):
    """What the very first start creates in an empty database."""

    superadmin_email: str = "superadmin@evserver.local"
    superadmin_password: str = ""
    demo_data: bool = True


class Settings(_Section):
    """The whole configuration."""

    central_systems: list[CentralSystemSettings] = msgspec.field(
        default_factory=_default_central_systems
    )
    rest: RestSettings = msgspec.field(default_factory=RestSettings)
    storage: StorageSettings = msgspec.field(default_factory=StorageSettings)
    frontend: FrontendSettings = msgspec.field(default_factory=FrontendSettings)
    email: EmailSettings = msgspec.field(default_factory=EmailSettings)
    charging_station: ChargingStationSettings = msgspec.field(
        default_factory=ChargingStationSettings
    )
    locales: LocaleSettings = msgspec.field(default_factory=LocaleSettings)
    authorization: AuthorizationSettings = msgspec.field(default_factory=AuthorizationSettings)
    cluster: ClusterSettings = msgspec.field(default_factory=ClusterSettings)
    logging: LoggingSettings = msgspec.field(default_factory=LoggingSettings)
    first_start: FirstStartSettings = msgspec.field(default_factory=FirstStartSettings)

    def __post_init__(self) -> None:
        seen: set[tuple[str, int]] = set()
        for cs in self.central_systems:
            if (cs.host, cs.port) in seen:
                raise ValueError(f"central_systems: port {cs.port} is used twice")
            seen.add((cs.host, cs.port))
