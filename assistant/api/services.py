"""What the routes share: the one assistant and the API's own small stores, built once per app."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from assistant.api.feedback import FeedbackLog
from assistant.api.keys import KeyStore
from assistant.api.metrics import ApiMetrics
from assistant.api.ratelimit import SlidingWindowLimiter
from assistant.articles import articles_from_chunks
from assistant.core import Assistant
from assistant.domain import Article
from assistant.settings import Settings


@dataclass
class Services:
    assistant: Assistant
    settings: Settings
    keys: KeyStore
    limiter: SlidingWindowLimiter
    feedback: FeedbackLog
    metrics: ApiMetrics
    articles: dict[str, Article]

    @classmethod
    def build(
        cls, assistant: Assistant, settings: Settings, clock: Callable[[], float] = time.monotonic
    ) -> Services:
        limiter = SlidingWindowLimiter(
            settings.rate_limit_requests, settings.rate_limit_window_seconds, clock
        )
        return cls(
            assistant=assistant,
            settings=settings,
            keys=KeyStore(settings.data_dir),
            limiter=limiter,
            feedback=FeedbackLog(settings.data_dir),
            metrics=ApiMetrics(),
            articles=articles_from_chunks(assistant.retriever.keywords.chunks),
        )
