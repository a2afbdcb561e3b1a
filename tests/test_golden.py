"""The corpus answers its golden questions: ingest it for real and score search and ask."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core import Assistant
from assistant.domain import Article
from assistant.golden import GoldenScore, load_golden, score_golden
from ingest.load import load_file
from tests.conftest import CORPUS
from tests.test_corpus import GOLDEN


@pytest.fixture(scope="module")
def score(corpus_assistant: Assistant) -> GoldenScore:
    golden = load_golden(GOLDEN)
    result = score_golden(corpus_assistant, golden)
    print("\ngolden questions:", {k: f"{v:.1%}" for k, v in result.rates().items()})
    return result


def test_expected_article_is_in_top_three_for_85_percent(score: GoldenScore) -> None:
    assert score.rates()["top3_hit_rate"] >= 0.85, "\n".join(score.misses)


def test_answerable_questions_are_answered(score: GoldenScore) -> None:
    assert score.rates()["answered_rate"] >= 0.95, "\n".join(score.misses)


def test_uncovered_questions_are_mostly_not_covered(score: GoldenScore) -> None:
    assert score.rates()["not_covered_accuracy"] >= 0.8, "\n".join(score.misses)


def test_ask_quotes_the_corpus_verbatim(corpus_assistant: Assistant) -> None:
    answer = corpus_assistant.ask("What is sciatica?")
    texts = {
        a.id: "\n".join(s.text for s in a.sections)
        for path in Path(CORPUS).glob("*.md")
        for a in load_file(path)
        if isinstance(a, Article)
    }
    assert answer.citations
    assert any(c.article_id == "sciatica" for c in answer.citations)
    for c in answer.citations:
        sentence = next(
            line[2:].rsplit(" [", 1)[0] for line in answer.answer.splitlines() if line.endswith(f"[{c.n}]")
        )
        assert sentence in texts[c.article_id] and c.quote in texts[c.article_id]
