"""Fire-and-forget work that is still owned: kept referenced, failures logged, cancellable."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any

logger = logging.getLogger(__name__)


class BackgroundTasks:
    """Runs awaitables in the background; a failure is logged, never lost silently."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()

    def spawn(self, work: Awaitable[Any], *, after_current: bool = False) -> None:
        """Run `work`; with `after_current`, only once the current task has yielded."""
        async def run() -> None:
            if after_current:
                await asyncio.sleep(0)
            try:
                await work
            except Exception:
                logger.exception("background work failed")

        task = asyncio.create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def cancel_all(self) -> None:
        """Cancel what still runs and wait for it."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
