"""Markdown articles with YAML front matter: the corpus format."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from assistant.domain import Article
from assistant.errors import LoadError
from ingest.clean import clean_text, slugify, strip_markdown_inline
from ingest.sections import make_sections

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def parse_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """Split `---` YAML front matter from the body; a file without any has an empty mapping."""
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---"):
            raise LoadError(
                f"{path}: front matter opens with '---' but never closes; add a '---' line after it"
            )
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        problem = str(error).splitlines()[0]
        raise LoadError(f"{path}: front matter is not valid YAML ({problem}); fix its syntax") from error
    if not isinstance(meta, dict):
        raise LoadError(f"{path}: front matter must be a mapping of keys to values")
    return meta, text[match.end() :]


def load_markdown(path: Path, text: str) -> Article:
    meta, body = parse_front_matter(text, path)
    parts: list[tuple[str, str]] = []
    heading, title = "", ""
    lines: list[str] = []
    for line in body.split("\n"):
        match = _HEADING.match(line)
        if match and len(match.group(1)) == 1 and not title and not parts and not "".join(lines).strip():
            title = match.group(2)  # a leading "# Title" is the title, not a section
        elif match:
            parts.append((heading, "\n".join(lines)))
            heading, lines = strip_markdown_inline(match.group(2)), []
        else:
            lines.append(line)
    parts.append((heading, "\n".join(lines)))
    sections = make_sections((h, strip_markdown_inline(clean_text(t))) for h, t in parts)
    title = str(meta.get("title") or title or path.stem.replace("-", " ").title())
    if not sections:
        raise LoadError(f"{path}: the article has no text after its front matter")
    return Article(
        id=str(meta.get("id") or slugify(path.stem)),
        title=clean_text(title),
        sections=sections,
        source=str(path),
        url=str(meta.get("url") or ""),
        published=_date(meta.get("published"), "published", path),
        updated=_date(meta.get("updated"), "updated", path),
        author=str(meta.get("author") or ""),
        reviewed_by=str(meta.get("reviewed_by") or ""),
        tags=_tags(meta.get("tags")),
        summary=str(meta.get("summary") or ""),
    )


def _date(value: object, key: str, path: Path) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as error:
        raise LoadError(f"{path}: '{key}: {value}' is not a date; write it as YYYY-MM-DD") from error


def _tags(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return (str(value),)
    return tuple(str(tag).strip() for tag in value if str(tag).strip())
