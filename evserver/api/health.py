"""Liveness and readiness probes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from litestar import Router, get
from litestar.response import Response
from litestar.status_codes import HTTP_200_OK, HTTP_503_SERVICE_UNAVAILABLE

ReadyCheck = Callable[[], Awaitable[bool]]


def health_router(ready_check: ReadyCheck) -> Router:
    """`GET /health` (the process answers) and `GET /ready` (the database answers too)."""

    @get("/health", operation_id="health", tags=["Operations"], sync_to_thread=False)
    def health() -> dict[str, str]:
        """The process is alive."""
        return {"status": "ok"}

    @get("/ready", operation_id="ready", tags=["Operations"])
    async def ready() -> Response[dict[str, str]]:
        """The process can serve requests: its database answers."""
        if await ready_check():
            return Response({"status": "ready"}, status_code=HTTP_200_OK)
        return Response({"status": "database unreachable"},
                        status_code=HTTP_503_SERVICE_UNAVAILABLE)

    return Router(path="/", route_handlers=[health, ready])
