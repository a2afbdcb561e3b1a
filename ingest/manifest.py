"""The manifest: which articles are stored, from where, with which content hash and model."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.domain import Article
from assistant.errors import StoreError


@dataclass(frozen=True)
class Entry:
    hash: str
    source: str
    chunks: int


@dataclass
class Manifest:
    """What the store holds. `model` and `chunk_words` decide whether stored vectors still fit."""

    model: str = ""
    chunk_words: int = 0
    articles: dict[str, Entry] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Manifest:
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            articles = {key: Entry(**value) for key, value in raw["articles"].items()}
            return cls(model=raw["model"], chunk_words=raw["chunk_words"], articles=articles)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise StoreError(
                f"{path} is damaged ({error}); run `spinewise ingest --rebuild` to rebuild the store"
            ) from error

    def save(self, path: Path) -> None:
        """Write a new file and rename it over the old one, so a crash leaves one or the other."""
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        raw = {
            "model": self.model,
            "chunk_words": self.chunk_words,
            "articles": {key: asdict(entry) for key, entry in sorted(self.articles.items())},
        }
        temporary.write_text(json.dumps(raw, indent=1), encoding="utf-8")
        os.replace(temporary, path)


def content_hash(article: Article) -> str:
    """Changes whenever anything that ends up in a chunk or its metadata changes."""
    payload = json.dumps(asdict(article), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
