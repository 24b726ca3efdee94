"""Access tokens: HS256 JWTs naming the user, the tenant and the role.

A token carries a `jti` so it can be revoked (logout), and a fingerprint of what it was issued
for (role, status, active tenant components): the server recomputes the fingerprint on each
request and refuses the token when they differ, so a demoted, blocked or moved user must sign in
again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import jwt

from evserver.core.clock import as_utc, utcnow
from evserver.core.ids import new_token
from evserver.storage.documents.user import ROLES

ALGORITHM: Final = "HS256"
MIN_SECRET_BYTES: Final = 32
# Nodes of a cluster may disagree on the time by a few seconds; an `iat` further ahead is forged.
CLOCK_SKEW: Final = timedelta(seconds=60)
_REQUIRED: Final = ("sub", "tid", "ten", "role", "jti", "iat", "exp", "fingerprint")


class TokenError(Exception):
    """The token cannot be accepted."""


class TokenExpired(TokenError):
    """The token was valid but its lifetime is over."""


class TokenInvalid(TokenError):
    """The token is malformed, forged, signed with another key or misses a claim."""


@dataclass(frozen=True, slots=True)
class TokenLifetimes:
    """How long a token lives, by kind of user."""

    user: timedelta = timedelta(hours=12)
    demo: timedelta = timedelta(days=360)
    technical: timedelta = timedelta(days=180)

    def for_user(self, role: str, *, technical: bool) -> timedelta:
        """Return the lifetime of a token for a user of `role` (technical users first)."""
        if technical:
            return self.technical
        if role == "Demo":
            return self.demo
        return self.user


@dataclass(frozen=True, slots=True)
class TokenClaims:
    """What a valid token says."""

    user_id: str
    tenant_id: str
    tenant_slug: str
    role: str
    jti: str
    issued_at: datetime
    expires_at: datetime
    fingerprint: str


def user_fingerprint(role: str, status: str, active_components: Iterable[str]) -> str:
    """Return a short digest of the user's role and status and the tenant's active components.

    The components are taken as a set: their order does not matter.
    """
    text = "\x1f".join([role, status, ",".join(sorted(set(active_components)))])
    return hashlib.sha256(text.encode()).hexdigest()[:32]


class TokenSigner:
    """Issues and checks access tokens with one secret (which it never shows)."""

    def __init__(self, secret: str, lifetimes: TokenLifetimes | None = None) -> None:
        """Keep `secret` for signing; raise `ValueError` if it is shorter than 32 bytes."""
        if len(secret.encode()) < MIN_SECRET_BYTES:
            raise ValueError(f"the token secret must be at least {MIN_SECRET_BYTES} bytes long")
        self._secret = secret
        self.lifetimes = lifetimes or TokenLifetimes()

    def __repr__(self) -> str:
        return f"TokenSigner(lifetimes={self.lifetimes!r})"

    def issue(
        self,
        *,
        user_id: str,
        tenant_id: str,
        tenant_slug: str,
        role: str,
        fingerprint: str,
        technical: bool = False,
        now: datetime | None = None,
    ) -> tuple[str, TokenClaims]:
        """Sign a new token for the user; return it with its claims (for `jti` and expiry)."""
        issued_at = as_utc(now or utcnow()).replace(microsecond=0)
        claims = TokenClaims(
            user_id=user_id,
            tenant_id=tenant_id,
            tenant_slug=tenant_slug,
            role=role,
            jti=new_token(16),
            issued_at=issued_at,
            expires_at=issued_at + self.lifetimes.for_user(role, technical=technical),
            fingerprint=fingerprint,
        )
        payload = {
            "sub": claims.user_id,
            "tid": claims.tenant_id,
            "ten": claims.tenant_slug,
            "role": claims.role,
            "jti": claims.jti,
            "iat": int(claims.issued_at.timestamp()),
            "exp": int(claims.expires_at.timestamp()),
            "fingerprint": claims.fingerprint,
        }
        return jwt.encode(payload, self._secret, algorithm=ALGORITHM), claims

    def decode(self, token: str, *, now: datetime | None = None) -> TokenClaims:
        """Check the signature, the claims and the expiry of `token` and return its claims.

        Raises `TokenExpired` or `TokenInvalid`; neither message repeats the token.
        """
        try:
            payload: dict[str, Any] = jwt.decode(
                token,
                self._secret,
                algorithms=[ALGORITHM],
                # Time checks are done below against our clock, so tests and jobs agree on now.
                options={"require": list(_REQUIRED), "verify_exp": False, "verify_iat": False},
            )
        except jwt.InvalidTokenError as exc:
            raise TokenInvalid(f"invalid token: {type(exc).__name__}") from None
        claims = _claims(payload)
        current = as_utc(now or utcnow())
        if claims.issued_at > current + CLOCK_SKEW:
            raise TokenInvalid("invalid token: issued in the future")
        if claims.expires_at <= current:
            raise TokenExpired("token expired")
        return claims


def _claims(payload: dict[str, Any]) -> TokenClaims:
    texts = ("sub", "tid", "ten", "role", "jti", "fingerprint")
    if any(not isinstance(payload[name], str) or not payload[name] for name in texts):
        raise TokenInvalid("invalid token: a claim is not a non-empty string")
    if payload["role"] not in ROLES:
        raise TokenInvalid("invalid token: unknown role")
    times = (payload["iat"], payload["exp"])
    if any(isinstance(t, bool) or not isinstance(t, int) for t in times):
        raise TokenInvalid("invalid token: iat and exp must be integers")
    return TokenClaims(
        user_id=payload["sub"],
        tenant_id=payload["tid"],
        tenant_slug=payload["ten"],
        role=payload["role"],
        jti=payload["jti"],
        issued_at=_from_timestamp(payload["iat"]),
        expires_at=_from_timestamp(payload["exp"]),
        fingerprint=payload["fingerprint"],
    )


def _from_timestamp(value: int) -> datetime:
    try:
        return datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise TokenInvalid("invalid token: time out of range") from None
