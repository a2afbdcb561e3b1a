"""The API on a real uvicorn server on a free loopback port, through httpx and the openai client."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from openai import OpenAI

from assistant.api.keys import KeyStore
from assistant.core import Assistant
from assistant.texts import DISCLAIMER
from tests.api_support import make_api, sse_events

QUESTION = "Is it safe to sleep on a heating pad?"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def served(tiny_assistant: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """The base url of a running server whose API needs a key, and that key."""
    folder: Path = tmp_path_factory.mktemp("api-server")
    key = KeyStore(folder).create("tests")
    port = _free_port()
    config = uvicorn.Config(
        make_api(tiny_assistant, folder), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline and thread.is_alive():
            time.sleep(0.05)
        assert server.started, "uvicorn did not start"
        yield f"http://127.0.0.1:{port}", key
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def test_ask_over_http_with_a_key(served: tuple[str, str]) -> None:
    base, key = served
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=base, headers=headers) as client:
        answer = client.post("/v1/ask", json={"question": QUESTION}).raise_for_status().json()
        assert answer["answer"].endswith(DISCLAIMER)
        assert client.get("/readyz").json()["status"] == "ready"


def test_ask_without_a_key_is_refused_over_http(served: tuple[str, str]) -> None:
    base, _ = served
    response = httpx.post(f"{base}/v1/ask", json={"question": QUESTION})
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


def test_stream_over_http_arrives_as_events(served: tuple[str, str]) -> None:
    base, key = served
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.stream(
        "POST", f"{base}/v1/ask/stream", json={"question": QUESTION}, headers=headers
    ) as response:
        body = "".join(response.iter_text())
    events = sse_events(body)
    assert events[0][0] == "sources" and events[-1][0] == "done"
    assert events[-1][1]["disclaimer"] == DISCLAIMER


def test_openai_client_gets_a_cited_answer(served: tuple[str, str]) -> None:
    base, key = served
    with OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0) as client:
        completion = client.chat.completions.create(
            model="spinewise", messages=[{"role": "user", "content": QUESTION}]
        )
        assert [m.id for m in client.models.list()] == ["spinewise"]
    content = completion.choices[0].message.content or ""
    assert "[1]" in content and content.endswith(DISCLAIMER)
    citations = (completion.model_extra or {})["citations"]
    assert citations[0]["article_id"] == "heat-and-ice"


def test_openai_client_streams_the_answer_and_the_citations(served: tuple[str, str]) -> None:
    base, key = served
    with OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0) as client:
        stream = client.chat.completions.create(
            model="spinewise", messages=[{"role": "user", "content": QUESTION}], stream=True
        )
        chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text.endswith(DISCLAIMER) and "[1]" in text
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert (chunks[-1].model_extra or {})["citations"]
