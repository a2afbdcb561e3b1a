"""Scoring the golden questions: article hit rates of search and `not_covered` accuracy of ask."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from assistant.core import Assistant
from assistant.domain import Status
from assistant.errors import ConfigError

DEFAULT_GOLDEN = Path("tests/golden/questions.yaml")
# Replies that quote nothing: the articles don't cover it, or it is not about the spine at all.
DECLINED = (Status.NOT_COVERED, Status.OFF_TOPIC)
# Passages searched to find the top three distinct source articles.
SEARCH_DEPTH = 10


@dataclass(frozen=True)
class GoldenQuestion:
    question: str
    articles: tuple[str, ...]
    status: Status


@dataclass
class GoldenScore:
    answerable: int = 0
    top1: int = 0
    top3: int = 0
    answered: int = 0
    not_covered_total: int = 0
    not_covered_right: int = 0
    misses: list[str] = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        return {
            "top1_hit_rate": self.top1 / max(1, self.answerable),
            "top3_hit_rate": self.top3 / max(1, self.answerable),
            "answered_rate": self.answered / max(1, self.answerable),
            "not_covered_accuracy": self.not_covered_right / max(1, self.not_covered_total),
        }


def load_golden(path: Path) -> list[GoldenQuestion]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return [
            GoldenQuestion(str(q["question"]), tuple(q.get("articles") or ()), Status(q["status"]))
            for q in raw["questions"]
        ]
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as error:
        raise ConfigError(f"cannot read golden questions from {path} ({error})") from error


def source_articles(assistant: Assistant, question: str, k: int = 3) -> list[str]:
    """The first `k` distinct articles among the search results, best first."""
    articles = [p.chunk.article_id for p in assistant.search(question, SEARCH_DEPTH)]
    return list(dict.fromkeys(articles))[:k]


def score_golden(assistant: Assistant, questions: list[GoldenQuestion]) -> GoldenScore:
    score = GoldenScore()
    for item in questions:
        answer = assistant.ask(item.question)
        status = answer.status
        if item.status is Status.NOT_COVERED:
            declined = status in DECLINED
            score.not_covered_total += 1
            score.not_covered_right += declined
            if not declined:
                score.misses.append(f"{status.value} but should be not_covered: {item.question}")
            continue
        score.answerable += 1
        score.answered += bool(answer.citations) and status not in DECLINED
        found = source_articles(assistant, item.question)
        score.top1 += bool(found) and found[0] in item.articles
        hit = any(a in item.articles for a in found)
        score.top3 += hit
        if not hit or status is not Status.ANSWERED:
            score.misses.append(
                f"{status.value}, expected {list(item.articles)}, got {found}: {item.question}"
            )
    return score
