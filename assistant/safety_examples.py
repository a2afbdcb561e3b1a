"""The safety check's second signal: the nearest labelled example message, by embedding.

Rules catch the wordings they know; a new wording of an emergency ("my legs just went from
under him") often sits close to an example of one. The example vectors are cached beside the
store, keyed by the model and the examples, so they are embedded once, not at every start.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from assistant.domain import SafetyLabel
from ingest.embed import Embedder, Vectors

EXAMPLES_FILE = Path(__file__).with_name("safety_examples.yaml")
# Measured on tests/safety/holdout4.yaml while the examples left it out: from 0.55 to 0.65 the
# urgent recall is the same (93%); above 0.65 it falls (0.70: 90%, 0.80: 83%).
URGENT_SIMILARITY = 0.6


@dataclass(frozen=True)
class Neighbour:
    label: SafetyLabel
    message: str
    similarity: float


class ExampleMatcher:
    def __init__(self, labels: list[SafetyLabel], messages: list[str], vectors: Vectors) -> None:
        self.labels = labels
        self.messages = messages
        self.vectors = vectors

    @classmethod
    def load(cls, embedder: Embedder, cache_dir: Path, path: Path = EXAMPLES_FILE) -> ExampleMatcher:
        raw = path.read_text(encoding="utf-8")
        examples = yaml.safe_load(raw)["examples"]
        labels = [SafetyLabel(e["label"]) for e in examples]
        messages = [str(e["message"]) for e in examples]
        key = hashlib.sha256(f"{embedder.name}\n{raw}".encode()).hexdigest()[:16]
        cache = cache_dir / f"safety-examples-{key}.npy"
        if cache.exists():
            vectors = np.load(cache)
        else:
            vectors = embedder.embed(messages)
            cache_dir.mkdir(parents=True, exist_ok=True)
            np.save(cache, vectors)
        return cls(labels, messages, vectors)

    def nearest(self, vector: Vectors) -> Neighbour:
        similarities = self.vectors @ vector
        best = int(np.argmax(similarities))
        return Neighbour(self.labels[best], self.messages[best], float(similarities[best]))
