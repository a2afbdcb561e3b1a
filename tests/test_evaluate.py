"""`spinewise eval` on a tiny BEIR folder, through the real ingest and search paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.evaluate import evaluate, load_queries
from assistant.settings import Settings
from ingest.embed import SentenceTransformerEmbedder

BEIR = Path(__file__).parent / "data" / "beir"


def test_only_judged_queries_are_scored() -> None:
    queries, qrels = load_queries(BEIR, "test")
    assert sorted(queries) == ["q1", "q2", "q3"]
    assert qrels["q2"] == {"d3": 1}


def test_missing_split_names_the_file() -> None:
    with pytest.raises(ConfigError, match=r"train\.tsv"):
        load_queries(BEIR, "train")


def test_eval_reports_metrics_on_real_retrieval(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    report = evaluate(BEIR, "test", Settings(data_dir=tmp_path), embedder)
    assert (report.queries, report.documents, report.chunks) == (3, 6, 6)
    assert set(report.metrics) == {"nDCG@10", "R@10", "R@100", "RR@10"}
    assert report.metrics["R@10"] == 1.0
    assert report.metrics["nDCG@10"] > 0.9
    assert report.latency_ms_p50 > 0
    assert not any(tmp_path.iterdir()), "the evaluation must not write to the configured store"
