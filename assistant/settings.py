"""The one settings object, read from `SPINEWISE_*` environment variables."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

BUNDLED_MODEL = "all-MiniLM-L6-v2"


class Settings(BaseSettings):
    """Everything that can be configured, each field described.

    Built once at start-up (`Settings()`) and passed down; nothing reads the
    environment anywhere else.
    """

    model_config = SettingsConfigDict(env_prefix="SPINEWISE_", extra="forbid", frozen=True)

    data_dir: Path = Field(
        Path("data"),
        description="Folder of the embedded store: Chroma collection, keyword index, manifest.",
    )
    corpus_dir: Path = Field(
        Path("corpus"), description="Articles ingested when `spinewise ingest` gets no path."
    )
    embedding_model: str = Field(
        BUNDLED_MODEL,
        description=(
            "Sentence-transformers model: the bundled all-MiniLM-L6-v2 by default, or any "
            "local model folder. Changing it rebuilds the store on the next ingest."
        ),
    )
    embed_batch_size: int = Field(32, ge=1, description="Chunks embedded per model call.")
    chunk_words: int = Field(
        120,
        ge=30,
        le=400,
        description=(
            "Most words in one chunk's text; the model's window is about 180 words. 120 measured "
            "better than 100 and 150 on SciFact train and medquad-msk dev (see BENCHMARKS.md)."
        ),
    )
    chroma_host: str | None = Field(
        None,
        description="Host of a Chroma server to use instead of the embedded store (`chroma run`).",
    )
    chroma_port: int = Field(8000, description="Port of that Chroma server.")
    collection: str = Field("spinewise", description="Name of the Chroma collection.")
    top_k: int = Field(6, ge=1, le=50, description="Passages retrieved for an answer.")
    max_per_article: int = Field(
        2, ge=1, description="Most passages from one article among an answer's sources."
    )
    fusion: Literal["rrf", "scores"] = Field(
        "scores",
        description=(
            "How dense and keyword rankings are combined: reciprocal rank fusion, or a weighted "
            "sum of cosine similarity and BM25 scaled to the query's best match."
        ),
    )
    dense_weight: float = Field(1.0, ge=0, description="Weight of the embedding ranking in rank fusion.")
    keyword_weight: float = Field(
        0.35,
        ge=0,
        description=(
            "Weight of the BM25 keyword evidence in fusion. 0.35 with `scores` fusion and BM25 "
            "k1=0.6, b=0 measured best over SciFact train and medquad-msk dev (see BENCHMARKS.md)."
        ),
    )
    min_relevance: float = Field(
        0.42,
        ge=0,
        le=1,
        description=(
            "Cosine similarity the best passage must reach for the question to count as "
            "covered; below it the answer is `not_covered`."
        ),
    )
    answer_sentences: int = Field(4, ge=1, le=10, description="Most sentences in an answer.")
    site_url: str = Field(
        "",
        description="Prefix for site-relative article urls in the chat's source links (e.g. https://example.org).",
    )
    host: str = Field("127.0.0.1", description="Address the chat server binds to.")
    port: int = Field(7860, ge=1, le=65535, description="Port the chat server listens on.")
    api_allow_public: bool = Field(
        False,
        description=(
            "Let the server bind an address other than loopback while no API keys exist; "
            "without it `spinewise serve` refuses, so the API is never open to a network by accident."
        ),
    )
    cors_origins: list[str] = Field(
        default_factory=list,
        description='Browser origins allowed to call the HTTP API (JSON list, e.g. ["https://example.org"]).',
    )
    rate_limit_requests: int = Field(
        60, ge=0, description="Most /v1 requests per key (or client address) in one window; 0 turns it off."
    )
    rate_limit_window_seconds: float = Field(
        60.0, gt=0, description="Length of the sliding window the rate limit counts requests in."
    )
    max_body_bytes: int = Field(
        65536, ge=1024, description="Largest request body the HTTP API accepts; larger ones get 413."
    )
