"""Every error the API returns has one JSON shape: `{"error": {"type", "message"}}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from assistant.api.models import ErrorResponse
from assistant.errors import InvalidQuestionError, SpinewiseError, StoreError

ERROR_TYPES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "rate_limited",
    503: "unavailable",
}

# Documented on every /v1 route, so clients (and the schema fuzzer) know each error's shape.
V1_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "The body cannot be read (not UTF-8 JSON)."},
    401: {"model": ErrorResponse, "description": "Missing or unknown API key."},
    413: {"model": ErrorResponse, "description": "The request body is too large."},
    422: {"model": ErrorResponse, "description": "The request is not valid; the message says why."},
    429: {
        "model": ErrorResponse,
        "description": "Too many requests; wait for the `Retry-After` seconds.",
        "headers": {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait."}},
    },
}


class ApiError(Exception):
    """An error the API answers with on purpose: a status, a type and a message for the client."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    kind = ERROR_TYPES.get(status) or HTTPStatus(status).phrase.lower().replace(" ", "_")
    body = {"error": {"type": kind, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


def as_error_response(error: Exception) -> JSONResponse:
    """The response for an exception raised while handling a request."""
    if isinstance(error, ApiError):
        return error_response(error.status, error.message, error.headers)
    if isinstance(error, RequestValidationError):
        return error_response(422, validation_message(error))
    if isinstance(error, HTTPException):
        return error_response(error.status_code, str(error.detail), dict(error.headers or {}))
    if isinstance(error, InvalidQuestionError):
        return error_response(422, str(error))
    if isinstance(error, StoreError):
        return error_response(503, str(error))
    if isinstance(error, SpinewiseError):
        return error_response(400, str(error))
    raise error


def validation_message(error: RequestValidationError) -> str:
    """`body.question: String should have at most 2000 characters; ...`: where and what, per problem."""
    parts = []
    for problem in error.errors():
        where = ".".join(str(step) for step in problem.get("loc", ()))
        parts.append(f"{where}: {problem.get('msg', 'invalid')}" if where else str(problem.get("msg")))
    return "; ".join(parts) or "the request is not valid"


def install_error_handlers(app: FastAPI) -> None:
    async def handle(request: Request, error: Exception) -> JSONResponse:
        return as_error_response(error)

    for kind in (ApiError, RequestValidationError, HTTPException, SpinewiseError):
        app.add_exception_handler(kind, handle)
