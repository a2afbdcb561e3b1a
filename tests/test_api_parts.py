"""The API's plain parts without a server: article views, answer pieces, OpenAI request parsing."""

from __future__ import annotations

import pytest

from assistant.api.events import answer_pieces, sse
from assistant.api.openai_compat import ChatCompletionRequest
from assistant.articles import articles_from_chunks
from assistant.core import Assistant
from assistant.domain import Chunk
from assistant.errors import InvalidQuestionError


def _chunk(n: int, article: str, section: str, text: str) -> Chunk:
    anchor = section.lower()
    return Chunk(f"{article}#{n}", article, article.title(), section, anchor, f"/articles/{article}", text)


def test_articles_are_rebuilt_from_chunks_in_order() -> None:
    chunks = [
        _chunk(0, "heat", "Heat", "One."),
        _chunk(1, "heat", "Heat", "Two."),
        _chunk(2, "heat", "Ice", "Three."),
        _chunk(0, "walk", "Why", "Walk."),
    ]
    articles = articles_from_chunks(chunks)
    assert list(articles) == ["heat", "walk"]
    assert [(s.heading, s.text) for s in articles["heat"].sections] == [
        ("Heat", "One.\n\nTwo."),
        ("Ice", "Three."),
    ]


def test_every_chunk_of_the_tiny_store_is_inside_its_article(tiny_assistant: Assistant) -> None:
    chunks = tiny_assistant.retriever.keywords.chunks
    articles = articles_from_chunks(chunks)
    for chunk in chunks:
        assert any(
            chunk.text in s.text for s in articles[chunk.article_id].sections if s.anchor == chunk.anchor
        )


@pytest.mark.parametrize("text", ["", "one line", "a\n\n- b [1]\n\nDisclaimer.", "ends\n"])
def test_answer_pieces_join_back_to_the_text(text: str) -> None:
    assert "".join(answer_pieces(text)) == text


def test_sse_data_stays_on_one_line() -> None:
    assert sse("delta", {"text": "a\nb"}) == 'event: delta\ndata: {"text": "a\\nb"}\n\n'


def test_the_last_user_message_is_the_question_and_earlier_ones_the_history() -> None:
    request = ChatCompletionRequest.model_validate(
        {
            "messages": [
                {"role": "system", "content": "x"},
                {"role": "user", "content": "first"},
                {"role": "assistant", "content": "reply"},
                {"role": "user", "content": [{"type": "text", "text": "second"}]},
            ]
        }
    )
    assert request.question_and_history() == ("second", ["first"])


def test_a_conversation_ending_with_the_assistant_is_refused() -> None:
    request = ChatCompletionRequest.model_validate({"messages": [{"role": "assistant", "content": "hi"}]})
    with pytest.raises(InvalidQuestionError):
        request.question_and_history()
