"""The JSON shapes of the documented contracts (`ask --json`, `search --json`)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from assistant.domain import Answer, Passage


def answer_to_dict(answer: Answer) -> dict[str, Any]:
    return {
        "question": answer.question,
        "status": answer.status.value,
        "answer": answer.answer,
        "citations": [asdict(c) for c in answer.citations],
        "disclaimer": answer.disclaimer,
        "safety": {
            "label": answer.safety.label.value,
            "rule": answer.safety.rule,
            "reason": answer.safety.reason,
        },
        "answer_id": answer.id,
        "timings_ms": answer.timings_ms,
    }


def search_to_dict(query: str, passages: list[Passage]) -> dict[str, Any]:
    return {
        "query": query,
        "results": [
            {
                "rank": rank,
                "article_id": p.chunk.article_id,
                "chunk_id": p.chunk.id,
                "title": p.chunk.title,
                "section": p.chunk.section,
                "url": p.chunk.link,
                "text": p.chunk.text,
                "score": round(p.score, 6),
            }
            for rank, p in enumerate(passages, start=1)
        ],
    }
