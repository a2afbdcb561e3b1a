"""`spinewise bench`: speed and scale of this project beside the plain LangChain pipeline.

Everything is measured in one run on the same corpus and machine. Each measurement that
reports memory runs in a fresh process, so its peak resident memory is its own.
"""

from __future__ import annotations

import multiprocessing
import platform
import random
import resource
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.sentences import split_sentences
from assistant.settings import Settings
from assistant.timing import measure

QUERIES = [
    "my back went out lifting a box, what should I do?",
    "is a slipped disc the same as a bulging disc",
    "does PRP work for back pain",
    "when is back pain an emergency",
    "what helps sciatica down my leg",
    "are stem cell clinics regulated",
    "best sleeping position for lower back pain",
    "how long does recovery from spinal fusion take",
    "is walking good for spinal stenosis",
    "what does an MRI show for back pain",
    "can physical therapy help neck pain after whiplash",
    "are muscle relaxants good for back spasms",
]


# Asked first, unmeasured: they load what a serving process has loaded after its first minutes.
# They differ from QUERIES, so measured answers still embed most of their sentences afresh.
WARM_UP = [
    "what is degenerative disc disease",
    "how should I sit at my desk",
    "does acupuncture help back pain",
    "is my mattress causing my back pain",
]


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _serving_latency(assistant: Any, queries: Sequence[str]) -> dict[str, float]:
    """Search and answer percentiles of a warmed-up assistant, in milliseconds."""
    for query in WARM_UP:
        assistant.ask(query)
    search = measure(lambda q: assistant.search(q), queries)
    answer = measure(lambda q: assistant.ask(q), queries)
    return {
        "search_ms_p50": search.p50,
        "search_ms_p95": search.p95,
        "answer_ms_p50": answer.p50,
        "answer_ms_p95": answer.p95,
    }


