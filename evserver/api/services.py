"""The services the API's handlers call, built once from the container."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from litestar.connection import ASGIConnection
from litestar.di import NamedDependency
from litestar.params import SkipValidation

from evserver.auth.accounts import AccountService
from evserver.auth.lockout import Lockout
from evserver.auth.login import SignIn, signer_from_settings
from evserver.auth.password_reset import PasswordReset
from evserver.auth.registration import Registration
from evserver.charging.registration_tokens import RegistrationTokenService
from evserver.charging.station_admin import StationAdministration
from evserver.charging.templates_store import TemplateStore

if TYPE_CHECKING:
    from evserver.app import Container

STATE_KEY = "api_services"


@dataclass
class ApiServices:
    """The container plus the services only the API uses."""

    container: Container
    sign_in: SignIn
    registration: Registration
    password_reset: PasswordReset
    accounts: AccountService
    registration_tokens: RegistrationTokenService
    station_admin: StationAdministration
    templates: TemplateStore

    @classmethod
    def build(cls, container: Container) -> ApiServices:
        """Build the API's services from the container's settings and services."""
        settings = container.settings
        rest = settings.rest
        signer = signer_from_settings(container.jwt_secret, rest)
        lockout = Lockout(trials=rest.wrong_password_trials, minutes=rest.lockout_minutes)
        return cls(
            container=container,
            sign_in=SignIn(signer, container.tenants, lockout=lockout,
                           attempts_per_minute=rest.login_attempts_per_minute),
            registration=Registration(container.tenants, container.users,
                                      settings.frontend.url),
            password_reset=PasswordReset(container.tenants, settings.frontend.url),
            accounts=AccountService(),
            registration_tokens=RegistrationTokenService(),
            station_admin=StationAdministration(),
            templates=TemplateStore(settings.charging_station.templates_dir),
        )


def services_of(connection: ASGIConnection[Any, Any, Any, Any]) -> ApiServices:
    """The API services of the application serving `connection`."""
    services: ApiServices = connection.app.state[STATE_KEY]
    return services


def provide_services(request: ASGIConnection[Any, Any, Any, Any]) -> ApiServices:
    """The API services (a Litestar dependency)."""
    return services_of(request)


# How a handler asks for the services.
Services = NamedDependency[SkipValidation[ApiServices]]
