"""Plain text saved from an article web page: recover the metadata, strip the site's chrome.

Such a page reads, top to bottom: a call-to-action banner, "Login Signup", the title, a
"Published <date>" line, a "| Written By ... | Medically Reviewed by ..." byline, a "Tags:"
line, the article with short heading lines, then "Additional sources:", "Updated: <date>",
the site's footer disclaimer, "You might also like..." and a contributors block.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from assistant.domain import Article
from assistant.errors import LoadError
from ingest.clean import clean_text, slugify
from ingest.sections import make_sections

_PUBLISHED = re.compile(r"^published:?\s+(.+)$", re.IGNORECASE)
_UPDATED = re.compile(r"^(?:last\s+)?updated:?\s+(.+)$", re.IGNORECASE)
_AUTHOR = re.compile(r"written by\s+(.+?)\s*(?:\||$)", re.IGNORECASE)
_REVIEWER = re.compile(r"(?:medically\s+)?reviewed by\s+(.+?)\s*(?:\||$)", re.IGNORECASE)
_TAGS = re.compile(r"^tags?:\s*(.*)$", re.IGNORECASE)
# Lines that belong to the site, not the article.
_CHROME_LINE = re.compile(
    r"^(login|log in|sign ?up|login signup|log in sign up|additional sources:?|share|print)$"
    r"|text us now|call us now|it'?s free!?$",
    re.IGNORECASE,
)
# Where the article ends and the page's trailing blocks begin.
_TAIL_START = re.compile(r"^(you might also like|contributors and experts|related articles)", re.I)
_FOOTER = re.compile(r"is for educational purposes|not a substitute for (professional )?medical advice", re.I)
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%Y-%m-%d", "%B %d %Y")


def load_saved_page(path: Path, text: str) -> Article:
    lines = clean_text(text).split("\n")
    meta = {"published": "", "updated": "", "author": "", "reviewed_by": "", "tags": ""}
    kept: list[str] = []
    for line in lines:
        if _TAIL_START.match(line):
            break
        if _read_metadata(line, meta, path) or _CHROME_LINE.search(line) or _FOOTER.search(line):
            continue
        kept.append(line)
    paragraphs = [p.strip() for p in "\n".join(kept).split("\n\n") if p.strip()]
    if not paragraphs:
        raise LoadError(f"{path}: no article text left after removing the page's chrome")
    title, body = paragraphs[0], paragraphs[1:]
    parts: list[tuple[str, str]] = [("", "")]
    for paragraph in body:
        if _looks_like_heading(paragraph):
            parts.append((paragraph.rstrip(" :"), ""))
        else:
            heading, previous = parts[-1]
            parts[-1] = (heading, f"{previous}\n\n{paragraph}")
    sections = make_sections(parts)
    if not sections:
        raise LoadError(f"{path}: the page has a title ({title!r}) but no article text")
    tags = tuple(tag.strip() for tag in re.split(r"[,;|]", meta["tags"]) if tag.strip())
    return Article(
        id=slugify(title) or slugify(path.stem),
        title=title,
        sections=sections,
        source=str(path),
        published=meta["published"],
        updated=meta["updated"],
        author=meta["author"],
        reviewed_by=meta["reviewed_by"],
        tags=tags,
    )


def _read_metadata(line: str, meta: dict[str, str], path: Path) -> bool:
    """Fill `meta` from a metadata line and say whether the line was one."""
    if match := _PUBLISHED.match(line):
        meta["published"] = _parse_date(match.group(1), path)
        return True
    if match := _UPDATED.match(line):
        meta["updated"] = _parse_date(match.group(1), path)
        return True
    if match := _TAGS.match(line):
        meta["tags"] = match.group(1)
        return True
    author, reviewer = _AUTHOR.search(line), _REVIEWER.search(line)
    if (author or reviewer) and len(line.split()) <= 20:
        meta["author"] = author.group(1).strip() if author else meta["author"]
        meta["reviewed_by"] = reviewer.group(1).strip() if reviewer else meta["reviewed_by"]
        return True
    return False


def _parse_date(text: str, path: Path) -> str:
    text = text.strip().rstrip(".")
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise LoadError(f"{path}: cannot read the date {text!r}; expected e.g. 'June 5, 2021'")


def _looks_like_heading(paragraph: str) -> bool:
    """A short single line without a closing full stop, most of its words capitalised."""
    words = paragraph.split()
    if "\n" in paragraph or not 1 <= len(words) <= 10 or paragraph.endswith((".", ",", ";", '"', "”")):
        return False
    capitalised = sum(word[0].isupper() or word[0].isdigit() for word in words)
    return capitalised >= max(1, len(words) // 2)
