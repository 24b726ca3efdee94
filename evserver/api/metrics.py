"""`GET /metrics` (Prometheus text) and the middleware that times every routed HTTP request."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

from litestar import get
from litestar.enums import ScopeType
from litestar.middleware import ASGIMiddleware
from litestar.response import Response
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from evserver.core.metrics import CONTENT_TYPE
from evserver.core.server_metrics import ServerMetrics
from evserver.storage.documents.session import Session

SessionCounter = Callable[[], Awaitable[int]]
# Litestar appends `; charset=utf-8` to text media types itself.
MEDIA_TYPE = CONTENT_TYPE.removesuffix("; charset=utf-8")
# The count scans every session (no index leads by status; 0.16 s on the embedded store with
# 100k sessions), so scrapes every 15 s reuse it for a minute.
SESSIONS_COUNT_MAX_AGE_S = 60.0


class RequestMetricsMiddleware(ASGIMiddleware):
    """Counts and times HTTP requests by method, route template and status."""

    scopes = (ScopeType.HTTP,)

    def __init__(self, metrics: ServerMetrics) -> None:
        """Report to `metrics`."""
        self.metrics = metrics

    async def handle(self, scope: Scope, receive: Receive, send: Send,
                     next_app: ASGIApp) -> None:
        """Pass the request on, noting the status it is answered with and how long it took."""
        started = time.perf_counter()
        status = 500

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await next_app(scope, receive, send_noting_status)
        finally:
            # The template, not the path: one series per route however many ids are requested.
            route = scope.get("path_template") or "unmatched"
            method = scope["method"] if scope["type"] == ScopeType.HTTP else "GET"
            self.metrics.observe_request(method, route, status,
                                         time.perf_counter() - started)


async def count_active_sessions() -> int:
    """Sessions in progress in every tenant (an aggregate `$count`, cheap on every engine)."""
    pipeline: list[dict[str, Any]] = [{"$match": {"status": "active"}}, {"$count": "n"}]
    cursor = await Session.get_pymongo_collection().aggregate(pipeline)
    async for row in cursor:
        return int(row["n"])
    return 0


def sessions_in_progress_hook(metrics: ServerMetrics, count: SessionCounter,
                              max_age_s: float = SESSIONS_COUNT_MAX_AGE_S
                              ) -> Callable[[], Awaitable[None]]:
    """A scrape hook that refreshes the sessions gauge at most every `max_age_s` seconds."""
    counted_at = -max_age_s

    async def refresh() -> None:
        nonlocal counted_at
        now = time.monotonic()
        if now - counted_at < max_age_s:
            return
        metrics.sessions_in_progress.set(await count())
        counted_at = now

    return refresh


def metrics_handlers(metrics: ServerMetrics,
                     count_sessions: SessionCounter = count_active_sessions) -> list[Any]:
    """The `GET /metrics` handler; sessions in progress are counted when it is scraped."""
    metrics.on_scrape(sessions_in_progress_hook(metrics, count_sessions))

    @get("/metrics", operation_id="metrics", tags=["Operations"], media_type=MEDIA_TYPE)
    async def metrics_endpoint() -> Response[str]:
        """Prometheus metrics of this node (text exposition format 0.0.4)."""
        return Response(await metrics.exposition(), media_type=MEDIA_TYPE)

    return [metrics_endpoint]
