"""Text clean-up shared by every loader: one normal form for what gets chunked and quoted."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009]+")


def clean_text(text: str) -> str:
    """NFC-normalise, drop control and invisible characters, and tidy spaces per line.

    >>> clean_text("Disc\u00a0pain\u200b  hurts \\n\\n\\n\\nA lot")
    'Disc pain hurts\\n\\nA lot'
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def strip_markdown_inline(text: str) -> str:
    """Keep the words of links and emphasis, drop their syntax, so quotes read as prose.

    >>> strip_markdown_inline("See **red flags** and [sciatica](/articles/sciatica).")
    'See red flags and sciatica.'
    """
    return _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", text))


def slugify(text: str) -> str:
    """A lowercase, hyphenated anchor or id, as Markdown renderers make for headings.

    >>> slugify("When to see a doctor?")
    'when-to-see-a-doctor'
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s-]", "", text.lower())
    return re.sub(r"[\s_-]+", "-", text).strip("-")


def word_count(text: str) -> int:
    return len(text.split())
