"""Domain errors: each adapter maps them once to a CALLERROR, a SOAP Fault or a problem detail."""

from __future__ import annotations


class DomainError(Exception):
    """Base class of every error the domain raises on purpose."""

    code = "domain_error"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class NotFound(DomainError):
    """The object does not exist in the caller's tenant."""

    code = "not_found"


class TenantNotFound(NotFound):
    """No tenant has this slug or id."""

    code = "tenant_not_found"


class AlreadyExists(DomainError):
    """A unique key (per tenant) is already taken."""

    code = "already_exists"


class InvalidInput(DomainError):
    """The input breaks a domain rule; `field` names the culprit."""

    code = "invalid_input"


class Conflict(DomainError):
    """The object is in a state that forbids the operation."""

    code = "conflict"


class Forbidden(DomainError):
    """The caller may not do this."""

    code = "forbidden"


class StorageUnavailable(DomainError):
    """The database could not be reached."""

    code = "storage_unavailable"
