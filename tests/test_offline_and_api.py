"""Nothing reaches for a model hub, and the public names stay put."""

from __future__ import annotations

import os

import pytest

import assistant
from assistant.errors import ModelNotFoundError
from assistant.offline import OFFLINE_ENVIRONMENT
from ingest.embed import resolve_model


@pytest.mark.parametrize(
    "name", ["sentence-transformers/all-mpnet-base-v2", "BAAI/bge-small-en-v1.5", "no-such-model"]
)
def test_hub_model_names_are_refused_not_downloaded(name: str) -> None:
    with pytest.raises(ModelNotFoundError, match="not a local folder"):
        resolve_model(name)


def test_bundled_model_resolves_to_the_package_folder() -> None:
    folder = resolve_model("all-MiniLM-L6-v2")
    assert os.path.isfile(os.path.join(folder, "model.safetensors"))


@pytest.mark.parametrize(("name", "value"), sorted(OFFLINE_ENVIRONMENT.items()))
def test_offline_environment_is_set_on_import(name: str, value: str) -> None:
    assert os.environ[name] == value


def test_public_names_are_pinned() -> None:
    assert set(assistant.__all__) == {
        "DISCLAIMER",
        "NOT_COVERED",
        "Answer",
        "Article",
        "Assistant",
        "Chunk",
        "Citation",
        "ConfigError",
        "EmptyIndexError",
        "Filters",
        "InvalidQuestionError",
        "LoadError",
        "ModelNotFoundError",
        "Passage",
        "Section",
        "Settings",
        "SpinewiseError",
        "Status",
        "StoreError",
        "build_assistant",
        "check_question",
    }
    assert all(hasattr(assistant, name) for name in assistant.__all__)


def test_errors_form_one_tree() -> None:
    for name in (
        "ConfigError",
        "EmptyIndexError",
        "InvalidQuestionError",
        "LoadError",
        "ModelNotFoundError",
        "StoreError",
    ):
        assert issubclass(getattr(assistant, name), assistant.SpinewiseError)
