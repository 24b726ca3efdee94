"""RFC 9457 problem details: every error the API answers, mapped once from its type."""

from __future__ import annotations

import logging
import re
from datetime import datetime
from http import HTTPStatus
from typing import Any

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.openapi.datastructures import ResponseSpec

from evserver.auth.errors import AccountLocked, TooManyAttempts, Unauthenticated
from evserver.charging.errors import (
    NotSupported,
    StationCommandError,
    StationOffline,
    StationRejected,
    StationTimeout,
)
from evserver.core.errors import (
    AlreadyExists,
    Conflict,
    DomainError,
    Forbidden,
    InvalidInput,
    NotFound,
    StorageUnavailable,
)

logger = logging.getLogger(__name__)

MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:evserver:problem:"

# Most specific first: the first class an error is an instance of decides the status.
_STATUS_BY_ERROR: tuple[tuple[type[DomainError], int], ...] = (
    (Unauthenticated, 401),
    (AccountLocked, 423),
    (TooManyAttempts, 429),
    (StationOffline, 409),
    (StationTimeout, 504),
    (NotSupported, 422),
    (StationRejected, 502),
    (StationCommandError, 502),
    (InvalidInput, 422),
    (NotFound, 404),
    (AlreadyExists, 409),
    (Conflict, 409),
    (Forbidden, 403),
    (StorageUnavailable, 503),
)
_UNKNOWN_FIELD_RE = re.compile(r"unknown field `([^`]+)`")


class FieldError(msgspec.Struct, kw_only=True):
    """What is wrong with one input field (a dotted path for nested fields)."""

    field: str
    message: str


class Problem(msgspec.Struct, kw_only=True, rename="camel", omit_defaults=True):
    """An error, as RFC 9457 problem details.

    `type` is a stable URN per kind of error; `errors` names the offending fields; a locked
    account adds `lockedUntil`, too many attempts add `retryAfter` (seconds).
    """

    type: str
    title: str
    status: int
    detail: str
    errors: list[FieldError] | None = None
    locked_until: datetime | None = None
    retry_after: int | None = None


def camel(name: str) -> str:
    """`site_id` → `siteId`, path by path (`address.postal_code` → `address.postalCode`)."""
    return ".".join(_camel_word(part) for part in name.split("."))


def _camel_word(word: str) -> str:
    head, *rest = word.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> Response[Any]:
    """The HTTP response carrying `problem`."""
    return Response(content=msgspec.to_builtins(problem), status_code=problem.status,
                    media_type=MEDIA_TYPE, headers=headers)


def make_problem(status: int, detail: str, code: str | None = None,
                 errors: list[FieldError] | None = None) -> Problem:
    """A problem with the standard title of `status`."""
    return Problem(type=TYPE_PREFIX + (code or _code_of_status(status)),
                   title=HTTPStatus(status).phrase, status=status, detail=detail, errors=errors)


def domain_error_handler(request: Request[Any, Any, Any], exc: DomainError) -> Response[Any]:
    """A domain error as a problem: the status from its type, the field it names if any."""
    status = next((s for kind, s in _STATUS_BY_ERROR if isinstance(exc, kind)), 400)
    errors = [FieldError(field=camel(exc.field), message=exc.message)] if exc.field else None
    problem = make_problem(status, exc.message, exc.code, errors)
    headers: dict[str, str] = {}
    if isinstance(exc, Unauthenticated):
        headers["WWW-Authenticate"] = "Bearer"
    if isinstance(exc, AccountLocked):
        problem.locked_until = exc.locked_until
    if isinstance(exc, TooManyAttempts):
        problem.retry_after = exc.retry_after_s
        headers["Retry-After"] = str(exc.retry_after_s)
    return problem_response(problem, headers or None)


def http_error_handler(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Any]:
    """A framework error (validation, unknown route, body too large...) as a problem."""
    if isinstance(exc, ValidationException) and isinstance(exc.extra, list) and exc.extra:
        errors = [_field_error(request, item) for item in exc.extra]
        detail = "; ".join(f"{e.field}: {e.message}" for e in errors)
        return problem_response(make_problem(422, detail, "invalid_input", errors))
    status = exc.status_code
    detail = exc.detail if status < 500 else HTTPStatus(status).phrase
    headers = {k: v for k, v in (exc.headers or {}).items()}
    return problem_response(make_problem(status, detail), headers or None)


def internal_error_handler(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    """Anything unexpected: logged with its traceback, answered without it."""
    logger.exception("unhandled error", extra={"path": request.url.path,
                                               "method": request.method})
    return problem_response(make_problem(500, "the server could not handle this request"))


EXCEPTION_HANDLERS: dict[type[Exception], Any] = {
    DomainError: domain_error_handler,
    HTTPException: http_error_handler,
    Exception: internal_error_handler,
}


def error_responses(*statuses: int) -> dict[int, ResponseSpec]:
    """OpenAPI entries documenting that a handler may answer these problems.

    400 (a body that is not JSON) is listed everywhere, so the framework's own entry for it
    is replaced by the problem shape actually answered.
    """
    return {status: ResponseSpec(data_container=Problem, media_type=MEDIA_TYPE,
                                 description=HTTPStatus(status).phrase,
                                 generate_examples=False)
            for status in sorted({400, *statuses})}


def _field_error(request: Request[Any, Any, Any], item: Any) -> FieldError:
    if not isinstance(item, dict):
        return FieldError(field="", message=str(item))
    message = str(item.get("message", "invalid value"))
    key = str(item.get("key") or "")
    source = item.get("source")
    field = "" if key == "data" else (_query_name(request, key) if source == "query" else key)
    unknown = _UNKNOWN_FIELD_RE.search(message)
    if unknown:
        field = f"{field}.{unknown.group(1)}" if field else unknown.group(1)
    return FieldError(field=field or "body", message=message)


def _query_name(request: Request[Any, Any, Any], key: str) -> str:
    """The name a query parameter has in the URL (`since` is asked for as `from`)."""
    parameter = request.route_handler.parsed_fn_signature.parameters.get(key)
    alias = getattr(parameter.kwarg_definition, "name", None) if parameter else None
    return alias if isinstance(alias, str) and alias else camel(key)


def _code_of_status(status: int) -> str:
    return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
