"""The chat's plain functions, without a server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.chat import format_sources, normalise_history, record_feedback, stream_reply
from assistant.core import Assistant
from assistant.domain import Citation
from assistant.texts import DISCLAIMER


@pytest.mark.parametrize(
    "history",
    [
        [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}],
        [
            {"role": "user", "content": [{"type": "text", "text": "hi"}]},
            {"role": "assistant", "content": {"text": "hello"}},
        ],
        [["hi", "hello"]],
        [("hi", "hello")],
    ],
)
def test_history_in_any_shape_becomes_role_messages(history: Any) -> None:
    assert normalise_history(history) == [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": "hello"},
    ]


def test_empty_history_is_empty() -> None:
    assert normalise_history(None) == []


def test_sources_escape_article_text_and_link_to_the_site() -> None:
    citation = Citation(
        1, "a", "Title <b>", "Part", "/articles/a#part", '<img src=x onerror="alert(1)">', 0.1
    )
    html = format_sources([citation], site_url="https://example.org/")
    assert "<img" not in html and "&lt;img" in html
    assert 'href="https://example.org/articles/a#part"' in html
    assert html.startswith("<details>") and "Sources (1)" in html


def test_stream_reply_grows_and_ends_with_sources_and_disclaimer(tiny_assistant: Assistant) -> None:
    replies = list(stream_reply(tiny_assistant, "does walking help a sore back"))
    assert len(replies) > 2
    assert all(replies[i] in replies[i + 1] for i in range(len(replies) - 2))
    assert DISCLAIMER in replies[-1] and "<details>" in replies[-1] and "[1]" in replies[-1]


def test_stream_reply_explains_an_empty_question(tiny_assistant: Assistant) -> None:
    assert "question is empty" in list(stream_reply(tiny_assistant, "   "))[-1]


def test_feedback_is_appended_with_its_question(tmp_path: Path) -> None:
    path = tmp_path / "data" / "feedback.jsonl"
    history = [{"role": "user", "content": "q1"}, {"role": "assistant", "content": "a1"}]
    record_feedback(path, history, 1, True)
    record_feedback(path, history, [1, 0], False)
    entries = [json.loads(line) for line in path.read_text().splitlines()]
    assert [(e["rating"], e["question"], e["reply"]) for e in entries] == [
        ("like", "q1", "a1"),
        ("dislike", "q1", "a1"),
    ]
