"""Hybrid retrieval: dense and BM25 rankings fused by weighted reciprocal rank, diverse by article."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from assistant.domain import Passage
from assistant.settings import Settings
from ingest.embed import Embedder, Vectors
from ingest.keyword import KeywordIndex
from ingest.store import VectorStore

# The usual RRF constant: it keeps one list's top hit from drowning the other list.
RRF_K = 60
# Candidates taken from each ranking before fusing, per passage asked for.
CANDIDATES_PER_RESULT = 8
MIN_CANDIDATES = 40


@dataclass(frozen=True)
class Filters:
    """Restrict results to articles with any of `tags`, or to the listed `article_ids`."""

    tags: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = ()


def fuse(rankings: list[tuple[list[str], float]], k: int = RRF_K) -> dict[str, float]:
    """Weighted reciprocal rank fusion of ranked id lists.

    >>> fuse([(["a", "b"], 1.0), (["b"], 1.0)], k=60)["b"] == 1 / 62 + 1 / 61
    True
    """
    scores: dict[str, float] = {}
    for ids, weight in rankings:
        for rank, item in enumerate(ids, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return scores


class Retriever:
    def __init__(
        self, store: VectorStore, keywords: KeywordIndex, embedder: Embedder, settings: Settings
    ) -> None:
        self.store = store
        self.keywords = keywords
        self.embedder = embedder
        self.settings = settings

    def search(
        self,
        query: str,
        k: int,
        filters: Filters | None = None,
        query_vector: Vectors | None = None,
    ) -> list[Passage]:
        """The `k` best passages for `query`, at most `max_per_article` from any one article."""
        vector = self.embedder.embed([query])[0] if query_vector is None else query_vector
        depth = max(MIN_CANDIDATES, k * CANDIDATES_PER_RESULT)
        if filters and (filters.tags or filters.article_ids):
            depth = len(self.keywords.chunks)  # filtering thins the lists, so rank everything
        dense = self.store.query(vector, depth)
        similarity = dict(dense)
        if self.settings.fusion == "scores":
            fused = self._fuse_scores(query, vector, similarity)
        else:
            keyword = self.keywords.search(query, depth)
            fused = fuse(
                [
                    ([i for i, _ in dense], self.settings.dense_weight),
                    ([i for i, _ in keyword], self.settings.keyword_weight),
                ]
            )
        ranked = sorted(fused, key=lambda i: (-fused[i], i))
        passages: list[Passage] = []
        per_article: Counter[str] = Counter()
        for chunk_id in ranked:
            chunk = self.keywords.by_id.get(chunk_id)
            if chunk is None or not _passes(chunk.article_id, chunk.tags, filters):
                continue
            if per_article[chunk.article_id] >= self.settings.max_per_article:
                continue
            per_article[chunk.article_id] += 1
            passages.append(Passage(chunk, fused[chunk_id], similarity.get(chunk_id, np.nan)))
            if len(passages) == k:
                break
        return self._fill_similarity(passages, vector)

    def _fuse_scores(self, query: str, vector: Vectors, similarity: dict[str, float]) -> dict[str, float]:
        """Weighted sum of cosine similarity and BM25 scaled by the query's best BM25 score.

        Candidates are the dense top hits plus the keyword top hits; each gets both scores, so
        a passage strong on one signal and fair on the other is not ranked as if absent from one.
        """
        bm25 = self.keywords.scores(query)
        depth = len(similarity)
        candidates = set(similarity)
        if bm25 is not None:
            top = np.argpartition(-bm25, min(depth, len(bm25)) - 1)[:depth]
            candidates |= {self.keywords.chunks[i].id for i in top if bm25[i] > 0}
        missing = [i for i in candidates if i not in similarity]
        if missing:
            stored = self.store.vectors(missing)
            similarity.update({i: float(np.dot(stored[i], vector)) for i in missing})
        best = float(bm25.max()) if bm25 is not None and bm25.max() > 0 else 1.0
        return {
            i: self.settings.dense_weight * similarity[i]
            + self.settings.keyword_weight
            * (float(bm25[self.keywords.position[i]]) / best if bm25 is not None else 0.0)
            for i in candidates
            if i in self.keywords.position
        }

    def _fill_similarity(self, passages: list[Passage], vector: Vectors) -> list[Passage]:
        """Keyword-only hits have no cosine similarity yet; compute it from their stored vectors."""
        missing = [p.chunk.id for p in passages if np.isnan(p.similarity)]
        if not missing:
            return passages
        stored = self.store.vectors(missing)
        return [
            Passage(p.chunk, p.score, float(np.dot(stored[p.chunk.id], vector)))
            if np.isnan(p.similarity)
            else p
            for p in passages
        ]


def _passes(article_id: str, tags: tuple[str, ...], filters: Filters | None) -> bool:
    if filters is None:
        return True
    if filters.article_ids and article_id not in filters.article_ids:
        return False
    return not filters.tags or any(tag in tags for tag in filters.tags)
