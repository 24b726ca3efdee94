"""Sign-in, sign-out, registration and password reset."""

from __future__ import annotations

from typing import Literal

from evserver.api.dto.common import (
    Email,
    Input,
    LocaleCode,
    Name,
    Output,
    Password,
    TenantSlug,
)


class LoginCreate(Input):
    """Credentials of a user of `tenant` (the tenant's slug)."""

    email: Email
    password: Password
    tenant: TenantSlug


class LoginUser(Output):
    """Who signed in."""

    id: str
    email: str
    role: str
    tenant: str


class Login(Output, kw_only=True):
    """An access token to send as `Authorization: Bearer <accessToken>`."""

    access_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 - the scheme name
    expires_in: int
    user: LoginUser


class RegistrationCreate(Input):
    """A driver signing up to a tenant; the account stays Pending until the e-mail is verified."""

    email: Email
    password: Password
    tenant: TenantSlug
    first_name: Name = ""
    last_name: Name = ""
    locale: LocaleCode | None = None


class Registration(Output):
    """The new account."""

    id: str
    email: str
    status: str


class EmailVerificationCreate(Input):
    """The token of the verification link sent by e-mail."""

    tenant: TenantSlug
    email: Email
    token: Password


class PasswordResetRequestCreate(Input):
    """Ask for a reset link by e-mail."""

    tenant: TenantSlug
    email: Email


class PasswordResetCreate(Input):
    """Set a new password with the token of a reset link."""

    tenant: TenantSlug
    token: Password
    password: Password


class AccountState(Output):
    """Where an account stands after a self-service step."""

    status: str
    detail: str
