"""Ingestion end to end: load → clean → chunk → embed → store, incrementally.

Only articles whose content hash changed are chunked and embedded, so re-ingesting an
unchanged corpus loads and hashes files and touches neither the model nor the store.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.domain import Article, Chunk
from assistant.settings import Settings
from ingest.chunk import chunk_article, embedding_text
from ingest.embed import Embedder
from ingest.keyword import KeywordIndex
from ingest.load import Failure, find_files, load_file
from ingest.manifest import Entry, Manifest, content_hash
from ingest.store import VectorStore

# Chunks embedded and stored per step: a crash loses at most one step's work.
_STEP_CHUNKS = 256

Progress = Callable[[int, int], None]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    chunks_embedded: int = 0
    chunks_truncated: int = 0
    rebuilt_reason: str = ""
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuilt_reason)


def manifest_path(settings: Settings) -> Path:
    return settings.data_dir / "manifest.json"


def keyword_path(settings: Settings) -> Path:
    return settings.data_dir / "keyword"


def ingest(
    paths: Sequence[Path],
    settings: Settings,
    embedder: Callable[[], Embedder],
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
) -> IngestReport:
    """Bring the store in line with the articles under `paths`; see the module docstring.

    >>> report = ingest([Path("corpus")], Settings(), lambda: my_embedder)  # doctest: +SKIP
    >>> report.added, report.unchanged  # doctest: +SKIP
    """
    started = time.perf_counter()
    report = IngestReport()
    articles, report.failed = _load(paths)
    store = VectorStore(settings)
    manifest = Manifest.load(manifest_path(settings))
    report.rebuilt_reason = _rebuild_reason(manifest, settings, rebuild)
    if report.rebuilt_reason:
        store.reset()
        manifest = Manifest(model=settings.embedding_model, chunk_words=settings.chunk_words)
        manifest.save(manifest_path(settings))

    todo: list[tuple[Article, str]] = []
    for article in articles:
        digest = content_hash(article)
        entry = manifest.articles.get(article.id)
        if entry is None:
            report.added.append(article.id)
        elif entry.hash != digest:
            report.updated.append(article.id)
        else:
            report.unchanged.append(article.id)
            continue
        todo.append((article, digest))
    report.removed = _gone(manifest, paths, {a.id for a in articles}, {f.source for f in report.failed})

    # Forget replaced and removed articles in the manifest before touching the store, so a
    # crash in between leaves articles that the next run sees as new, never stale ones.
    stale = report.updated + report.removed
    for article_id in stale:
        manifest.articles.pop(article_id, None)
    manifest.save(manifest_path(settings))
    store.delete_articles(stale)

    if todo:
        report.chunks_embedded, report.chunks_truncated = _embed_and_store(
            todo, settings, embedder(), store, manifest, progress
        )
    if report.changed or not KeywordIndex.is_current(keyword_path(settings)):
        KeywordIndex.build(store.chunks()).save(keyword_path(settings))
    report.seconds = time.perf_counter() - started
    return report


def _load(paths: Sequence[Path]) -> tuple[list[Article], list[Failure]]:
    files, failures = find_files(paths)
    articles: dict[str, Article] = {}
    for path in files:
        for item in load_file(path):
            if isinstance(item, Failure):
                failures.append(item)
            elif item.id in articles:
                other = articles[item.id].source
                failures.append(
                    Failure(
                        str(path),
                        f"article id {item.id!r} is also used by {other}; give each article its own id",
                    )
                )
            else:
                articles[item.id] = item
    return list(articles.values()), failures


def _rebuild_reason(manifest: Manifest, settings: Settings, rebuild: bool) -> str:
    if rebuild:
        return "asked for with --rebuild"
    if manifest.articles and manifest.model != settings.embedding_model:
        return f"the embedding model changed from {manifest.model!r} to {settings.embedding_model!r}"
    if manifest.articles and manifest.chunk_words != settings.chunk_words:
        return f"the chunk size changed from {manifest.chunk_words} to {settings.chunk_words} words"
    return ""


def _gone(manifest: Manifest, paths: Sequence[Path], seen: set[str], failed: set[str]) -> list[str]:
    """Stored articles whose source lies under `paths` but that were not found this time.

    Articles from a file that failed to load are kept: a broken file must not erase them.
    """
    roots = [p.resolve() for p in paths]
    gone = []
    for article_id, entry in manifest.articles.items():
        source = Path(entry.source).resolve()
        under = any(source == root or root in source.parents for root in roots)
        if under and article_id not in seen and entry.source not in failed:
            gone.append(article_id)
    return sorted(gone)


def _embed_and_store(
    todo: Iterable[tuple[Article, str]],
    settings: Settings,
    embedder: Embedder,
    store: VectorStore,
    manifest: Manifest,
    progress: Progress | None,
) -> tuple[int, int]:
    planned = [(article, digest, chunk_article(article, settings.chunk_words)) for article, digest in todo]
    total = sum(len(chunks) for _, _, chunks in planned)
    done = truncated = 0
    if progress:
        progress(0, total)
    step: list[tuple[Article, str, list[Chunk]]] = []
    for index, item in enumerate(planned):
        step.append(item)
        if sum(len(c) for _, _, c in step) < _STEP_CHUNKS and index < len(planned) - 1:
            continue
        chunks = [chunk for _, _, article_chunks in step for chunk in article_chunks]
        texts = [embedding_text(chunk) for chunk in chunks]
        truncated += embedder.count_too_long(texts)
        store.add(chunks, embedder.embed(texts))
        for article, digest, article_chunks in step:
            manifest.articles[article.id] = Entry(digest, article.source, len(article_chunks))
        manifest.model, manifest.chunk_words = settings.embedding_model, settings.chunk_words
        manifest.save(manifest_path(settings))
        done += len(chunks)
        step = []
        if progress:
            progress(done, total)
    return done, truncated
