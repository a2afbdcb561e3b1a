"""The HTTP API's routes through FastAPI's TestClient, on the tiny store with the real model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.core import Assistant
from assistant.texts import DISCLAIMER, MAX_QUESTION_CHARS
from tests.api_support import ANSWER_FIELDS, make_api, sse_events

QUESTION = "Is it safe to sleep on a heating pad?"


@pytest.fixture
def client(tiny_assistant: Assistant, tmp_path: Path) -> TestClient:
    return TestClient(make_api(tiny_assistant, tmp_path))


def test_ask_returns_the_documented_answer_object_with_the_disclaimer(client: TestClient) -> None:
    response = client.post("/v1/ask", json={"question": QUESTION})
    assert response.status_code == 200
    answer = response.json()
    assert set(answer) == ANSWER_FIELDS
    assert answer["status"] == "answered"
    assert answer["disclaimer"] == DISCLAIMER and answer["answer"].endswith(DISCLAIMER)
    assert answer["citations"][0]["article_id"] == "heat-and-ice"


def test_ask_reads_history_in_either_shape(client: TestClient) -> None:
    history: list[Any] = ["I have numbness in the groin", {"role": "assistant", "content": "..."}]
    response = client.post("/v1/ask", json={"question": "and my back hurts", "history": history})
    assert response.status_code == 200
    assert response.json()["status"] == "urgent"


def test_ask_filters_keep_to_the_chosen_articles(client: TestClient) -> None:
    body = {"question": "Does walking help back pain?", "filters": {"article_ids": ["heat-and-ice"]}}
    citations = client.post("/v1/ask", json=body).json()["citations"]
    assert {c["article_id"] for c in citations} <= {"heat-and-ice"}


def test_stream_sends_sources_then_deltas_then_the_whole_answer(client: TestClient) -> None:
    response = client.post("/v1/ask/stream", json={"question": QUESTION})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = sse_events(response.text)
    names = [name for name, _ in events]
    assert names[0] == "sources" and names[-1] == "done" and set(names[1:-1]) == {"delta"}
    done = events[-1][1]
    assert set(done) == ANSWER_FIELDS and done["disclaimer"] == DISCLAIMER
    assert "".join(data["text"] for name, data in events if name == "delta") == done["answer"]
    assert events[0][1]["citations"] == done["citations"]


def test_search_returns_ranked_passages(client: TestClient) -> None:
    response = client.post("/v1/search", json={"query": "heating pad", "k": 2})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["rank"] for r in results] == [1, 2]
    assert results[0]["article_id"] == "heat-and-ice"


@pytest.mark.parametrize("k", [0, 51])
def test_search_k_outside_1_to_50_is_422(client: TestClient, k: int) -> None:
    response = client.post("/v1/search", json={"query": "heat", "k": k})
    assert response.status_code == 422
    assert "k" in response.json()["error"]["message"]


def test_articles_are_listed_a_page_at_a_time(client: TestClient) -> None:
    first = client.get("/v1/articles", params={"limit": 2}).json()
    rest = client.get("/v1/articles", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == rest["total"] == 3
    assert len(first["items"]) == 2 and len(rest["items"]) == 1
    ids = {a["id"] for a in first["items"] + rest["items"]}
    assert "heat-and-ice" in ids


def test_article_has_sections_holding_every_cited_quote(client: TestClient) -> None:
    citation = client.post("/v1/ask", json={"question": QUESTION}).json()["citations"][0]
    article = client.get(f"/v1/articles/{citation['article_id']}").json()
    assert article["title"] == "Heat and ice for back pain" and article["tags"] == ["self-care"]
    section = next(s for s in article["sections"] if s["anchor"] == citation["url"].split("#")[1])
    assert citation["quote"] in section["text"]


def test_unknown_article_is_a_404_json_error(client: TestClient) -> None:
    response = client.get("/v1/articles/no-such-article")
    assert response.status_code == 404
    assert response.json()["error"]["type"] == "not_found"


def test_feedback_is_stored_and_exported(client: TestClient, tmp_path: Path) -> None:
    body = {"answer_id": "abc123", "rating": "down", "reason": "unclear", "comment": "too short"}
    stored = client.post("/v1/feedback", json=body)
    assert stored.status_code == 201
    assert (tmp_path / "api_feedback.jsonl").read_text(encoding="utf-8").count("\n") == 1
    items = client.get("/v1/feedback").json()["items"]
    assert [(i["answer_id"], i["rating"], i["client"]) for i in items] == [("abc123", "down", "anonymous")]


def test_feedback_rating_must_be_up_or_down(client: TestClient) -> None:
    response = client.post("/v1/feedback", json={"answer_id": "abc", "rating": "meh"})
    assert response.status_code == 422


def test_chat_completion_answers_the_last_user_message(client: TestClient) -> None:
    messages = [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": [{"type": "text", "text": QUESTION}]},
    ]
    completion = client.post("/v1/chat/completions", json={"model": "spinewise", "messages": messages}).json()
    content = completion["choices"][0]["message"]["content"]
    assert "[1]" in content and content.endswith(DISCLAIMER)
    assert completion["citations"][0]["article_id"] == "heat-and-ice"


def test_chat_completion_stream_ends_with_citations_and_done(client: TestClient) -> None:
    body = {"model": "spinewise", "messages": [{"role": "user", "content": QUESTION}], "stream": True}
    lines = [line for line in client.post("/v1/chat/completions", json=body).text.splitlines() if line]
    assert lines[-1] == "data: [DONE]"
    import json

    chunks = [json.loads(line.removeprefix("data: ")) for line in lines[:-1]]
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert text.endswith(DISCLAIMER)
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop" and chunks[-1]["citations"]


def test_chat_completion_needs_a_user_message_last(client: TestClient) -> None:
    messages = [{"role": "user", "content": QUESTION}, {"role": "assistant", "content": "hi"}]
    response = client.post("/v1/chat/completions", json={"messages": messages})
    assert response.status_code == 422
    assert "last message" in response.json()["error"]["message"]


def test_models_lists_spinewise(client: TestClient) -> None:
    assert [m["id"] for m in client.get("/v1/models").json()["data"]] == ["spinewise"]


@pytest.mark.parametrize("question", ["", "   ", "x" * (MAX_QUESTION_CHARS + 1)])
def test_unusable_questions_are_422_with_a_message(client: TestClient, question: str) -> None:
    response = client.post("/v1/ask", json={"question": question})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["type"] == "invalid_request" and error["message"]


def test_a_body_over_the_limit_is_413(tiny_assistant: Assistant, tmp_path: Path) -> None:
    client = TestClient(make_api(tiny_assistant, tmp_path, max_body_bytes=2048))
    response = client.post("/v1/ask", json={"question": "x" * 1500, "history": ["y" * 1500]})
    assert response.status_code == 413
    assert response.json()["error"]["type"] == "payload_too_large"


def test_a_chunked_body_over_the_limit_is_413_too(tiny_assistant: Assistant, tmp_path: Path) -> None:
    client = TestClient(make_api(tiny_assistant, tmp_path, max_body_bytes=2048))
    body = iter([b'{"question": "', b"x" * 1500, b"y" * 1500, b'"}'])  # sent without a Content-Length
    response = client.post("/v1/ask", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_malformed_json_is_422_not_500(client: TestClient) -> None:
    response = client.post("/v1/ask", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422


def test_cors_allows_only_listed_origins(tiny_assistant: Assistant, tmp_path: Path) -> None:
    client = TestClient(make_api(tiny_assistant, tmp_path, cors_origins=["https://example.org"]))
    allowed = client.get("/v1/models", headers={"Origin": "https://example.org"})
    other = client.get("/v1/models", headers={"Origin": "https://evil.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://example.org"
    assert "access-control-allow-origin" not in other.headers


def test_no_cors_headers_by_default(client: TestClient) -> None:
    response = client.get("/v1/models", headers={"Origin": "https://example.org"})
    assert "access-control-allow-origin" not in response.headers


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready" and ready.json()["vectors"] > 0


def test_metrics_count_requests_and_answer_statuses(client: TestClient) -> None:
    client.post("/v1/ask", json={"question": QUESTION})
    client.get("/v1/articles/no-such-article")
    text = client.get("/metrics").text
    assert 'spinewise_http_requests_total{endpoint="/v1/ask",method="POST",status="200"} 1.0' in text
    assert 'endpoint="/v1/articles/{article_id}",method="GET",status="404"' in text
    assert 'spinewise_answers_total{status="answered"} 1.0' in text
    assert "spinewise_http_request_duration_seconds_bucket" in text


def test_openapi_documents_every_route(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/v1/ask", "/v1/ask/stream", "/v1/search", "/v1/chat/completions", "/v1/feedback"} <= paths
    assert client.get("/docs").status_code == 200
