"""Shared fixtures: the real bundled model, real stores on a tiny corpus, and no network."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import assistant  # noqa: F401  (sets the offline environment before any library loads)
from assistant.core import Assistant, build_assistant
from assistant.settings import Settings
from ingest.embed import SentenceTransformerEmbedder
from ingest.pipeline import ingest

TESTS = Path(__file__).parent
TINY_CORPUS = TESTS / "data" / "corpus"
OTHER_FORMATS = TESTS / "data" / "other"
SHARED = TESTS.parent.parent / "shared"
SEED_PAGE = SHARED / "seeds" / "000_0d65b1ee6930df80.txt"
CORPUS = TESTS.parent / "corpus"

_real_connect = socket.socket.connect
_blocked: list[str] = []


def _loopback_only(self: socket.socket, address: Any) -> Any:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and not (
        host.startswith("127.") or host in ("localhost", "::1") or host.startswith("/")
    ):
        _blocked.append(repr(address))
        raise OSError(f"tests may not reach the network (tried {address!r})")
    return _real_connect(self, address)


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    """Any connection beyond loopback is refused, and the session fails even if a library
    swallowed the error: nothing may download or report home."""
    socket.socket.connect = _loopback_only  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    assert not _blocked, f"code under test tried to reach the network: {_blocked}"


@pytest.fixture(scope="session")
def embedder() -> SentenceTransformerEmbedder:
    model = SentenceTransformerEmbedder("all-MiniLM-L6-v2")
    model.embed(["load the model once for the whole session"])
    return model


def make_settings(data_dir: Path, **overrides: Any) -> Settings:
    return Settings(data_dir=data_dir, corpus_dir=TINY_CORPUS, **overrides)


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the tiny corpus, for tests that change articles."""
    target = tmp_path / "corpus"
    shutil.copytree(TINY_CORPUS, target)
    return target


@pytest.fixture(scope="session")
def tiny_settings(
    tmp_path_factory: pytest.TempPathFactory, embedder: SentenceTransformerEmbedder
) -> Settings:
    """A store holding the tiny corpus, ingested once and only read by the tests that use it."""
    settings = make_settings(tmp_path_factory.mktemp("tiny-store"))
    report = ingest([TINY_CORPUS], settings, lambda: embedder)
    assert not report.failed
    return settings


@pytest.fixture(scope="session")
def tiny_assistant(tiny_settings: Settings, embedder: SentenceTransformerEmbedder) -> Assistant:
    return build_assistant(tiny_settings, embedder)


@pytest.fixture(scope="session")
def corpus_assistant(
    tmp_path_factory: pytest.TempPathFactory, embedder: SentenceTransformerEmbedder
) -> Assistant:
    """The shipped corpus, really ingested once, for the golden and safety scores."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("corpus-store"), corpus_dir=CORPUS)
    report = ingest([CORPUS], settings, lambda: embedder)
    assert report.failed == [] and report.chunks_truncated == 0
    return build_assistant(settings, embedder)
