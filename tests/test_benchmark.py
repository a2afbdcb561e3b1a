"""`spinewise bench` end to end at smoke size: both pipelines really run and are compared."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.benchmark import format_report, run_benchmark
from assistant.timing import percentiles
from tests.conftest import TINY_CORPUS


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return run_benchmark(TINY_CORPUS, sizes=[150], queries=["is heat good for a sore back", "slipped disc"])


def test_both_pipelines_ingest_the_same_corpus(report: dict[str, Any]) -> None:
    ours, theirs = report["spinewise"], report["langchain"]
    assert ours["chunks"] >= 3 and theirs["chunks"] >= 3
    assert ours["chunks_per_second"] > 0 and theirs["chunks_per_second"] > 0
    assert ours["reingest_seconds"] < ours["ingest_seconds"]
    assert report["ratios"]["ingest_speed"] > 0


def test_latency_and_memory_are_reported(report: dict[str, Any]) -> None:
    ours = report["spinewise"]
    assert 0 < ours["search_ms_p50"] <= ours["search_ms_p95"]
    assert 0 < ours["answer_ms_p50"] <= ours["answer_ms_p95"]
    assert ours["peak_memory_mb"] > 100  # the model alone is bigger than that


def test_scale_curve_has_a_row_per_size(report: dict[str, Any]) -> None:
    assert [row["chunks"] for row in report["scale"]] == [150]
    assert "| 150 |" in format_report(report)


@pytest.mark.parametrize(
    ("times", "p50", "p95"),
    [([5.0], 5.0, 5.0), ([1.0, 2.0, 3.0], 2.0, 3.0), (list(map(float, range(1, 101))), 50.5, 95.0)],
)
def test_percentiles(times: list[float], p50: float, p95: float) -> None:
    assert percentiles(times) == (percentiles(times).__class__(p50, p95))
