"""Helpers for the API tests: an app around the tiny assistant, with its own writable folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from assistant.api.app import build_api
from assistant.core import Assistant
from tests.conftest import make_settings

# The fields of the documented answer object, the same from the CLI and the API.
ANSWER_FIELDS = {
    "question",
    "status",
    "answer",
    "citations",
    "disclaimer",
    "safety",
    "answer_id",
    "timings_ms",
}


class FakeClock:
    """A clock the rate-limit tests move by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_api(assistant: Assistant, folder: Path, clock: FakeClock | None = None, **settings: Any) -> FastAPI:
    """The API over the shared tiny store; keys and feedback go to `folder`, never to the store."""
    api_settings = make_settings(folder, **settings)
    return build_api(assistant, api_settings, clock or FakeClock())


def sse_events(body: str) -> list[tuple[str, Any]]:
    """`(event, data)` pairs of a text/event-stream body whose data lines are JSON."""
    events = []
    for block in body.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((fields.get("event", "message"), json.loads(fields["data"])))
    return events
