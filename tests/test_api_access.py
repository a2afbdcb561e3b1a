"""API keys, admin routes, rate limits and the refusal to serve an open API on a network."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from assistant.api.keys import KEYS_FILE, KeyStore, hash_key
from assistant.api.ratelimit import SlidingWindowLimiter
from assistant.api.server import check_bind, is_loopback
from assistant.cli import app as cli
from assistant.core import Assistant
from assistant.errors import ConfigError
from tests.api_support import FakeClock, make_api
from tests.conftest import make_settings


@pytest.fixture
def keys(tmp_path: Path) -> KeyStore:
    return KeyStore(tmp_path)


def test_only_the_hash_of_a_key_is_stored(keys: KeyStore) -> None:
    key = keys.create("mobile-app")
    stored = keys.path.read_text(encoding="utf-8")
    assert key not in stored and hash_key(key) in stored
    assert keys.find(key) is not None and keys.find(key + "x") is None


def test_key_names_must_be_new(keys: KeyStore) -> None:
    keys.create("a")
    with pytest.raises(ConfigError, match="must be new"):
        keys.create("a")


def test_revoking_an_unknown_key_says_how_to_list_them(keys: KeyStore) -> None:
    with pytest.raises(ConfigError, match="keys list"):
        keys.revoke("nobody")


def test_cli_creates_lists_and_revokes_keys(tmp_path: Path) -> None:
    runner = CliRunner()
    env = {"SPINEWISE_DATA_DIR": str(tmp_path)}
    created = runner.invoke(cli, ["keys", "create", "--admin", "ops"], env=env)
    assert created.exit_code == 0, created.output
    key = created.stdout.strip()
    assert key.startswith("sw-") and KeyStore(tmp_path).find(key) is not None
    listed = runner.invoke(cli, ["keys", "list"], env=env)
    assert listed.stdout.startswith("ops\tadmin\t") and key not in listed.stdout
    assert runner.invoke(cli, ["keys", "revoke", "ops"], env=env).exit_code == 0
    assert json.loads((tmp_path / KEYS_FILE).read_text(encoding="utf-8")) == []


@pytest.fixture
def keyed(tiny_assistant: Assistant, tmp_path: Path) -> tuple[TestClient, str, str]:
    """A client of an API with one user key and one admin key."""
    store = KeyStore(tmp_path)
    user, admin = store.create("user"), store.create("admin", admin=True)
    return TestClient(make_api(tiny_assistant, tmp_path)), user, admin


@pytest.mark.parametrize("header", [None, "Bearer sw-wrong", "Basic dXNlcjpwYXNz"])
def test_v1_needs_a_known_key_once_keys_exist(keyed: tuple[TestClient, str, str], header: str | None) -> None:
    client, _, _ = keyed
    response = client.get("/v1/models", headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert response.json()["error"]["type"] == "unauthorized"


def test_a_user_key_opens_v1_but_not_the_feedback_export(keyed: tuple[TestClient, str, str]) -> None:
    client, user, _ = keyed
    auth = {"Authorization": f"Bearer {user}"}
    assert client.get("/v1/models", headers=auth).status_code == 200
    sent = client.post("/v1/feedback", json={"answer_id": "a1", "rating": "up"}, headers=auth)
    assert sent.json()["client"] == "user"
    refused = client.get("/v1/feedback", headers=auth)
    assert refused.status_code == 403 and refused.json()["error"]["type"] == "forbidden"


def test_an_admin_key_exports_feedback(keyed: tuple[TestClient, str, str]) -> None:
    client, _, admin = keyed
    assert client.get("/v1/feedback", headers={"Authorization": f"Bearer {admin}"}).status_code == 200


def test_a_revoked_key_is_refused_without_a_restart(
    keyed: tuple[TestClient, str, str], tmp_path: Path
) -> None:
    client, user, _ = keyed
    auth = {"Authorization": f"Bearer {user}"}
    assert client.get("/v1/models", headers=auth).status_code == 200
    KeyStore(tmp_path).revoke("user")
    assert client.get("/v1/models", headers=auth).status_code == 401


def test_health_needs_no_key(keyed: tuple[TestClient, str, str]) -> None:
    client, _, _ = keyed
    assert client.get("/healthz").status_code == 200


def test_over_the_rate_limit_is_429_with_retry_after(tiny_assistant: Assistant, tmp_path: Path) -> None:
    clock = FakeClock()
    api = make_api(tiny_assistant, tmp_path, clock, rate_limit_requests=2, rate_limit_window_seconds=10)
    client = TestClient(api)
    assert [client.get("/v1/models").status_code for _ in range(2)] == [200, 200]
    limited = client.get("/v1/models")
    assert limited.status_code == 429 and limited.headers["retry-after"] == "10"
    assert limited.json()["error"]["type"] == "rate_limited"
    clock.now += 10
    assert client.get("/v1/models").status_code == 200


def test_rate_limits_count_per_key(tiny_assistant: Assistant, tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    first, second = store.create("first"), store.create("second")
    client = TestClient(make_api(tiny_assistant, tmp_path, rate_limit_requests=1))
    assert client.get("/v1/models", headers={"Authorization": f"Bearer {first}"}).status_code == 200
    assert client.get("/v1/models", headers={"Authorization": f"Bearer {first}"}).status_code == 429
    assert client.get("/v1/models", headers={"Authorization": f"Bearer {second}"}).status_code == 200


def test_the_window_slides() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(2, 10, clock)
    assert limiter.retry_after("c") == 0
    clock.now += 6
    assert limiter.retry_after("c") == 0
    assert limiter.retry_after("c") == 4  # the first request leaves the window 4 s from now
    clock.now += 4
    assert limiter.retry_after("c") == 0


def test_a_zero_limit_means_no_limit() -> None:
    limiter = SlidingWindowLimiter(0, 1)
    assert all(limiter.retry_after("c") == 0 for _ in range(100))


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("::1", True), ("localhost", True)])
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "example.org"])
def test_an_open_api_is_refused_on_a_network_address(tmp_path: Path, host: str) -> None:
    with pytest.raises(ConfigError, match="--allow-public"):
        check_bind(host, make_settings(tmp_path))


def test_a_network_address_is_allowed_with_keys_or_on_purpose(tmp_path: Path) -> None:
    check_bind("0.0.0.0", make_settings(tmp_path), allow_public=True)
    check_bind("0.0.0.0", make_settings(tmp_path, api_allow_public=True))
    KeyStore(tmp_path).create("someone")
    check_bind("0.0.0.0", make_settings(tmp_path))


def test_serve_refuses_before_loading_anything(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["serve", "--host", "0.0.0.0"], env={"SPINEWISE_DATA_DIR": str(tmp_path)}
    )
    assert isinstance(result.exception, ConfigError)
