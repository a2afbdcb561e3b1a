"""A sliding-window rate limit per client, kept in memory (one server process)."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable


class SlidingWindowLimiter:
    """At most `limit` requests per client in any `window` seconds; `limit` 0 means no limit."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int:
        """Count one request; 0 if it may go ahead, else the whole seconds until it may."""
        if self.limit <= 0:
            return 0
        now = self._clock()
        with self._lock:
            hits = self._hits.setdefault(client, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return max(1, math.ceil(hits[0] + self.window - now))
            hits.append(now)
            self._forget_idle(now)
            return 0

    def _forget_idle(self, now: float) -> None:
        # Keeps memory bounded by the clients active in the last window, not all ever seen.
        if len(self._hits) > 10_000:
            for client in [c for c, h in self._hits.items() if not h or h[-1] <= now - self.window]:
                del self._hits[client]
