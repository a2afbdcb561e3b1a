"""Chunking: each section is cut at paragraph, then sentence, boundaries into small chunks.

Worked numbers: with `max_words=150` a 400-word section of four 100-word paragraphs becomes
four chunks (two paragraphs would be 200 words), a 60-word section is one chunk, and a single
260-word paragraph is cut between sentences into two chunks of about 130 words. The embedding
model reads at most 256 tokens, about 180 words of this corpus's prose, so 150 words of text
plus the "title. section." prefix that is embedded with each chunk stays inside the window.
"""

from __future__ import annotations

from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.domain import Article, Chunk
from ingest.clean import word_count

# Paragraphs first, then lines (list items), then sentences, then clauses, then words.
_SEPARATORS = ["\n\n", "\n", ". ", "? ", "! ", "; ", ", ", " "]


def chunk_article(article: Article, max_words: int) -> list[Chunk]:
    """Cut an article into chunks of at most `max_words` words that never cross a section."""
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=max_words,
        chunk_overlap=0,
        length_function=word_count,
        separators=_SEPARATORS,
        keep_separator="end",
        strip_whitespace=True,
    )
    chunks: list[Chunk] = []
    for section in article.sections:
        for text in splitter.split_text(section.text):
            chunks.append(
                Chunk(
                    id=f"{article.id}:{len(chunks):03d}",
                    article_id=article.id,
                    title=article.title,
                    section=section.heading,
                    anchor=section.anchor,
                    url=article.url,
                    text=text,
                    published=article.published,
                    updated=article.updated,
                    tags=article.tags,
                )
            )
    return chunks


def embedding_text(chunk: Chunk) -> str:
    """What the model embeds: the title and section name give a passage its context."""
    return f"{chunk.title}. {chunk.section}. {chunk.text}"
