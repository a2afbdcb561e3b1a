"""The pieces the word lists for other languages and other scripts are built from.

`safety_languages` matches whole words in folded text and `safety_scripts` plain substrings,
but both describe a red flag the same way: a pattern, the words that must also be present,
and the name of the English rule it stands for, so a decision reads alike in every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def any_of(*alternatives: str) -> str:
    """One regular-expression group that matches any of `alternatives`."""
    return "(?:" + "|".join(alternatives) + ")"


@dataclass(frozen=True)
class RedFlag:
    name: str  # the name of the English rule for the same red flag, so decisions read alike
    pattern: re.Pattern[str]
    requires: tuple[re.Pattern[str], ...] = ()  # each must also appear in the message or earlier turns
    past_can_end_it: bool = False  # "me caí hace 5 años" is no emergency today
