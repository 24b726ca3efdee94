"""Signing in and out: passwords with lockout and rate limits, tokens checked on every request."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from evserver.auth.errors import (
    AccountBlocked,
    AccountInactive,
    AccountLocked,
    AccountPending,
    TooManyAttempts,
    Unauthenticated,
)
from evserver.auth.lockout import Lockout, LockStatus
from evserver.auth.passwords import (
    hash_password_in_thread,
    needs_rehash,
    verify_password_in_thread,
)
from evserver.auth.rate_limit import AttemptLimiter
from evserver.auth.tokens import (
    TokenClaims,
    TokenError,
    TokenLifetimes,
    TokenSigner,
    user_fingerprint,
)
from evserver.core.clock import utcnow
from evserver.core.errors import AlreadyExists, TenantNotFound
from evserver.settings.model import RestSettings
from evserver.storage.documents.revoked_token import RevokedToken
from evserver.storage.documents.tenant import Tenant
from evserver.storage.documents.user import User
from evserver.storage.repository import TenantRepository
from evserver.tenants.service import TenantService

logger = logging.getLogger(__name__)

users = TenantRepository(User)
revoked_tokens = TenantRepository(RevokedToken)

WRONG_CREDENTIALS = "wrong e-mail, password or tenant"


def active_components(tenant: Tenant) -> list[str]:
    """Names of the modules switched on for `tenant`."""
    return [name for name, on in tenant.components.model_dump().items() if on]


def fingerprint_of(user: User, tenant: Tenant) -> str:
    """The fingerprint a token of `user` must carry to stay valid."""
    return user_fingerprint(user.role, user.status, active_components(tenant))


def signer_from_settings(secret: str, rest: RestSettings) -> TokenSigner:
    """A token signer with the configured lifetimes."""
    return TokenSigner(secret, TokenLifetimes(
        user=timedelta(hours=rest.user_token_hours),
        demo=timedelta(days=rest.demo_token_days),
        technical=timedelta(days=rest.technical_token_days),
    ))


@dataclass(frozen=True)
class Authenticated:
    """A valid token with the user and tenant it was checked against."""

    claims: TokenClaims
    user: User
    tenant: Tenant


@dataclass(frozen=True)
class IssuedToken:
    """A freshly signed token and what it was issued for."""

    token: str
    claims: TokenClaims
    user: User
    tenant: Tenant

    @property
    def expires_in_s(self) -> int:
        """Seconds until the token expires."""
        return int((self.claims.expires_at - self.claims.issued_at).total_seconds())


async def authenticate_token(signer: TokenSigner, tenants: TenantService,
                             token: str) -> Authenticated:
    """Check `token` and that what it was issued for still holds, or raise `Unauthenticated`.

    Refused: a bad signature or claim, an expired or revoked token, a user who no longer exists
    or is not Active, and a fingerprint that no longer matches (role, status or the tenant's
    components changed since the token was issued).
    """
    try:
        claims = signer.decode(token)
    except TokenError as exc:
        raise Unauthenticated(str(exc)) from None
    try:
        tenant = await tenants.get_by_slug(claims.tenant_slug, cached=True)
    except TenantNotFound:
        raise Unauthenticated("token of an unknown tenant") from None
    if tenant.id != claims.tenant_id:
        raise Unauthenticated("token of an unknown tenant")
    if await revoked_tokens.find_one(claims.tenant_id, {"jti": claims.jti}) is not None:
        raise Unauthenticated("token revoked")
    user = await users.get(claims.tenant_id, claims.user_id)
    if user is None or user.status != "Active":
        raise Unauthenticated("the account of this token is gone or not active")
    if fingerprint_of(user, tenant) != claims.fingerprint:
        raise Unauthenticated("the account changed since this token was issued: sign in again")
    return Authenticated(claims, user, tenant)


class SignIn:
    """Exchanges e-mail and password for an access token, and revokes tokens."""

    def __init__(self, signer: TokenSigner, tenants: TenantService, *, lockout: Lockout,
                 attempts_per_minute: int) -> None:
        self.signer = signer
        self.tenants = tenants
        self.lockout = lockout
        self._by_address = AttemptLimiter(attempts_per_minute)
        self._by_account = AttemptLimiter(attempts_per_minute)

    async def login(self, tenant_slug: str, email: str, password: str, *,
                    client_address: str) -> IssuedToken:
        """Check the credentials and the account's state; issue a token.

        Raises `TooManyAttempts`, `Unauthenticated` (never saying whether the e-mail exists),
        `AccountLocked` (with the unlock time), `AccountPending`, `AccountInactive` or
        `AccountBlocked`.
        """
        email = email.strip().lower()
        self._count_attempt(client_address, f"{tenant_slug}\x1f{email}")
        tenant = await self.tenants.find_by_slug(tenant_slug)
        user = await users.find_one(tenant.id, {"email": email}) if tenant else None
        if tenant is None or user is None:
            await verify_password_in_thread(password, None)  # same time as a real check
            raise Unauthenticated(WRONG_CREDENTIALS)
        now = utcnow()
        status = self.lockout.status(user.locked_until, now)
        if status is LockStatus.LOCKED and user.locked_until is not None:
            raise AccountLocked(user.locked_until)
        if status is LockStatus.EXPIRED:
            user = await self._unlock(user)
        if not await verify_password_in_thread(password, user.password_hash):
            await self._wrong_password(user, now)
        return await self._succeed(user, tenant, password, now)

    def issue(self, user: User, tenant: Tenant) -> IssuedToken:
        """Sign a token for `user` of `tenant` (after a successful sign-in)."""
        token, claims = self.signer.issue(
            user_id=user.id, tenant_id=tenant.id, tenant_slug=tenant.slug, role=user.role,
            fingerprint=fingerprint_of(user, tenant), technical=user.technical)
        return IssuedToken(token, claims, user, tenant)

    async def logout(self, tenant_id: str, jti: str, expires_at: datetime) -> None:
        """Revoke the token `jti` until it would have expired anyway."""
        # A second logout with the same token changes nothing.
        with contextlib.suppress(AlreadyExists):
            await revoked_tokens.insert(tenant_id, RevokedToken(
                tenant_id=tenant_id, jti=jti, expires_at=expires_at))

    def _count_attempt(self, address: str, account: str) -> None:
        for limiter, key in ((self._by_address, address), (self._by_account, account)):
            wait = limiter.hit(key)
            if wait is not None:
                raise TooManyAttempts(wait)

    async def _unlock(self, user: User) -> User:
        changes: dict[str, Any] = {"wrong_password_count": 0, "locked_until": None}
        if user.status == "Locked":
            changes["status"] = "Active"
        return await users.update(user.tenant_id, user.id, changes) or user

    async def _wrong_password(self, user: User, now: datetime) -> None:
        after = self.lockout.after_failure(user.wrong_password_count, user.locked_until, now)
        changes: dict[str, Any] = {"wrong_password_count": after.wrong_count,
                                   "locked_until": after.locked_until}
        if after.locked and user.status == "Active":
            changes["status"] = "Locked"
        await users.update(user.tenant_id, user.id, changes)
        if after.locked_until is not None:
            logger.warning("account locked", extra={"tenant": user.tenant_id,
                                                    "user_id": user.id})
            raise AccountLocked(after.locked_until)
        raise Unauthenticated(WRONG_CREDENTIALS)

    async def _succeed(self, user: User, tenant: Tenant, password: str,
                       now: datetime) -> IssuedToken:
        # The state is told only to whoever knows the password.
        if user.status == "Pending":
            raise AccountPending("the e-mail address of this account is not verified yet")
        if user.status == "Inactive":
            raise AccountInactive("this account is not active: an administrator must "
                                  "activate it")
        if user.status == "Blocked":
            raise AccountBlocked("this account is blocked: contact an administrator")
        if user.status != "Active":
            raise AccountBlocked("this account cannot sign in: contact an administrator")
        changes: dict[str, Any] = {"wrong_password_count": 0, "locked_until": None,
                                   "last_login_at": now}
        if user.password_hash and needs_rehash(user.password_hash):
            changes["password_hash"] = await hash_password_in_thread(password)
        user = await users.update(user.tenant_id, user.id, changes) or user
        return self.issue(user, tenant)
