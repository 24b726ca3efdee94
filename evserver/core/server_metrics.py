"""What evserver measures about itself, with one method per thing the adapters report."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from evserver.core.metrics import MetricsRegistry

logger = logging.getLogger(__name__)

ScrapeHook = Callable[[], Awaitable[None]]


class ServerMetrics:
    """The process's metrics; built once by the composition root and passed to the adapters."""

    def __init__(self) -> None:
        self.registry = MetricsRegistry()
        r = self.registry
        self.http_requests = r.counter(
            "evserver_http_requests_total", "HTTP requests answered, by route template.",
            ("method", "route", "status"))
        self.http_latency = r.histogram(
            "evserver_http_request_duration_seconds",
            "Time from the request to the end of the response, by route template.",
            ("method", "route"))
        self.ocpp_messages = r.counter(
            "evserver_ocpp_messages_total", "OCPP messages by action, version and direction.",
            ("action", "version", "direction"))
        self.connected_stations = r.gauge(
            "evserver_connected_stations", "Stations connected to this node, by protocol.",
            ("protocol",))
        self.sessions_in_progress = r.gauge(
            "evserver_sessions_in_progress", "Charging sessions in progress in every tenant.")
        self.event_stream_clients = r.gauge(
            "evserver_event_stream_clients", "Clients of the events stream on this node.")
        self.event_stream_dropped = r.counter(
            "evserver_event_stream_dropped_total",
            "Events stream clients closed because they could not keep up.")
        self._scrape_hooks: list[ScrapeHook] = []

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        """Count one answered HTTP request and its latency."""
        self.http_requests.inc(method, route, str(status))
        self.http_latency.observe(seconds, method, route)

    def ocpp_message(self, action: str, version: str, direction: str) -> None:
        """Count one OCPP message (`direction`: `in` from the station, `out` to it)."""
        self.ocpp_messages.inc(action, version, direction)

    def set_connected_stations(self, count: int, protocol: str = "json") -> None:
        """Report how many stations are connected to this node over `protocol`."""
        self.connected_stations.set(count, protocol)

    def on_scrape(self, hook: ScrapeHook) -> None:
        """Run `hook` before each exposition, to refresh values computed on demand."""
        self._scrape_hooks.append(hook)

    async def exposition(self) -> str:
        """Refresh the on-demand values, then render every metric."""
        for hook in self._scrape_hooks:
            try:
                await hook()
            except Exception:
                # A scrape shows stale values rather than failing on one broken source.
                logger.exception("metrics refresh failed")
        return self.registry.render()