def _in_fresh_process(target: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """Run `target(*args)` in a new interpreter and return its result (with its own peak memory)."""
    pool = multiprocessing.get_context("spawn").Pool(1)
    try:
        result: dict[str, Any] = pool.apply(target, args)
    finally:
        pool.close()  # close and join, not terminate: a terminated pool leaks its semaphores
        pool.join()
    return result


def spinewise_run(corpus: str, data_dir: str, queries: Sequence[str]) -> dict[str, Any]:
    """Ingest, re-ingest, then warm search and answer latency, as a serving process would."""
    from assistant.core import build_assistant
    from ingest.embed import SentenceTransformerEmbedder
    from ingest.pipeline import ingest

    settings = Settings(data_dir=Path(data_dir), corpus_dir=Path(corpus))
    embedder = SentenceTransformerEmbedder(settings.embedding_model)
    embedder.embed(["load the model before the clock starts"])
    first = ingest([Path(corpus)], settings, lambda: embedder)
    again = ingest([Path(corpus)], settings, lambda: embedder)
    return {
        "chunks": first.chunks_embedded,
        "ingest_seconds": round(first.seconds, 2),
        "chunks_per_second": round(first.chunks_embedded / first.seconds, 1),
        "reingest_seconds": round(again.seconds, 2),
        **_serving_latency(build_assistant(settings, embedder), queries),
        "peak_memory_mb": _peak_mb(),
    }


def baseline_run(corpus: str, workdir: str, queries: Sequence[str]) -> dict[str, Any]:
    from assistant.baseline import run_baseline

    result: dict[str, Any] = run_baseline(Path(corpus), Settings().embedding_model, Path(workdir), queries)
    result["peak_memory_mb"] = _peak_mb()
    return result


def scale_run(size: int, source_dir: str, data_dir: str, queries: Sequence[str]) -> dict[str, Any]:
    """A store of `size` chunks made from the real ones: vectors nudged, words shuffled in each sentence.

    Embedding 100,000 chunks would take most of an hour here; what grows with size is the
    vector index, the keyword index and the chunk table, and these are real at every size.
    """
    from assistant.core import build_assistant
    from ingest.embed import SentenceTransformerEmbedder
    from ingest.keyword import KeywordIndex
    from ingest.pipeline import keyword_path
    from ingest.store import VectorStore

    source = Settings(data_dir=Path(source_dir))
    real_store = VectorStore(source)
    real = list(real_store.chunks())
    vectors = real_store.vectors([c.id for c in real])
    settings = Settings(data_dir=Path(data_dir))
    store = VectorStore(settings)
    rng = random.Random(size)
    noise = np.random.default_rng(size)
    made = []
    started = time.perf_counter()
    for start in range(0, size, 2000):
        batch = []
        rows = []
        for index in range(start, min(size, start + 2000)):
            chunk = real[index % len(real)]
            text = " ".join(_shuffled_words(sentence, rng) for sentence in split_sentences(chunk.text))
            batch.append(_copy(chunk, f"{chunk.article_id}-{index}", f"synthetic-{index}", text))
            row = np.asarray(vectors[chunk.id]) + noise.normal(0, 0.03, 384)
            rows.append(row / np.linalg.norm(row))
        store.add(batch, np.asarray(rows, dtype=np.float32))
        made += batch
    KeywordIndex.build(made).save(keyword_path(settings))
    build_seconds = time.perf_counter() - started
    embedder = SentenceTransformerEmbedder(settings.embedding_model)
    return {
        "chunks": size,
        "build_seconds": round(build_seconds, 1),
        **_serving_latency(build_assistant(settings, embedder), queries),
        "peak_memory_mb": _peak_mb(),
    }


def _shuffled_words(sentence: str, rng: random.Random) -> str:
    """The sentence's words in a new order, still one sentence: shuffling a whole chunk's words
    would leave no sentence ends, and an answer would then embed a few 120-word run-ons instead
    of real sentences."""
    words = sentence.rstrip(".!?").split()
    rng.shuffle(words)
    return " ".join(words) + "."


def _copy(chunk: Any, article_id: str, chunk_id: str, text: str) -> Any:
    from dataclasses import replace

    return replace(chunk, id=chunk_id, article_id=article_id, text=text)


def run_benchmark(corpus: Path, sizes: Sequence[int], queries: Sequence[str] = QUERIES) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="spinewise-bench-") as work:
        root = Path(work)
        ours = _in_fresh_process(spinewise_run, str(corpus), str(root / "ours"), list(queries))
        theirs = _in_fresh_process(baseline_run, str(corpus), str(root / "baseline"), list(queries))
        scale = [
            _in_fresh_process(scale_run, size, str(root / "ours"), str(root / f"scale-{size}"), list(queries))
            for size in sizes
        ]
    return {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {multiprocessing.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "corpus": str(corpus),
        "spinewise": ours,
        "langchain": theirs,
        "ratios": {
            "ingest_speed": round(ours["chunks_per_second"] / theirs["chunks_per_second"], 2),
            "search_p50_speedup": round(theirs["search_ms_p50"] / max(ours["search_ms_p50"], 0.1), 2),
        },
        "scale": scale,
    }


def format_report(report: dict[str, Any]) -> str:
    """The report as Markdown tables, the form BENCHMARKS.md keeps."""
    ours, theirs = report["spinewise"], report["langchain"]
    lines = [
        f"Measured {report['date']} on {report['machine']}, corpus `{report['corpus']}`.",
        "",
        "| | Spinewise | plain LangChain | ratio |",
        "|---|---|---|---|",
        f"| chunks | {ours['chunks']} | {theirs['chunks']} | |",
        f"| full ingest, s | {ours['ingest_seconds']} | {theirs['ingest_seconds']} | |",
        f"| chunks per second | {ours['chunks_per_second']} | {theirs['chunks_per_second']} "
        f"| {report['ratios']['ingest_speed']}x |",
        f"| re-ingest unchanged, s | {ours['reingest_seconds']} | (no incremental mode) | |",
        f"| search p50 / p95, ms | {ours['search_ms_p50']} / {ours['search_ms_p95']} "
        f"| {theirs['search_ms_p50']} / {theirs['search_ms_p95']} "
        f"| {report['ratios']['search_p50_speedup']}x |",
        f"| answer p50 / p95, ms | {ours['answer_ms_p50']} / {ours['answer_ms_p95']} | (no answer step) | |",
        f"| peak memory, MB | {ours['peak_memory_mb']} | {theirs['peak_memory_mb']} | |",
        "",
        "| chunks | build, s | search p50 / p95, ms | answer p50 / p95, ms | peak memory, MB |",
        "|---|---|---|---|---|",
    ]
    for row in report["scale"]:
        lines.append(
            f"| {row['chunks']:,} | {row['build_seconds']} | {row['search_ms_p50']} / {row['search_ms_p95']} "
            f"| {row['answer_ms_p50']} / {row['answer_ms_p95']} | {row['peak_memory_mb']} |"
        )
    return "\n".join(lines)
