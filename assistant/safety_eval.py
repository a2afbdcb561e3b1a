"""Scoring the safety check on labelled messages: per-class precision and recall.

Messages go through `Assistant.triage`, the first half of every `ask`, so the embedding's
second signals (nearest emergency example, nothing close in the articles) count too; answering
is skipped because it cannot change the class.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from assistant.core import Assistant
from assistant.domain import SafetyLabel
from assistant.errors import ConfigError
from ingest.clean import clean_text
from ingest.embed import MemoEmbedder

SAFETY_SETS = Path("tests/safety")
# Pairs of an ordinary message and an emergency that differ in one detail ("no numbness" against
# "numb since this morning"): learned from, and scored apart because they are hard by design.
CONTRAST_SETS = SAFETY_SETS / "contrast"
# Sets the classifier is never trained on and the rules were never tuned on: what the check does
# on wordings it has not seen.
UNSEEN_SETS = SAFETY_SETS / "unseen"


@dataclass(frozen=True)
class LabelledMessage:
    message: str
    label: SafetyLabel
    history: tuple[str, ...] = ()


@dataclass
class SafetyScore:
    pairs: list[tuple[SafetyLabel, SafetyLabel]] = field(default_factory=list)  # (expected, got)
    errors: list[str] = field(default_factory=list)

    def precision(self, label: SafetyLabel) -> float:
        predicted = [e for e, g in self.pairs if g is label]
        return sum(e is label for e in predicted) / len(predicted) if predicted else 1.0

    def recall(self, label: SafetyLabel) -> float:
        actual = [g for e, g in self.pairs if e is label]
        return sum(g is label for g in actual) / len(actual) if actual else 1.0

    def count(self, label: SafetyLabel) -> int:
        return sum(e is label for e, _ in self.pairs)

    def wrongly_blocked(self) -> float:
        """Share of in-scope messages that got anything but a normal answer."""
        return 1.0 - self.recall(SafetyLabel.IN_SCOPE)


def default_safety_sets() -> dict[str, list[Path]]:
    """The labelled sets of tests/safety by kind (learned from, contrast pairs, unseen), or a clear
    error when run outside a checkout."""
    groups = {
        "learned from": sorted(SAFETY_SETS.glob("*.yaml")),
        "contrast pairs": sorted(CONTRAST_SETS.glob("*.yaml")),
        "unseen": sorted(UNSEEN_SETS.glob("*.yaml")),
    }
    if not any(groups.values()):
        raise ConfigError(f"no labelled sets in {SAFETY_SETS}; run from the repository or name a YAML file")
    return {kind: paths for kind, paths in groups.items() if paths}


def load_safety_set(path: Path) -> list[LabelledMessage]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return [
            LabelledMessage(str(m["message"]), SafetyLabel(m["label"]), tuple(m.get("history") or ()))
            for m in raw["messages"]
        ]
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as error:
        raise ConfigError(f"cannot read labelled messages from {path} ({error})") from error


def score_safety(assistant: Assistant, messages: list[LabelledMessage]) -> SafetyScore:
    # Every message and earlier turn embedded in full batches first: the same vectors, a few
    # times faster than one model call per message.
    memo = MemoEmbedder(assistant.embedder)
    memo.prime([clean_text(text) for item in messages for text in (item.message, *item.history)])
    assistant = replace(assistant, embedder=memo)
    score = SafetyScore()
    for item in messages:
        safety = assistant.triage(item.message, history=item.history).safety
        got = safety.label
        score.pairs.append((item.label, got))
        if got is not item.label:
            why = f"{safety.rule}: {safety.reason}"
            score.errors.append(f"expected {item.label.value}, got {got.value} ({why}): {item.message}")
    return score
