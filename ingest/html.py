"""HTML pages: the main text only, headed sections kept, navigation and scripts dropped."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup, Tag

from assistant.domain import Article
from assistant.errors import LoadError
from ingest.clean import clean_text, slugify
from ingest.sections import make_sections

_NOT_CONTENT = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
)
_HEADINGS = ("h2", "h3")
_BLOCKS = ("p", "li", "blockquote", "pre", "td", "dd")


def load_html(path: Path, text: str) -> Article:
    soup = BeautifulSoup(text, "html.parser")
    title = _title(soup)
    for element in soup.find_all(_NOT_CONTENT):
        element.decompose()
    main = soup.find("main") or soup.find("article") or soup.body or soup
    parts: list[tuple[str, str]] = [("", "")]
    for element in main.find_all((*_HEADINGS, *_BLOCKS)):
        if element.find_parent(_BLOCKS):
            continue  # its text is part of the enclosing block already
        words = clean_text(element.get_text(" ", strip=True))
        if not words:
            continue
        if element.name in _HEADINGS:
            parts.append((words, ""))
        else:
            heading, previous = parts[-1]
            parts[-1] = (heading, f"{previous}\n\n{words}")
    sections = make_sections(parts)
    if not sections:
        raise LoadError(f"{path}: the page has no paragraphs of text in its main content")
    return Article(
        id=_meta(soup, "spinewise:id") or slugify(path.stem),
        title=title or path.stem,
        sections=sections,
        source=str(path),
        url=_canonical(soup),
        published=_meta(soup, "article:published_time")[:10],
        updated=_meta(soup, "article:modified_time")[:10],
        author=_meta(soup, "author"),
        tags=tuple(t.strip() for t in _meta(soup, "keywords").split(",") if t.strip()),
        summary=_meta(soup, "description"),
    )


def _title(soup: BeautifulSoup) -> str:
    heading = soup.find("h1")
    if isinstance(heading, Tag):
        return clean_text(heading.get_text(" ", strip=True))
    return clean_text(soup.title.get_text()) if soup.title else ""


def _meta(soup: BeautifulSoup, name: str) -> str:
    tag = soup.find("meta", attrs={"name": name}) or soup.find("meta", attrs={"property": name})
    content = tag.get("content") if isinstance(tag, Tag) else None
    return clean_text(content) if isinstance(content, str) else ""


def _canonical(soup: BeautifulSoup) -> str:
    link = soup.find("link", rel="canonical")
    href = link.get("href") if isinstance(link, Tag) else None
    return href if isinstance(href, str) else ""
