"""Sentence splitting for quoting: every piece it returns is verbatim text of its input."""

from __future__ import annotations

import re

# A sentence ends at . ! or ? followed by a space and a capital, digit or opening quote,
# unless the full stop belongs to a common abbreviation.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“(])")  # noqa: RUF001
_ABBREVIATIONS = (
    "e.g.",
    "i.e.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "vs.",
    "etc.",
    "St.",
    "No.",
    "approx.",
)
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")


def split_sentences(text: str) -> list[str]:
    """Split a passage into sentences; list items count as sentences.

    >>> split_sentences("Rest briefly. Keep moving, e.g. walk.\\n- Heat can help.")
    ['Rest briefly.', 'Keep moving, e.g. walk.', 'Heat can help.']
    """
    sentences: list[str] = []
    for line in text.split("\n"):
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        start = 0
        for match in _BOUNDARY.finditer(line):
            candidate = line[start : match.start()].rstrip()
            if candidate.endswith(_ABBREVIATIONS):
                continue
            end = match.start() + len(match.group(0).rstrip())
            sentences.append(line[start:end].strip())
            start = match.end()
        sentences.append(line[start:].strip())
    return [s for s in sentences if s]
