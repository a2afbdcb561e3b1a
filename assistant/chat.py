"""What the chat shows: plain functions between Gradio and the assistant, tested without a server."""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from assistant.core import Assistant
from assistant.domain import Answer, Citation
from assistant.errors import InvalidQuestionError

EXAMPLE_QUESTIONS = [
    "My back went out lifting a box. What should I do?",
    "What is the difference between a bulging and a herniated disc?",
    "Does PRP work for back pain?",
    "When is back pain an emergency?",
]


def message_text(content: Any) -> str:
    """The text of one message's content, whichever shape Gradio sent it in."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or "")
    if isinstance(content, Sequence):
        return " ".join(message_text(part) for part in content if message_text(part))
    return ""


def normalise_history(history: Any) -> list[dict[str, str]]:
    """Gradio sends `{"role", "content"}` dicts from the browser and may send `[user, bot]`
    pairs through its API; both become a flat list of role/text messages."""
    messages: list[dict[str, str]] = []
    for item in history or []:
        if isinstance(item, dict) and "role" in item:
            messages.append({"role": str(item["role"]), "content": message_text(item.get("content"))})
        elif isinstance(item, (list, tuple)) and len(item) == 2:
            for role, content in zip(("user", "assistant"), item, strict=True):
                if content is not None:
                    messages.append({"role": role, "content": message_text(content)})
    return messages


def format_sources(citations: Sequence[Citation], site_url: str = "") -> str:
    """A collapsible list of the sources: title and section linked, quote below.

    Article text is escaped, so nothing in an article can add markup to the page.
    """
    if not citations:
        return ""
    items = []
    for c in citations:
        link = html.escape(site_url.rstrip("/") + c.url if c.url.startswith("/") else c.url, quote=True)
        label = html.escape(f"{c.title} — {c.section}")
        title = f'<a href="{link}" target="_blank" rel="noopener">{label}</a>' if link else label
        items.append(f"<li><b>[{c.n}]</b> {title}<blockquote>{html.escape(c.quote)}</blockquote></li>")
    return f"<details><summary>Sources ({len(citations)})</summary><ol>{''.join(items)}</ol></details>"


def format_reply(answer: Answer, site_url: str = "") -> str:
    sources = format_sources(answer.citations, site_url)
    return f"{answer.answer}\n\n{sources}" if sources else answer.answer


def user_turns(history: Any) -> list[str]:
    """The user's earlier messages, oldest first, whatever shape the history came in."""
    return [m["content"] for m in normalise_history(history) if m["role"] == "user" and m["content"]]


def stream_reply(
    assistant: Assistant, message: str, history: Any = None, site_url: str = ""
) -> Iterator[str]:
    """The reply as it grows, one line at a time, then whole with its sources."""
    try:
        answer = assistant.ask(message, history=user_turns(history))
    except InvalidQuestionError as error:
        yield f"Sorry, I can't use that question: {error}."
        return
    shown = ""
    for line in answer.answer.split("\n"):
        shown = f"{shown}\n{line}" if shown else line
        yield shown
    yield format_reply(answer, site_url)


def record_feedback(path: Path, history: Any, index: Any, liked: bool | str | None) -> dict[str, Any]:
    """Append one like or dislike, with the question and reply it concerns, to a JSON-lines file."""
    messages = normalise_history(history)
    position = index[0] if isinstance(index, (list, tuple)) else index
    position = position if isinstance(position, int) and 0 <= position < len(messages) else None
    reply = messages[position]["content"] if position is not None else ""
    earlier = [m["content"] for m in messages[: position or 0] if m["role"] == "user"]
    entry = {
        "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "rating": "like" if liked is True else "dislike" if liked is False else str(liked),
        "question": earlier[-1] if earlier else "",
        "reply": reply,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return entry
