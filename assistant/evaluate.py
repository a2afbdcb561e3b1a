"""Retrieval quality on a BEIR-format folder, through the normal ingest and search paths.

The corpus is ingested into a temporary store (chunks and all), each query is searched with
one passage per article, so documents are ranked by their best passage, and the metrics come
from ir-measures (trec_eval underneath) rather than hand-written formulas.
"""

from __future__ import annotations

import csv
import json
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.core import build_assistant
from assistant.errors import ConfigError
from assistant.settings import Settings
from assistant.timing import percentiles
from ingest.embed import Embedder
from ingest.pipeline import ingest

DEPTH = 100


@dataclass(frozen=True)
class EvalReport:
    folder: str
    split: str
    queries: int
    documents: int
    chunks: int
    metrics: dict[str, float]
    ingest_seconds: float
    latency_ms_p50: float
    latency_ms_p95: float


def load_queries(folder: Path, split: str) -> tuple[dict[str, str], dict[str, dict[str, int]]]:
    """The queries that have judgements in `qrels/SPLIT.tsv`, and those judgements."""
    qrels_path = folder / "qrels" / f"{split}.tsv"
    if not qrels_path.exists():
        raise ConfigError(f"{qrels_path} not found; is {folder} a BEIR folder with a {split!r} split?")
    qrels: dict[str, dict[str, int]] = {}
    with qrels_path.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows, delimiter="\t"):
            qrels.setdefault(row["query-id"], {})[row["corpus-id"]] = int(row["score"])
    queries: dict[str, str] = {}
    with (folder / "queries.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["_id"] in qrels:
                queries[record["_id"]] = record["text"]
    return queries, {q: qrels[q] for q in queries}


def evaluate(
    folder: Path, split: str, settings: Settings, embedder: Embedder, store: Path | None = None
) -> EvalReport:
    """Score `folder`'s `split`; with `store`, keep the ingested benchmark there for the next run.

    A kept store makes a re-run cost only the queries (ingest finds nothing changed), which is
    how retrieval settings are compared.
    """
    import ir_measures
    from ir_measures import RR, R, nDCG

    queries, qrels = load_queries(folder, split)
    with tempfile.TemporaryDirectory(prefix="spinewise-eval-") as scratch_dir:
        data_dir = store or Path(scratch_dir)
        scratch = settings.model_copy(update={"data_dir": data_dir, "max_per_article": 1})
        report = ingest([folder / "corpus.jsonl"], scratch, lambda: embedder)
        assistant = build_assistant(scratch, embedder)
        run: dict[str, dict[str, float]] = {}
        latencies = []
        for query_id, text in queries.items():
            started = time.perf_counter()
            passages = assistant.search(text, DEPTH)
            latencies.append((time.perf_counter() - started) * 1000)
            run[query_id] = {p.chunk.article_id: p.score for p in passages}
        stored = assistant.retriever.keywords.chunks
        chunks, documents = len(stored), len({c.article_id for c in stored})
    measures = [nDCG @ 10, R @ 10, R @ 100, RR @ 10]
    metrics = {str(m): float(v) for m, v in ir_measures.calc_aggregate(measures, qrels, run).items()}
    latency = percentiles(latencies)
    return EvalReport(
        folder=str(folder),
        split=split,
        queries=len(queries),
        documents=documents,
        chunks=chunks,
        metrics=dict(sorted(metrics.items())),
        ingest_seconds=round(report.seconds, 1),  # a kept store that is up to date costs ~1 s
        latency_ms_p50=latency.p50,
        latency_ms_p95=latency.p95,
    )
