import pytest

from assistant.cite import markers_in, render_answer
from assistant.sentences import split_sentences
from assistant.texts import DISCLAIMER
from ingest.clean import clean_text, slugify, strip_markdown_inline, word_count


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\u00a0b", "a b"),
        ("a\u200bb", "ab"),
        ("line\r\nnext", "line\nnext"),
        ("x\n\n\n\n\ny", "x\n\ny"),
        ("  padded  ", "padded"),
        ("bell\x07 gone", "bell gone"),
        ("cafe\u0301", "caf\u00e9"),
    ],
)
def test_clean_text_normalises(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("[sciatica](/articles/sciatica)", "sciatica"),
        ("**bold** and *italic*", "bold and italic"),
        ("a `code` word", "a code word"),
        ("2 * 3 * 4", "2 * 3 * 4"),
    ],
)
def test_strip_markdown_inline_keeps_words(markdown: str, plain: str) -> None:
    assert strip_markdown_inline(markdown) == plain


@pytest.mark.parametrize(
    ("heading", "slug"),
    [
        ("When to see a doctor?", "when-to-see-a-doctor"),
        ("Heat & ice", "heat-ice"),
        ("Ça va", "ca-va"),
    ],
)
def test_slugify(heading: str, slug: str) -> None:
    assert slugify(heading) == slug


def test_word_count() -> None:
    assert word_count(" one  two\nthree ") == 3


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("Use heat, e.g. a wrap. Then walk.", ["Use heat, e.g. a wrap.", "Then walk."]),
        ("Ask Dr. Lee. Fine?", ["Ask Dr. Lee.", "Fine?"]),
        ("- First item.\n- Second item.", ["First item.", "Second item."]),
        ("He said “rest.” Then moved.", ["He said “rest.”", "Then moved."]),
        ("No end", ["No end"]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_split_sentences_returns_verbatim_substrings() -> None:
    text = "Discs age. Most people (about 9 in 10) recover! Why? Because e.g. walking helps."
    assert all(s in text for s in split_sentences(text))


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("A [1]. B [2].", [1, 2]), ("A [2] [1] [2]", [2, 1]), ("none", []), ("[10]", [10])],
)
def test_markers_in(text: str, numbers: list[int]) -> None:
    assert markers_in(text) == numbers


def test_render_answer_cites_every_sentence_and_ends_with_disclaimer() -> None:
    answer = render_answer([("Walk daily.", 1), ("Use heat.", 2)])
    assert "- Walk daily. [1]" in answer
    assert "- Use heat. [2]" in answer
    assert answer.endswith(DISCLAIMER)
