"""Pydantic models of the HTTP API's requests and responses, with the examples `/docs` shows."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.domain import Status
from assistant.retrieve import Filters
from assistant.texts import DISCLAIMER, MAX_QUESTION_CHARS

QUESTION_EXAMPLE = "Is it safe to sleep on a heating pad?"


class ErrorDetail(BaseModel):
    type: str = Field(description="A short machine-readable kind, e.g. `invalid_request`.")
    message: str = Field(description="What went wrong and what to do about it.")


class ErrorResponse(BaseModel):
    error: ErrorDetail

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"error": {"type": "unauthorized", "message": "missing API key"}}]}
    )


class FiltersIn(BaseModel):
    tags: list[str] = Field(
        default_factory=list, max_length=50, description="Articles with any of these tags."
    )
    article_ids: list[str] = Field(default_factory=list, max_length=200, description="Only these articles.")

    def to_filters(self) -> Filters:
        return Filters(tuple(self.tags), tuple(self.article_ids))


class HistoryMessage(BaseModel):
    role: Literal["user", "assistant", "system"]
    content: str = Field(max_length=20_000)


class AskRequest(BaseModel):
    question: str = Field(max_length=MAX_QUESTION_CHARS, description="The visitor's question.")
    history: list[str | HistoryMessage] = Field(
        default_factory=list,
        max_length=100,
        description="Earlier messages, oldest first: user texts or role/content messages.",
    )
    filters: FiltersIn | None = None

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"question": QUESTION_EXAMPLE},
                {"question": "And for how long?", "history": ["Does heat help a sore back?"]},
                {"question": "What helps sciatica?", "filters": {"tags": ["self-care"]}},
            ]
        }
    )

    def user_turns(self) -> list[str]:
        """The user's earlier messages, which is all the assistant reads of a history."""
        turns = [m if isinstance(m, str) else m.content for m in self.history if _is_user(m)]
        return [t for t in turns if t.strip()]


def _is_user(message: str | HistoryMessage) -> bool:
    return isinstance(message, str) or message.role == "user"


class CitationOut(BaseModel):
    n: int
    article_id: str
    title: str
    section: str
    url: str
    quote: str
    score: float


class SafetyOut(BaseModel):
    label: str
    rule: str
    reason: str


class AnswerOut(BaseModel):
    """The object of `spinewise ask --json`; fields added there later pass through unchanged."""

    question: str
    status: Status
    answer: str = Field(description="Quoted sentences with [n] markers, ending with the disclaimer.")
    citations: list[CitationOut]
    disclaimer: str
    safety: SafetyOut
    answer_id: str = Field(description="Quote it when sending feedback on this answer.")
    timings_ms: dict[str, float]

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "question": QUESTION_EXAMPLE,
                    "status": "answered",
                    "answer": f"From our articles:\n\n- Never sleep on a heating pad. [1]\n\n{DISCLAIMER}",
                    "citations": [
                        {
                            "n": 1,
                            "article_id": "heat-and-ice",
                            "title": "Heat and ice for back pain",
                            "section": "Heat",
                            "url": "/articles/heat-and-ice#heat",
                            "quote": "Never sleep on a heating pad, because it can burn the skin.",
                            "score": 0.0325,
                        }
                    ],
                    "disclaimer": DISCLAIMER,
                    "safety": {"label": "in_scope", "rule": "none", "reason": "no safety rule applies"},
                    "answer_id": "3f2a9c0d8e7b4a1f9e6d5c4b3a291807",
                    "timings_ms": {"total": 131.2},
                }
            ]
        },
    )


class SearchRequest(BaseModel):
    query: str = Field(max_length=MAX_QUESTION_CHARS)
    k: int = Field(5, ge=1, le=50, description="How many passages.")
    filters: FiltersIn | None = None

    model_config = ConfigDict(json_schema_extra={"examples": [{"query": "heating pad", "k": 3}]})


class SearchResult(BaseModel):
    rank: int
    article_id: str
    chunk_id: str
    title: str
    section: str
    url: str
    text: str
    score: float


class SearchOut(BaseModel):
    query: str
    results: list[SearchResult]


class ArticleSummary(BaseModel):
    id: str
    title: str
    url: str
    published: str
    updated: str
    tags: list[str]


class ArticlePage(BaseModel):
    total: int = Field(description="How many articles there are in all.")
    limit: int
    offset: int
    items: list[ArticleSummary]


class SectionOut(BaseModel):
    heading: str = Field(description="Empty for the text before the first heading.")
    anchor: str = Field(description="The `#anchor` that citation urls point to.")
    text: str


class ArticleOut(ArticleSummary):
    sections: list[SectionOut]


class FeedbackIn(BaseModel):
    answer_id: str = Field(min_length=1, max_length=100, description="The `answer_id` of the rated answer.")
    rating: Literal["up", "down"]
    reason: str | None = Field(None, max_length=200, description="A short reason, e.g. `wrong source`.")
    comment: str | None = Field(None, max_length=4000)

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"answer_id": "3f2a9c0d8e7b4a1f9e6d5c4b3a291807", "rating": "down", "reason": "unclear"}
            ]
        }
    )


class FeedbackRecord(FeedbackIn):
    id: str
    time: str = Field(description="When it was received, ISO 8601 in UTC.")
    client: str = Field(description="The API key's name, or `anonymous` when the API is open.")


class FeedbackExport(BaseModel):
    items: list[FeedbackRecord]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: Literal["ready", "not_ready"]
    chunks: int = Field(description="Chunks in the keyword index.")
    vectors: int = Field(description="Vectors in the store; -1 when the store cannot be reached.")
