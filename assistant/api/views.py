"""Plain functions behind the read-only routes: articles, readiness."""

from __future__ import annotations

from collections.abc import Mapping

from assistant.api.errors import ApiError
from assistant.api.models import ArticleOut, ArticlePage, ArticleSummary, Readiness, SectionOut
from assistant.core import Assistant
from assistant.domain import Article


def article_summary(article: Article) -> ArticleSummary:
    return ArticleSummary(
        id=article.id,
        title=article.title,
        url=article.url,
        published=article.published,
        updated=article.updated,
        tags=list(article.tags),
    )


def article_page(articles: Mapping[str, Article], limit: int, offset: int) -> ArticlePage:
    chosen = list(articles.values())[offset : offset + limit]
    items = [article_summary(a) for a in chosen]
    return ArticlePage(total=len(articles), limit=limit, offset=offset, items=items)


def article_view(articles: Mapping[str, Article], article_id: str) -> ArticleOut:
    article = articles.get(article_id)
    if article is None:
        raise ApiError(404, f"no article with id {article_id!r}; GET /v1/articles lists them")
    sections = [SectionOut(heading=s.heading, anchor=s.anchor, text=s.text) for s in article.sections]
    return ArticleOut(**article_summary(article).model_dump(), sections=sections)


def readiness(assistant: Assistant) -> Readiness:
    chunks = len(assistant.retriever.keywords.chunks)
    try:
        vectors = assistant.retriever.store.count()
    except Exception:  # whatever the store's client raises, it means "not reachable"
        vectors = -1
    status = "ready" if chunks > 0 and vectors > 0 else "not_ready"
    return Readiness(status=status, chunks=chunks, vectors=vectors)
