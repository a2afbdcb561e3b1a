"""The API application, built around an assistant that is passed in (so tests can inject one)."""

from __future__ import annotations

import time
from collections.abc import Callable

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute

from assistant.api.bodylimit import BodyLimitMiddleware
from assistant.api.errors import install_error_handlers
from assistant.api.metrics import MetricsMiddleware
from assistant.api.routes import system_router, v1_router
from assistant.api.services import Services
from assistant.core import Assistant
from assistant.settings import Settings

DESCRIPTION = """Answers about back pain, quoted word for word from Spinewise's articles and cited.

Every answer ends with the same not-medical-advice disclaimer. When API keys exist
(`spinewise keys create NAME`), each `/v1` call needs `Authorization: Bearer KEY`.
"""


def build_api(
    assistant: Assistant, settings: Settings, clock: Callable[[], float] = time.monotonic
) -> FastAPI:
    """The FastAPI app of the HTTP API; the chat is mounted on it at `/` by `chat_app.launch`.

    >>> client = TestClient(build_api(assistant, settings))  # doctest: +SKIP
    >>> client.post("/v1/ask", json={"question": "Does heat help?"}).json()["status"]  # doctest: +SKIP
    'answered'
    """
    services = Services.build(assistant, settings, clock)
    app = FastAPI(title="Spinewise API", version="1", description=DESCRIPTION)
    install_error_handlers(app)
    routers = [system_router(services), v1_router(services)]
    for router in routers:
        app.include_router(router)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes, prefix="/v1/")
    api_paths = frozenset(
        route.path for router in routers for route in router.routes if isinstance(route, APIRoute)
    )
    app.add_middleware(MetricsMiddleware, metrics=services.metrics, paths=api_paths)
    return app
