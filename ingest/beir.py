"""`.jsonl` corpora in BEIR form: one article a line with `_id`, `title`, `text`, `metadata`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from assistant.domain import Article
from assistant.errors import LoadError
from ingest.clean import clean_text
from ingest.sections import make_sections


def load_beir(path: Path, text: str) -> Iterator[Article | LoadError]:
    """Yield each line's article, or a LoadError naming the line, so one bad line skips alone."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield _article(path, json.loads(line))
        except (json.JSONDecodeError, TypeError, KeyError, ValueError) as error:
            yield LoadError(
                f"{path}:{number}: not a BEIR corpus line ({error}); expected JSON with '_id' and 'text'"
            )


def _article(path: Path, record: dict[str, object]) -> Article:
    article_id = str(record["_id"]).strip()
    body = clean_text(str(record["text"]))
    if not article_id or not body:
        raise ValueError("empty '_id' or 'text'")
    metadata = record.get("metadata")
    meta = metadata if isinstance(metadata, dict) else {}
    tags = meta.get("tags", ())
    return Article(
        id=article_id,
        title=clean_text(str(record.get("title") or "")),
        sections=make_sections([("", body)]),
        source=str(path),
        url=str(meta.get("url", "")),
        tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
    )
