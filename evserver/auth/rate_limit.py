"""A sliding-window limit on how often something may be tried, per key (address, account).

Kept in the memory of one process: with several nodes each node counts on its own, which still
bounds password guessing to `nodes x limit` attempts a minute.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict, deque
from collections.abc import Callable

# Bounds memory when many addresses try once each; the least recently used keys go first.
MAX_KEYS = 100_000


class AttemptLimiter:
    """Allows at most `limit` attempts per key in any `window_s` seconds."""

    def __init__(self, limit: int, window_s: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._attempts: OrderedDict[str, deque[float]] = OrderedDict()

    def hit(self, key: str) -> int | None:
        """Count an attempt for `key`; return None if allowed, else seconds to wait."""
        now = self._clock()
        attempts = self._attempts.get(key)
        if attempts is None:
            attempts = self._attempts[key] = deque()
            if len(self._attempts) > MAX_KEYS:
                self._attempts.popitem(last=False)
        else:
            self._attempts.move_to_end(key)
        while attempts and attempts[0] <= now - self.window_s:
            attempts.popleft()
        if len(attempts) >= self.limit:
            return max(1, math.ceil(attempts[0] + self.window_s - now))
        attempts.append(now)
        return None
