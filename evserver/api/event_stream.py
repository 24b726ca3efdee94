"""Fan domain events out to the clients of the events stream, each seeing what its role may see.

One bus subscription per process (taken while at least one client listens) feeds a bounded
buffer per client. Each event is checked against the policy once per kind of reader (role,
tenant kind, "is it about me") and serialised once per view, so a client costs one append.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from functools import cached_property
from typing import Any, Final

import msgspec

from evserver.api.principal import Principal
from evserver.api.privacy import HIDDEN
from evserver.auth.policy import Authorizer, Decision, ObjectAttrs
from evserver.core.events import DomainEvent, EventBus
from evserver.core.server_metrics import ServerMetrics

logger = logging.getLogger(__name__)

RESOURCE: Final = "Events"
ACTION: Final = "subscribe"
DEFAULT_BUFFER: Final = 256
# Fields that name or identify a person; the `hidden` view replaces their values.
PERSONAL_FIELDS: Final = frozenset({
    "userId", "idTag", "badgeId", "stoppedByIdTag", "email", "firstName", "lastName", "phone",
})
# Event type prefix -> the category the policy's rules know.
_CATEGORIES: Final = {"station": "station", "connector": "station", "session": "session"}


class EndReason(Enum):
    """Why a client's stream ended on the server's side."""

    TOO_SLOW = "too slow"
    EXPIRED = "token expired"
    SHUTDOWN = "server shutting down"
    DISCONNECTED = "client disconnected"


class _Message(msgspec.Struct):
    """The wire shape of one event."""

    type: str
    tenant: str
    at: datetime
    data: dict[str, Any]


_encoder = msgspec.json.Encoder()


class Frame:
    """One event serialised for one view, shared by every client of that view."""

    def __init__(self, json: bytes) -> None:
        self.json = json

    @cached_property
    def text(self) -> str:
        """The JSON message as text (a WebSocket text frame)."""
        return self.json.decode()

    @cached_property
    def sse(self) -> bytes:
        """The message as one server-sent event."""
        return b"data: " + self.json + b"\n\n"


@dataclass(frozen=True, slots=True)
class EventAbout:
    """What the policy needs to know about an event."""

    category: str
    owner_id: str | None


def event_about(event: DomainEvent) -> EventAbout:
    """The policy category of `event` and, for a session, the user it is about."""
    prefix = event.type.partition(".")[0]
    category = _CATEGORIES.get(prefix, prefix)
    owner = event.data.get("userId") if category == "session" else None
    return EventAbout(category, owner if isinstance(owner, str) else None)


def hide_personal(data: dict[str, Any]) -> dict[str, Any]:
    """`data` with the values of personal fields replaced by a placeholder."""
    return {k: HIDDEN if k in PERSONAL_FIELDS and v is not None else v
            for k, v in data.items()}


class StreamClient:
    """One connected reader: its principal and a bounded buffer of frames not yet sent."""

    __slots__ = ("_frames", "_limit", "_wake", "ended", "principal")

    def __init__(self, principal: Principal, limit: int) -> None:
        self.principal = principal
        self._frames: deque[Frame] = deque()
        self._limit = limit
        self._wake = asyncio.Event()
        self.ended: EndReason | None = None

    def offer(self, frame: Frame) -> bool:
        """Queue `frame`; False when the buffer is full (the reader cannot keep up)."""
        if len(self._frames) >= self._limit:
            return False
        self._frames.append(frame)
        self._wake.set()
        return True

    def end(self, reason: EndReason) -> None:
        """Stop the stream at the next frame (the first reason given wins)."""
        if self.ended is None:
            self.ended = reason
        self._wake.set()

    async def next_frame(self, idle_timeout: float | None = None) -> Frame | None:
        """The next frame to send; None when the stream ended or `idle_timeout` passed idle."""
        while not self._frames and self.ended is None:
            self._wake.clear()
            if idle_timeout is None:
                await self._wake.wait()
                continue
            try:
                await asyncio.wait_for(self._wake.wait(), idle_timeout)
            except TimeoutError:
                return None
        if self.ended is not None:
            return None
        return self._frames.popleft()


class EventStream:
    """Every stream client of this process, by tenant, fed from the domain event bus."""

    def __init__(self, bus: EventBus, authorizer: Authorizer, *,
                 metrics: ServerMetrics | None = None, buffer: int = DEFAULT_BUFFER) -> None:
        """Serve events of `bus` filtered by `authorizer`; drop clients `buffer` frames behind."""
        self._bus = bus
        self._authorizer = authorizer
        self._metrics = metrics
        self._buffer = buffer
        self._tenants: dict[str, set[StreamClient]] = {}
        self._unsubscribe: Callable[[], None] | None = None

    @property
    def client_count(self) -> int:
        """How many clients are connected to this process."""
        return sum(len(clients) for clients in self._tenants.values())

    def may_subscribe(self, principal: Principal) -> bool:
        """Whether the caller's role may open the stream at all."""
        return self._authorizer.decide(principal.subject, ACTION, RESOURCE).allowed

    @contextmanager
    def subscribe(self, principal: Principal) -> Iterator[StreamClient]:
        """Register a client for the principal's tenant for the duration of the block."""
        client = StreamClient(principal, self._buffer)
        self._tenants.setdefault(principal.tenant_id, set()).add(client)
        if self._unsubscribe is None:
            self._unsubscribe = self._bus.subscribe(self.deliver)
        self._count_changed()
        try:
            yield client
        finally:
            self._remove(client)

    def close_all(self, reason: EndReason = EndReason.SHUTDOWN) -> None:
        """End every stream (at shutdown, so open streams do not hold the server up)."""
        for clients in list(self._tenants.values()):
            for client in list(clients):
                client.end(reason)

    def deliver(self, event: DomainEvent) -> None:
        """Queue `event` for every client of its tenant allowed to see it."""
        clients = self._tenants.get(event.tenant_id)
        if not clients:
            return
        about = event_about(event)
        target = ObjectAttrs(tenant_id=event.tenant_id, owner_id=about.owner_id,
                             category=about.category)
        # The decision depends on the reader only through these three facts.
        decisions: dict[tuple[str, bool, bool], Decision] = {}
        frames: dict[bool, Frame] = {}
        for client in list(clients):
            principal = client.principal
            key = (principal.role, principal.is_platform_tenant,
                   about.owner_id is not None and about.owner_id == principal.user_id)
            decision = decisions.get(key)
            if decision is None:
                decision = decisions[key] = self._authorizer.decide(
                    principal.subject, ACTION, RESOURCE, target)
            if not decision.allowed:
                continue
            frame = frames.get(decision.hidden)
            if frame is None:
                frame = frames[decision.hidden] = _frame(event, principal.tenant_slug,
                                                         hidden=decision.hidden)
            if not client.offer(frame):
                self._drop_slow(client)

    def _drop_slow(self, client: StreamClient) -> None:
        logger.warning("events stream client too slow, closing it", extra={
            "tenant_id": client.principal.tenant_id, "user_id": client.principal.user_id})
        client.end(EndReason.TOO_SLOW)
        self._remove(client)
        if self._metrics is not None:
            self._metrics.event_stream_dropped.inc()

    def _remove(self, client: StreamClient) -> None:
        tenant_id = client.principal.tenant_id
        clients = self._tenants.get(tenant_id)
        if clients is None or client not in clients:
            return
        clients.discard(client)
        if not clients:
            del self._tenants[tenant_id]
        if not self._tenants and self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._count_changed()

    def _count_changed(self) -> None:
        if self._metrics is not None:
            self._metrics.event_stream_clients.set(self.client_count)


def _frame(event: DomainEvent, tenant_slug: str, *, hidden: bool) -> Frame:
    data = hide_personal(event.data) if hidden else event.data
    return Frame(_encoder.encode(_Message(event.type, tenant_slug, event.at, data)))
