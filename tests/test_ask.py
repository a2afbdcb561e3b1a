"""Answering and searching with the real model over a real store of the tiny corpus."""

import pytest

from assistant.core import Assistant, build_assistant
from assistant.domain import Status
from assistant.errors import InvalidQuestionError
from assistant.retrieve import Filters
from assistant.settings import Settings
from assistant.texts import DISCLAIMER, NOT_COVERED
from ingest.embed import SentenceTransformerEmbedder
from ingest.load import load_file
from tests.conftest import TINY_CORPUS


def _article_text(article_id: str) -> str:
    for path in TINY_CORPUS.glob("*.md"):
        for article in load_file(path):
            if getattr(article, "id", None) == article_id:
                return "\n".join(s.text for s in article.sections)  # type: ignore[union-attr]
    raise LookupError(article_id)


def test_covered_question_is_answered_with_verbatim_cited_quotes(tiny_assistant: Assistant) -> None:
    answer = tiny_assistant.ask("Should I use ice on a back I just strained?")
    assert answer.status is Status.ANSWERED
    assert answer.citations[0].article_id == "heat-and-ice"
    for citation in answer.citations:
        assert citation.quote in _article_text(citation.article_id)
    assert answer.answer.endswith(DISCLAIMER)
    assert answer.disclaimer == DISCLAIMER


def test_every_answer_sentence_is_quoted_from_its_cited_source(tiny_assistant: Assistant) -> None:
    answer = tiny_assistant.ask("what is a slipped disc and does it heal")
    quotes = {c.n: c.quote for c in answer.citations}
    bullets = [line for line in answer.answer.splitlines() if line.startswith("- ")]
    assert bullets
    for line in bullets:
        sentence, marker = line[2:].rsplit(" [", 1)
        assert sentence in quotes[int(marker.rstrip("]"))]


def test_citations_link_to_the_section(tiny_assistant: Assistant) -> None:
    answer = tiny_assistant.ask("how should I start walking with back pain")
    assert any(c.url == "/articles/walking-for-back-pain#how-to-start" for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    ["What is the capital of France?", "best recipe for banana bread", "how do I change a car tyre"],
)
def test_question_outside_the_spine_is_off_topic_without_quotes(
    tiny_assistant: Assistant, question: str
) -> None:
    answer = tiny_assistant.ask(question)
    assert answer.status is Status.OFF_TOPIC
    assert answer.safety.rule in ("classifier", "no_spine_topic")  # either second signal may say it first
    assert answer.citations == ()
    assert answer.answer.endswith(DISCLAIMER)


@pytest.mark.parametrize(
    "question",
    ["what does scoliosis surgery involve", "is kyphoplasty better than vertebroplasty for the spine"],
)
def test_spine_question_the_articles_miss_is_not_covered(tiny_assistant: Assistant, question: str) -> None:
    answer = tiny_assistant.ask(question)
    assert answer.status is Status.NOT_COVERED
    assert answer.citations == ()
    assert answer.answer.startswith(NOT_COVERED) and answer.answer.endswith(DISCLAIMER)


@pytest.mark.parametrize("question", ["", "   \n\t ", "x" * 2001])
def test_bad_question_is_refused_with_a_reason(tiny_assistant: Assistant, question: str) -> None:
    with pytest.raises(InvalidQuestionError):
        tiny_assistant.ask(question)


def test_search_ranks_the_matching_article_first(tiny_assistant: Assistant) -> None:
    passages = tiny_assistant.search("heating pad burns", k=3)
    assert passages[0].chunk.article_id == "heat-and-ice"
    assert [p.score for p in passages] == sorted((p.score for p in passages), reverse=True)


def test_search_keeps_at_most_two_passages_per_article(tiny_assistant: Assistant) -> None:
    passages = tiny_assistant.search("back pain", k=10)
    per_article = [p.chunk.article_id for p in passages]
    assert max(per_article.count(a) for a in per_article) <= 2
    assert len(set(per_article)) == 3


def test_search_filters_by_tag(tiny_assistant: Assistant) -> None:
    passages = tiny_assistant.search("back pain", k=5, filters=Filters(tags=("discs",)))
    assert passages and {p.chunk.article_id for p in passages} == {"herniated-disc"}


@pytest.mark.parametrize("fusion", ["rrf", "scores"])
def test_both_fusion_modes_rank_the_matching_article_first(
    tiny_settings: Settings, embedder: SentenceTransformerEmbedder, fusion: str
) -> None:
    assistant = build_assistant(tiny_settings.model_copy(update={"fusion": fusion}), embedder)
    passages = assistant.search("can a heating pad burn my skin", k=4)
    assert passages[0].chunk.article_id == "heat-and-ice"
    assert [p.score for p in passages] == sorted((p.score for p in passages), reverse=True)
    assert all(-1.0 <= p.similarity <= 1.0 for p in passages)
