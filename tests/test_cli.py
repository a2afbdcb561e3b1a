"""The `spinewise` command through Typer's runner, on the tiny store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app, main
from assistant.settings import Settings
from assistant.texts import DISCLAIMER
from tests.api_support import ANSWER_FIELDS
from tests.conftest import TINY_CORPUS

runner = CliRunner()


@pytest.fixture
def env(tiny_settings: Settings) -> dict[str, str]:
    return {"SPINEWISE_DATA_DIR": str(tiny_settings.data_dir)}


def test_ask_json_prints_the_documented_object(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["ask", "is a heating pad safe to sleep on", "--json"], env=env)
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert set(answer) == ANSWER_FIELDS
    assert answer["safety"] == {"label": "in_scope", "rule": "none", "reason": "no safety rule applies"}
    assert answer["status"] == "answered" and answer["disclaimer"] == DISCLAIMER
    assert set(answer["citations"][0]) == {"n", "article_id", "title", "section", "url", "quote", "score"}


def test_ask_batch_prints_one_object_per_line(env: dict[str, str]) -> None:
    questions = "what is a slipped disc\n\nwho won the football cup\n   \n"
    result = runner.invoke(app, ["ask", "--json", "-"], input=questions, env=env)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["question"], d["status"]) for d in lines] == [
        ("what is a slipped disc", "answered"),
        ("who won the football cup", "off_topic"),
    ]


def test_search_json_ranks_passages(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["search", "ice pack strain", "-k", "2", "--json"], env=env)
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found["query"] == "ice pack strain"
    assert [r["rank"] for r in found["results"]] == [1, 2]
    assert found["results"][0]["article_id"] == "heat-and-ice"
    assert set(found["results"][0]) == {
        "rank",
        "article_id",
        "chunk_id",
        "title",
        "section",
        "url",
        "text",
        "score",
    }


def test_search_batch(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["search", "--json", "-k", "1", "-"], input="walking\nsciatica\n", env=env)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["results"][0]["article_id"] for d in lines] == ["walking-for-back-pain", "herniated-disc"]


def test_ask_text_output_shows_sources(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["ask", "does walking help back pain"], env=env)
    assert "[1] Walking for back pain" in result.stdout
    assert DISCLAIMER[:40] in result.stdout


def test_ingest_prints_a_summary(tmp_path: Path, embedder: object) -> None:
    env = {"SPINEWISE_DATA_DIR": str(tmp_path / "data")}
    first = runner.invoke(app, ["ingest", str(TINY_CORPUS)], env=env)
    second = runner.invoke(app, ["ingest", str(TINY_CORPUS)], env=env)
    assert "added 3, updated 0, unchanged 0, removed 0, failed 0" in first.stderr
    assert "added 0, updated 0, unchanged 3, removed 0, failed 0" in second.stderr


def test_asking_an_empty_store_says_to_ingest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SPINEWISE_DATA_DIR", str(tmp_path / "empty"))
    monkeypatch.setattr("sys.argv", ["spinewise", "ask", "anything"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    assert "run `spinewise ingest` first" in capsys.readouterr().err


def test_unknown_setting_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="extra"):
        Settings(colour="blue")  # type: ignore[call-arg]
