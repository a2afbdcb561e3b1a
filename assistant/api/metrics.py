"""Prometheus metrics: requests and latency by endpoint, answers by status, in a registry per app."""

from __future__ import annotations

import time

from fastapi.routing import APIRoute
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.domain import Answer


class ApiMetrics:
    def __init__(self) -> None:
        # A registry of its own: two apps in one process (as in the tests) never share counts.
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "spinewise_http_requests",
            "HTTP API requests by endpoint, method and status code.",
            ["endpoint", "method", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "spinewise_http_request_duration_seconds",
            "Time from receiving a request to sending the end of its response.",
            ["endpoint"],
            registry=self.registry,
        )
        self.answers = Counter(
            "spinewise_answers",
            "Answers given through the API, by status.",
            ["status"],
            registry=self.registry,
        )

    def count_answer(self, answer: Answer) -> None:
        self.answers.labels(answer.status.value).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)


class MetricsMiddleware:
    """Times every request that reaches an API route, labelled by the route's path template (not
    the raw path, which would make a new series for every article id). The router records the
    matched route in the scope; routes not in `paths` (the mounted chat's) are skipped."""

    def __init__(self, app: ASGIApp, metrics: ApiMetrics, paths: frozenset[str]) -> None:
        self.app = app
        self.metrics = metrics
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            route = scope.get("route")
            if isinstance(route, APIRoute) and route.path in self.paths:
                self.metrics.requests.labels(route.path, scope["method"], str(status)).inc()
                self.metrics.latency.labels(route.path).observe(time.perf_counter() - started)
