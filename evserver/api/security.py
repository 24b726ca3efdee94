"""Who is calling and what they may do: bearer tokens to principals, Casbin-backed guards.

Each controller names its resource once (`opt={"resource": ...}`), each handler its action
(`opt={"action": ...}`); the one guard `authorize` turns the token into a `Principal` and asks
the authorizer whether the role may ever do that action, before the body is read (403 whatever
it sends). Handlers then ask `Access.check` about the object itself, which is where `[own]`
conditions apply and where another tenant's object becomes a 404.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from litestar.connection import ASGIConnection
from litestar.di import NamedDependency
from litestar.handlers import BaseRouteHandler
from litestar.openapi.spec import SecurityRequirement
from litestar.params import SkipValidation

from evserver.api.principal import Principal
from evserver.api.services import services_of
from evserver.auth.errors import Unauthenticated
from evserver.auth.login import Authenticated, authenticate_token, signer_from_settings
from evserver.auth.policy import Authorizer, Decision, ObjectAttrs
from evserver.core.errors import Forbidden, NotFound
from evserver.core.logs import tenant_var

if TYPE_CHECKING:
    from evserver.app import Container

__all__ = ["BEARER", "Access", "Accessed", "Caller", "Principal", "Unauthenticated",
           "authenticate", "authorize", "bearer_token", "principal_of", "provide_access",
           "provide_principal"]

Connection = ASGIConnection[Any, Any, Any, Any]
# A handler's action: a fixed name, or one read from the request (a station command's name).
Action = str | Callable[[Connection], str]

# The OpenAPI security requirement of every endpoint behind a token.
BEARER: list[SecurityRequirement] = [{"BearerToken": []}]

_PRINCIPAL = "principal"
_ACCESS = "access"


def to_principal(authenticated: Authenticated) -> Principal:
    """The principal behind a checked token."""
    claims, tenant = authenticated.claims, authenticated.tenant
    return Principal(user_id=claims.user_id, tenant_id=claims.tenant_id,
                     tenant_slug=tenant.slug, role=authenticated.user.role, jti=claims.jti,
                     expires_at=claims.expires_at, is_platform_tenant=tenant.is_platform)


async def authenticate(container: Container, token: str) -> Principal:
    """The principal behind `token`, or `Unauthenticated` when the token is invalid, expired,
    revoked, or stale (the user's role, status or tenant changed since it was issued)."""
    signer = signer_from_settings(container.jwt_secret, container.settings.rest)
    return to_principal(await authenticate_token(signer, container.tenants, token))


def bearer_token(connection: Connection) -> str | None:
    """The token of an `Authorization: Bearer ...` header, if any."""
    header = connection.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


async def principal_of(connection: Connection) -> Principal:
    """The authenticated caller of this request (checked once, then remembered)."""
    known: Principal | None = connection.state.get(_PRINCIPAL)
    if known is not None:
        return known
    token = bearer_token(connection)
    if token is None:
        raise Unauthenticated("this endpoint needs a bearer token")
    services = services_of(connection)
    authenticated = await authenticate_token(services.sign_in.signer,
                                             services.container.tenants, token)
    principal = to_principal(authenticated)
    connection.state[_PRINCIPAL] = principal
    tenant_var.set(principal.tenant_slug)
    return principal


@dataclass(frozen=True)
class Access:
    """What the caller may do in this request: the role-level decision, and object checks."""

    principal: Principal
    authorizer: Authorizer
    resource: str
    action: str
    decision: Decision

    @property
    def tenant_id(self) -> str:
        """The tenant the caller acts in: every query of the request is scoped to it."""
        return self.principal.tenant_id

    @property
    def own_only(self) -> bool:
        """Lists must be limited to the caller's own objects."""
        return self.decision.own_only

    @property
    def hidden(self) -> bool:
        """Personal fields must be anonymised in what is returned."""
        return self.decision.hidden

    def may(self, action: str, obj: ObjectAttrs | None = None) -> bool:
        """Tell whether the caller may do `action` on this resource (or on `obj`)."""
        return self.authorizer.decide(self.principal.subject, action, self.resource,
                                      obj).allowed

    def check(self, obj: ObjectAttrs, action: str | None = None) -> Decision:
        """Decide on the object itself; raise `NotFound` (another tenant's) or `Forbidden`."""
        decision = self.authorizer.decide(self.principal.subject, action or self.action,
                                          self.resource, obj)
        if decision.not_found:
            raise NotFound(f"no such {self.resource}")
        if not decision.allowed:
            raise Forbidden(f"{self.principal.role} may not {action or self.action} "
                            f"this {self.resource}")
        return decision


async def authorize(connection: Connection, handler: BaseRouteHandler) -> None:
    """The guard: an authenticated caller whose role may do the handler's action at all."""
    principal = await principal_of(connection)
    resource: str = handler.opt["resource"]
    wanted: Action = handler.opt["action"]
    action = wanted(connection) if callable(wanted) else wanted
    authorizer = services_of(connection).container.authorizer
    decision = authorizer.decide(principal.subject, action, resource)
    if not decision.allowed:
        raise Forbidden(f"{principal.role} may not {action} {resource}")
    connection.state[_ACCESS] = Access(principal, authorizer, resource, action, decision)


async def authenticated(connection: Connection, handler: BaseRouteHandler) -> None:
    """The guard of endpoints any signed-in caller may use (profile, logout)."""
    await principal_of(connection)


def provide_access(request: Connection) -> Access:
    """The caller's access for this request (a dependency of handlers behind `authorize`)."""
    access: Access = request.state[_ACCESS]
    return access


async def provide_principal(request: Connection) -> Principal:
    """The authenticated caller (a dependency)."""
    return await principal_of(request)


# How a handler asks for the caller's access (behind `authorize`) or for the caller itself.
Accessed = NamedDependency[SkipValidation[Access]]
Caller = NamedDependency[SkipValidation[Principal]]
