"""Server-sent events for `/v1/ask/stream`: the sources, the answer in pieces, then the whole answer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from assistant.domain import Answer
from assistant.serialize import answer_to_dict


def answer_pieces(text: str) -> list[str]:
    """The answer a line at a time (line ends kept), so the pieces join back to the exact text.

    >>> answer_pieces("a\\n\\nb")
    ['a\\n', '\\n', 'b']
    """
    return text.splitlines(keepends=True)


def sse(event: str, data: Any) -> str:
    """One event in the text/event-stream format; JSON data keeps it on one `data:` line."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def answer_events(answer: Answer) -> Iterator[str]:
    whole = answer_to_dict(answer)
    yield sse("sources", {"citations": whole["citations"]})
    for piece in answer_pieces(answer.answer):
        yield sse("delta", {"text": piece})
    yield sse("done", whole)
