"""The domain, as a short chain of frozen types: Article → Chunk → Passage → Citation → Answer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True)
class Section:
    """One headed part of an article; `heading` is empty for the text before the first heading."""

    heading: str
    anchor: str
    text: str


@dataclass(frozen=True)
class Article:
    """A loaded, cleaned article, whatever format it came from."""

    id: str
    title: str
    sections: tuple[Section, ...]
    source: str
    url: str = ""
    published: str = ""
    updated: str = ""
    author: str = ""
    reviewed_by: str = ""
    tags: tuple[str, ...] = ()
    summary: str = ""


@dataclass(frozen=True)
class Chunk:
    """A piece of one section, small enough for the embedding model's window."""

    id: str
    article_id: str
    title: str
    section: str
    anchor: str
    url: str
    text: str
    published: str = ""
    updated: str = ""
    tags: tuple[str, ...] = ()

    @property
    def link(self) -> str:
        """The url with the section anchor, for a deep link to the passage."""
        if not self.anchor:
            return self.url
        return f"{self.url}#{self.anchor}"


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its fused score and its cosine similarity to the query."""

    chunk: Chunk
    score: float
    similarity: float


class Status(StrEnum):
    ANSWERED = "answered"
    NOT_COVERED = "not_covered"
    URGENT = "urgent"
    PERSONAL_ADVICE = "personal_advice"
    OFF_TOPIC = "off_topic"


class SafetyLabel(StrEnum):
    IN_SCOPE = "in_scope"
    URGENT = "urgent"
    PERSONAL_ADVICE = "personal_advice"
    OFF_TOPIC = "off_topic"


@dataclass(frozen=True)
class SafetyDecision:
    """How the safety check classed a message, which rule decided it, and the words that fired it."""

    label: SafetyLabel
    rule: str
    reason: str


@dataclass(frozen=True)
class Citation:
    """A numbered source of an answer: the passage it quotes and where it lives."""

    n: int
    article_id: str
    title: str
    section: str
    url: str
    quote: str
    score: float


@dataclass(frozen=True)
class Answer:
    question: str
    status: Status
    answer: str
    citations: tuple[Citation, ...]
    disclaimer: str
    safety: SafetyDecision
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    timings_ms: dict[str, float] = field(default_factory=dict)
