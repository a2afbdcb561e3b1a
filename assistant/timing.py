"""Latency percentiles for the benchmarks."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Latency:
    p50: float
    p95: float


def percentiles(milliseconds: Sequence[float]) -> Latency:
    """Median and 95th percentile (nearest rank), rounded to 0.1 ms.

    >>> percentiles([1.0, 2.0, 3.0, 4.0, 100.0])
    Latency(p50=3.0, p95=100.0)
    """
    ordered = sorted(milliseconds)
    rank = max(0, math.ceil(0.95 * len(ordered)) - 1)
    return Latency(round(statistics.median(ordered), 1), round(ordered[rank], 1))


def measure(call: Callable[[str], Any], inputs: Sequence[str]) -> Latency:
    """Time `call` once per input, in milliseconds."""
    times = []
    for item in inputs:
        started = time.perf_counter()
        call(item)
        times.append((time.perf_counter() - started) * 1000)
    return percentiles(times)
