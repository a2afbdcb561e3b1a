import pytest

from assistant.domain import Article, Section
from ingest.chunk import chunk_article
from ingest.clean import word_count


def _article(*paragraph_words: int) -> Article:
    paragraphs = [
        " ".join(f"w{p}x{i}." if i % 12 == 11 else f"w{p}x{i}" for i in range(n))
        for p, n in enumerate(paragraph_words)
    ]
    return Article(
        id="a",
        title="T",
        source="s",
        url="/a",
        tags=("t",),
        published="2025-01-01",
        sections=(
            Section("Intro", "", "\n\n".join(paragraphs)),
            Section("Other part", "other-part", "Short closing section here."),
        ),
    )


@pytest.mark.parametrize(
    ("words", "expected"), [((100, 100, 100, 100), 4), ((60,), 1), ((40, 40, 40), 1), ((260,), 2)]
)
def test_chunk_counts_follow_paragraphs_and_sizes(words: tuple[int, ...], expected: int) -> None:
    chunks = [c for c in chunk_article(_article(*words), 150) if c.section == "Intro"]
    assert len(chunks) == expected


@pytest.mark.parametrize("max_words", [40, 80, 150])
def test_chunks_stay_within_the_limit_and_lose_no_words(max_words: int) -> None:
    article = _article(120, 300, 30)
    chunks = chunk_article(article, max_words)
    assert all(word_count(c.text) <= max_words for c in chunks)
    original = [w for s in article.sections for w in s.text.split()]
    assert [w for c in chunks for w in c.text.split()] == original


def test_chunks_never_cross_sections_and_carry_metadata() -> None:
    chunks = chunk_article(_article(50), 150)
    assert [c.section for c in chunks] == ["Intro", "Other part"]
    last = chunks[-1]
    assert (last.article_id, last.title, last.url, last.anchor, last.tags, last.published) == (
        "a",
        "T",
        "/a",
        "other-part",
        ("t",),
        "2025-01-01",
    )
    assert last.link == "/a#other-part"
    assert chunks[0].link == "/a"
    assert len({c.id for c in chunks}) == len(chunks)
