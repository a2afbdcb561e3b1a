"""Whole articles for display, rebuilt from the stored chunks (the store keeps no other copy).

Chunks are kept in article order by ingestion, so consecutive chunks of one section joined
by blank lines give back that section's text.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.domain import Article, Chunk, Section


def articles_from_chunks(chunks: Iterable[Chunk]) -> dict[str, Article]:
    """Every article the chunks come from, by id, in the order first seen.

    >>> chunk = Chunk("a#0", "a", "Title", "Intro", "intro", "/articles/a", "Text.")
    >>> articles_from_chunks([chunk])["a"].sections[0].text
    'Text.'
    """
    grouped: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        grouped.setdefault(chunk.article_id, []).append(chunk)
    return {article_id: _article(parts) for article_id, parts in grouped.items()}


def _article(chunks: list[Chunk]) -> Article:
    first = chunks[0]
    return Article(
        id=first.article_id,
        title=first.title,
        sections=tuple(_sections(chunks)),
        source="",
        url=first.url,
        published=first.published,
        updated=first.updated,
        tags=first.tags,
    )


def _sections(chunks: list[Chunk]) -> list[Section]:
    sections: list[Section] = []
    texts: list[str] = []
    for index, chunk in enumerate(chunks):
        texts.append(chunk.text)
        following = chunks[index + 1] if index + 1 < len(chunks) else None
        if following is None or (following.section, following.anchor) != (chunk.section, chunk.anchor):
            sections.append(Section(chunk.section, chunk.anchor, "\n\n".join(texts)))
            texts = []
    return sections
