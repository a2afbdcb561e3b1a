"""Splitting an article body into headed sections, shared by the Markdown and text loaders."""

from __future__ import annotations

from collections.abc import Iterable

from assistant.domain import Section
from ingest.clean import slugify

INTRODUCTION = "Introduction"


def make_sections(parts: Iterable[tuple[str, str]]) -> tuple[Section, ...]:
    """Turn (heading, text) pairs into sections with unique anchors; empty parts are dropped.

    A part without a heading is the article's introduction and gets no anchor, so its
    deep link is the article's own url.
    """
    sections: list[Section] = []
    seen: dict[str, int] = {}
    for heading, text in parts:
        text = text.strip()
        if not text:
            continue
        anchor = ""
        if heading:
            base = slugify(heading) or "section"
            seen[base] = seen.get(base, 0) + 1
            anchor = base if seen[base] == 1 else f"{base}-{seen[base] - 1}"
        sections.append(Section(heading=heading or INTRODUCTION, anchor=anchor, text=text))
    return tuple(sections)
