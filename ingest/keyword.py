"""The keyword index: BM25 over every chunk, kept beside the vector store and rebuilt from it."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from assistant.domain import Chunk
from assistant.errors import StoreError

# BM25 term-frequency saturation and length normalisation, tuned on SciFact train and
# medquad-msk dev (BENCHMARKS.md). Chunks are capped at a few hundred words, so normalising
# by length mostly punished the fuller passages; a low k1 stops a repeated word from
# outweighing a second query word. The library defaults (1.5, 0.75) scored 0.732 / 0.775.
K1 = 0.6
B = 0.0


@lru_cache(maxsize=1)
def _stemmer() -> object:
    import Stemmer

    return Stemmer.Stemmer("english")


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    """Lowercased, English-stemmed words without stop words: 'Painful backs' → ['pain', 'back']."""
    import bm25s

    tokens = bm25s.tokenize(
        list(texts), stopwords="en", stemmer=_stemmer(), return_ids=False, show_progress=False
    )
    return [list(t) for t in tokens]


def keyword_text(chunk: Chunk) -> str:
    """Titles and headings are indexed with the text: they name what a passage is about."""
    return f"{chunk.title}\n{chunk.section}\n{chunk.text}"


class KeywordIndex:
    """BM25 scores plus the chunks themselves, so a hit can be shown without the vector store."""

    def __init__(self, chunks: Sequence[Chunk], bm25: object | None) -> None:
        self.chunks = list(chunks)
        self.by_id = {c.id: c for c in self.chunks}
        self.position = {c.id: i for i, c in enumerate(self.chunks)}
        self._bm25 = bm25

    @classmethod
    def build(cls, chunks: Iterable[Chunk]) -> KeywordIndex:
        import bm25s

        chunks = list(chunks)
        if not chunks:
            return cls([], None)
        bm25 = bm25s.BM25(k1=K1, b=B)
        bm25.index(tokenize([keyword_text(c) for c in chunks]), show_progress=False)
        return cls(chunks, bm25)

    def scores(self, query: str) -> npt.NDArray[np.float32] | None:
        """The BM25 score of every chunk, in `chunks` order; None when no query word is indexed."""
        if self._bm25 is None:
            return None
        vocab = self._bm25.vocab_dict  # type: ignore[attr-defined]
        words = [w for w in tokenize([query])[0] if w in vocab]
        if not words:
            return None
        return np.asarray(self._bm25.get_scores(words), dtype=np.float32)  # type: ignore[attr-defined]

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        """The `k` best chunk ids with their BM25 scores, best first; none if no word matches."""
        scores = self.scores(query)
        if scores is None or k <= 0:
            return []
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.chunks[i].id, float(scores[i])) for i in top if scores[i] > 0]

    def save(self, folder: Path) -> None:
        """Write to a fresh folder and swap it in, so a crash never leaves half an index."""
        temporary = folder.with_name(folder.name + ".new")
        shutil.rmtree(temporary, ignore_errors=True)
        temporary.mkdir(parents=True)
        with (temporary / "chunks.jsonl").open("w", encoding="utf-8") as out:
            for chunk in self.chunks:
                out.write(json.dumps(asdict(chunk), ensure_ascii=False) + "\n")
        if self._bm25 is not None:
            self._bm25.save(str(temporary / "bm25"), show_progress=False)  # type: ignore[attr-defined]
        old = folder.with_name(folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if folder.exists():
            os.replace(folder, old)
        os.replace(temporary, folder)
        shutil.rmtree(old, ignore_errors=True)

    @staticmethod
    def is_current(folder: Path) -> bool:
        """Whether `folder` holds an index built with today's BM25 parameters."""
        try:
            params = json.loads((folder / "bm25" / "params.index.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return (folder / "chunks.jsonl").exists() and not (folder / "bm25").exists()  # empty store
        return bool(params.get("k1") == K1 and params.get("b") == B)

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex:
        import bm25s

        try:
            with (folder / "chunks.jsonl").open(encoding="utf-8") as lines:
                chunks = [_chunk(json.loads(line)) for line in lines]
            bm25 = bm25s.BM25.load(str(folder / "bm25"), show_progress=False) if chunks else None
        except (OSError, ValueError, KeyError) as error:
            raise StoreError(
                f"the keyword index in {folder} cannot be read ({error}); run `spinewise ingest --rebuild`"
            ) from error
        return cls(chunks, bm25)


def _chunk(record: dict[str, object]) -> Chunk:
    record["tags"] = tuple(record.get("tags") or ())  # type: ignore[arg-type]
    return Chunk(**record)  # type: ignore[arg-type]
