"""Spinewise: question answering over back-pain articles, quoted and cited.

The public names are re-exported here; `tests/test_public_api.py` pins them.
"""

from assistant.offline import keep_offline

keep_offline()

from assistant.core import Assistant, build_assistant, check_question  # noqa: E402
from assistant.domain import Answer, Article, Chunk, Citation, Passage, Section, Status  # noqa: E402
from assistant.errors import (  # noqa: E402
    ConfigError,
    EmptyIndexError,
    InvalidQuestionError,
    LoadError,
    ModelNotFoundError,
    SpinewiseError,
    StoreError,
)
from assistant.retrieve import Filters  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.texts import DISCLAIMER, NOT_COVERED  # noqa: E402

__all__ = [
    "DISCLAIMER",
    "NOT_COVERED",
    "Answer",
    "Article",
    "Assistant",
    "Chunk",
    "Citation",
    "ConfigError",
    "EmptyIndexError",
    "Filters",
    "InvalidQuestionError",
    "LoadError",
    "ModelNotFoundError",
    "Passage",
    "Section",
    "Settings",
    "SpinewiseError",
    "Status",
    "StoreError",
    "build_assistant",
    "check_question",
]
