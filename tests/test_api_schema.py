"""Property-based fuzzing of the API from its own OpenAPI schema: no 5xx, responses as documented.

Both valid requests (positive) and requests that break the schema (negative) are sent.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from assistant.core import Assistant
from tests.api_support import make_api

CHECKS = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.status_code_conformance,
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_headers_conformance,
    schemathesis.checks.response_schema_conformance,
]

WITH_INPUT = [
    ("POST", "/v1/ask"),
    ("POST", "/v1/ask/stream"),
    ("POST", "/v1/search"),
    ("GET", "/v1/articles"),
    ("GET", "/v1/articles/{article_id}"),
    ("POST", "/v1/feedback"),
    ("POST", "/v1/chat/completions"),
]
# Nothing to get wrong in these, so they are only sent valid requests.
WITHOUT_INPUT = [
    ("GET", "/v1/feedback"),
    ("GET", "/v1/models"),
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/metrics"),
]
CASES = [
    *[(method, path, GenerationMode.POSITIVE) for method, path in WITH_INPUT + WITHOUT_INPUT],
    *[(method, path, GenerationMode.NEGATIVE) for method, path in WITH_INPUT],
]


@pytest.fixture(scope="module")
def api_schema(
    tiny_assistant: Assistant, tmp_path_factory: pytest.TempPathFactory
) -> schemathesis.BaseSchema:
    # No rate limit: the fuzzer's many requests would otherwise be answered 429.
    app = make_api(tiny_assistant, tmp_path_factory.mktemp("fuzz"), rate_limit_requests=0)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_documented_operation_is_fuzzed(api_schema: schemathesis.BaseSchema) -> None:
    documented = {(op.ok().method.upper(), op.ok().path) for op in api_schema.get_all_operations()}
    assert documented == set(WITH_INPUT + WITHOUT_INPUT)


@pytest.mark.parametrize(("method", "path", "mode"), CASES)
def test_operation_answers_as_documented(
    api_schema: schemathesis.BaseSchema, method: str, path: str, mode: GenerationMode
) -> None:
    operation = api_schema[path][method]

    @given(data=st.data())
    @settings(max_examples=10, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def check(data: st.DataObject) -> None:
        case = data.draw(operation.as_strategy(generation_mode=mode))
        case.call_and_validate(checks=CHECKS)

    check()
