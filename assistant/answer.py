"""The extractive answer engine: verbatim sentences from retrieved passages, each cited.

No language model is involved, so nothing is invented: every sentence of an answer is a
sentence of one of its sources, followed by that source's marker.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from assistant.domain import Citation, Passage
from assistant.sentences import split_sentences
from ingest.embed import Embedder, Vectors
from ingest.keyword import tokenize

# How a sentence's score mixes meaning (cosine to the question) and shared words.
SEMANTIC_WEIGHT = 0.65
LEXICAL_WEIGHT = 0.35
# A sentence is kept only if it scores at least this share of the best sentence.
KEEP_RATIO = 0.75
# Sentences sharing more than this share of their words with a chosen one add nothing new.
REDUNDANCY = 0.6
MIN_SENTENCE_WORDS = 5
# Embedding sentences is most of an answer's time, so only the likeliest are embedded: those
# ranked highest when each sentence is scored with its passage's similarity in place of its own.
# On the 213 golden questions 12 changed no answer's first sentence and 33 answers' later
# ones, and halved the answer time on `corpus/` (p50 154 -> 85 ms; `spinewise bench`).
EMBEDDED_CANDIDATES = 12


@dataclass(frozen=True)
class Draft:
    """An answer's body before the fixed texts are added: its sentences and their sources."""

    sentences: tuple[tuple[str, int], ...]
    citations: tuple[Citation, ...]


class Answerer(Protocol):
    def answer(self, question: str, question_vector: Vectors, passages: Sequence[Passage]) -> Draft: ...


@dataclass(frozen=True)
class _Candidate:
    text: str
    passage: int
    terms: frozenset[str]


class ExtractiveAnswerer:
    def __init__(self, embedder: Embedder, max_sentences: int, cache_size: int = 20_000) -> None:
        self.embedder = embedder
        self.max_sentences = max_sentences
        self._cache: OrderedDict[str, Vectors] = OrderedDict()
        self._cache_size = cache_size

    def answer(self, question: str, question_vector: Vectors, passages: Sequence[Passage]) -> Draft:
        candidates = [
            _Candidate(text, index, frozenset(tokenize([text])[0]))
            for index, passage in enumerate(passages)
            for text in split_sentences(passage.chunk.text)
            if len(text.split()) >= MIN_SENTENCE_WORDS and not text.endswith(":")
        ]
        if not candidates:
            return Draft((), ())
        question_terms = set(tokenize([question])[0])
        lexical = _lexical(question_terms, candidates)
        prior = [
            SEMANTIC_WEIGHT * passages[c.passage].similarity + LEXICAL_WEIGHT * w
            for c, w in zip(candidates, lexical, strict=True)
        ]
        keep = sorted(sorted(range(len(candidates)), key=lambda i: -prior[i])[:EMBEDDED_CANDIDATES])
        candidates = [candidates[i] for i in keep]
        lexical = [lexical[i] for i in keep]
        scores = self._scores(question_vector, candidates, lexical)
        chosen = _choose(candidates, scores, self.max_sentences)
        return _cite(chosen, candidates, passages)

    def _scores(self, vector: Vectors, candidates: list[_Candidate], lexical: list[float]) -> list[float]:
        semantic = self._vectors([c.text for c in candidates]) @ vector
        return [
            SEMANTIC_WEIGHT * float(s) + LEXICAL_WEIGHT * w for s, w in zip(semantic, lexical, strict=True)
        ]

    def _vectors(self, texts: list[str]) -> Vectors:
        """Sentence vectors, cached: popular passages come back again and again."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            for text, row in zip(missing, self.embedder.embed(missing), strict=True):
                self._cache[text] = row
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        for text in texts:
            self._cache.move_to_end(text)
        return np.stack([self._cache[t] for t in texts])


def _lexical(question_terms: set[str], candidates: list[_Candidate]) -> list[float]:
    """Each sentence's share of the question's words, weighted by their rarity among the sentences."""
    count = len(candidates)
    weights = {t: math.log(1 + count / (1 + sum(t in c.terms for c in candidates))) for t in question_terms}
    total = sum(weights.values()) or 1.0
    return [sum(weights[t] for t in c.terms & question_terms) / total for c in candidates]


def _choose(candidates: list[_Candidate], scores: list[float], limit: int) -> list[int]:
    """Best first; then the next best that is close in score and says something new."""
    order = sorted(range(len(candidates)), key=lambda i: -scores[i])
    best = scores[order[0]]
    chosen = [order[0]]
    for index in order[1:]:
        if len(chosen) == limit or scores[index] < KEEP_RATIO * best:
            break
        terms = candidates[index].terms
        if all(_overlap(terms, candidates[j].terms) <= REDUNDANCY for j in chosen):
            chosen.append(index)
    return chosen


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def _cite(chosen: list[int], candidates: list[_Candidate], passages: Sequence[Passage]) -> Draft:
    """Number sources in the order the answer first uses them."""
    numbers: dict[int, int] = {}
    sentences = []
    for index in chosen:
        candidate = candidates[index]
        number = numbers.setdefault(candidate.passage, len(numbers) + 1)
        sentences.append((candidate.text, number))
    citations = tuple(
        _citation(number, passages[passage])
        for passage, number in sorted(numbers.items(), key=lambda kv: kv[1])
    )
    return Draft(tuple(sentences), citations)


def _citation(number: int, passage: Passage) -> Citation:
    chunk = passage.chunk
    return Citation(
        n=number,
        article_id=chunk.article_id,
        title=chunk.title,
        section=chunk.section,
        url=chunk.link,
        quote=chunk.text,
        score=round(passage.score, 6),
    )
