"""Citation markers: writing them into an answer and reading them back out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.texts import ANSWER_INTRO, DISCLAIMER

_MARKER = re.compile(r"\[(\d+)\]")


def render_answer(sentences: Sequence[tuple[str, int]], lead: str = "") -> str:
    """Markdown: an optional fixed lead, one cited sentence per bullet, then the disclaimer.

    >>> render_answer([("Walking helps.", 1)]).splitlines()[:3]
    ['From our articles:', '', '- Walking helps. [1]']
    """
    parts = [lead] if lead else []
    if sentences:
        bullets = "\n".join(f"- {text} [{number}]" for text, number in sentences)
        parts.append(f"{ANSWER_INTRO}\n\n{bullets}")
    return "\n\n".join([*parts, DISCLAIMER])


def markers_in(text: str) -> list[int]:
    """The citation numbers used in a text, in order of first use.

    >>> markers_in("A [2]. B [1][2]. C [10].")
    [2, 1, 10]
    """
    return list(dict.fromkeys(int(n) for n in _MARKER.findall(text)))
