"""Serving: refuse an open API on a network address, then run uvicorn."""

from __future__ import annotations

import ipaddress

from fastapi import FastAPI

from assistant.api.keys import KeyStore
from assistant.errors import ConfigError
from assistant.settings import Settings


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(host: str, settings: Settings, allow_public: bool = False) -> None:
    """Raise ConfigError if `host` would expose an API that has no keys, unless allowed."""
    if (
        is_loopback(host)
        or allow_public
        or settings.api_allow_public
        or KeyStore(settings.data_dir).entries()
    ):
        return
    raise ConfigError(
        f"refusing to serve the HTTP API on {host} without API keys: anyone who can reach it could use "
        "it. Create a key with `spinewise keys create NAME`, or pass --allow-public "
        "(SPINEWISE_API_ALLOW_PUBLIC=true) to serve it open on purpose."
    )


def run(app: FastAPI, host: str, port: int) -> None:
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="info")
