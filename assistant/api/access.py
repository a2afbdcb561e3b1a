"""Who is calling: API keys when any exist (open otherwise), then the rate limit per caller."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.api.errors import ApiError
from assistant.api.keys import KeyStore
from assistant.api.ratelimit import SlidingWindowLimiter

ANONYMOUS = "anonymous"


@dataclass(frozen=True)
class Caller:
    name: str
    admin: bool


def identify(keys: KeyStore, token: str | None) -> Caller:
    """The caller a bearer token belongs to; with no keys configured everyone is an open admin."""
    if not keys.entries():
        return Caller(ANONYMOUS, admin=True)
    if not token:
        raise ApiError(
            401, "missing API key: send `Authorization: Bearer KEY`", {"WWW-Authenticate": "Bearer"}
        )
    found = keys.find(token)
    if found is None:
        raise ApiError(401, "unknown or revoked API key", {"WWW-Authenticate": "Bearer"})
    return Caller(found.name, found.admin)


def check_rate(limiter: SlidingWindowLimiter, caller: Caller, address: str) -> None:
    """Count the request against the caller's key, or against its address when the API is open."""
    client = f"address:{address}" if caller.name == ANONYMOUS else f"key:{caller.name}"
    wait = limiter.retry_after(client)
    if wait:
        raise ApiError(429, f"rate limit reached; try again in {wait} s", {"Retry-After": str(wait)})


def require_admin(caller: Caller) -> None:
    if not caller.admin:
        raise ApiError(403, "this route needs an admin key (`spinewise keys create --admin NAME`)")
