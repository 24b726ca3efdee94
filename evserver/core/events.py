"""The in-process domain event bus: every state change is published here once."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import msgspec

from evserver.core.clock import utcnow
from evserver.core.tasks import BackgroundTasks

logger = logging.getLogger(__name__)


class DomainEvent(msgspec.Struct, frozen=True, kw_only=True):
    """Something that happened in a tenant: `type` like `session.started`, `data` its facts."""

    type: str
    tenant_id: str
    data: dict[str, Any]
    at: datetime = msgspec.field(default_factory=utcnow)


Subscriber = Callable[[DomainEvent], Awaitable[None] | None]


class EventBus:
    """Fan events out to subscribers; a failing subscriber never breaks the publisher."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._tasks = BackgroundTasks()

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Register `subscriber`; return a function that removes it."""
        self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, event: DomainEvent) -> None:
        """Deliver `event` to every subscriber without waiting for slow ones."""
        for subscriber in list(self._subscribers):
            try:
                result = subscriber(event)
            except Exception:
                logger.exception("event subscriber failed", extra={"event_type": event.type})
                continue
            if result is not None:
                self._tasks.spawn(result)
