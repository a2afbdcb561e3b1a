"""API feedback on answers: an append-only JSON-lines file, flushed to disk on every entry."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import uuid
from pathlib import Path

from assistant.api.models import FeedbackIn, FeedbackRecord

FEEDBACK_FILE = "api_feedback.jsonl"


class FeedbackLog:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FEEDBACK_FILE
        self._lock = threading.Lock()

    def append(self, feedback: FeedbackIn, client: str) -> FeedbackRecord:
        record = FeedbackRecord(
            **feedback.model_dump(),
            id=uuid.uuid4().hex,
            time=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            client=client,
        )
        line = record.model_dump_json() + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(line)
                out.flush()
                os.fsync(out.fileno())
        return record

    def records(self) -> list[FeedbackRecord]:
        """Every entry, oldest first; a line cut short by a crash is skipped."""
        if not self.path.exists():
            return []
        records = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                records.append(FeedbackRecord.model_validate(json.loads(line)))
            except ValueError:
                continue
        return records
