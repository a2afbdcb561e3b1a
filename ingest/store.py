"""The vector store: a Chroma collection, embedded on disk or on a Chroma server.

This is the only module that imports chromadb. It is always given our own embeddings, so
Chroma never falls back to its default embedding function (which would download a model).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from assistant.domain import Chunk
from assistant.errors import StoreError
from assistant.settings import Settings
from ingest.embed import Vectors

# Chroma rejects larger batches; this stays well under its limit on every backend.
_BATCH = 2000


class VectorStore:
    def __init__(self, settings: Settings) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        try:
            if settings.chroma_host:
                self._client = chromadb.HttpClient(
                    host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
                )
            else:
                path = settings.data_dir / "chroma"
                path.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        except Exception as error:
            raise StoreError(
                f"cannot open the Chroma store ({error}); check SPINEWISE_DATA_DIR or the Chroma server"
            ) from error
        self._name = settings.collection
        self._collection = self._open()

    def _open(self) -> Any:
        return self._client.get_or_create_collection(
            self._name, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )

    def count(self) -> int:
        return int(self._collection.count())

    def reset(self) -> None:
        """Drop every chunk, as when the embedding model changes."""
        self._client.delete_collection(self._name)
        self._collection = self._open()

    def add(self, chunks: Sequence[Chunk], vectors: Vectors) -> None:
        for start in range(0, len(chunks), _BATCH):
            batch = chunks[start : start + _BATCH]
            self._collection.upsert(
                ids=[c.id for c in batch],
                embeddings=vectors[start : start + _BATCH],
                documents=[c.text for c in batch],
                metadatas=[_metadata(c) for c in batch],
            )

    def delete_articles(self, article_ids: Sequence[str]) -> None:
        for start in range(0, len(article_ids), _BATCH):
            ids = list(article_ids[start : start + _BATCH])
            self._collection.delete(where={"article_id": {"$in": ids}})

    def query(self, vector: Vectors, k: int) -> list[tuple[str, float]]:
        """The `k` nearest chunk ids with their cosine similarity, best first."""
        if k <= 0 or self.count() == 0:
            return []
        result = self._collection.query(
            query_embeddings=[vector], n_results=min(k, self.count()), include=["distances"]
        )
        return [(i, 1.0 - float(d)) for i, d in zip(result["ids"][0], result["distances"][0], strict=True)]

    def vectors(self, chunk_ids: Sequence[str]) -> dict[str, Vectors]:
        result = self._collection.get(ids=list(chunk_ids), include=["embeddings"])
        return dict(zip(result["ids"], result["embeddings"], strict=True))

    def chunks(self) -> Iterator[Chunk]:
        """Every stored chunk, in pages, for rebuilding the keyword index."""
        total = self.count()
        for offset in range(0, total, _BATCH):
            page = self._collection.get(include=["documents", "metadatas"], limit=_BATCH, offset=offset)
            for chunk_id, text, meta in zip(page["ids"], page["documents"], page["metadatas"], strict=True):
                yield _chunk(chunk_id, text, meta)


def _metadata(chunk: Chunk) -> dict[str, str]:
    return {
        "article_id": chunk.article_id,
        "title": chunk.title,
        "section": chunk.section,
        "anchor": chunk.anchor,
        "url": chunk.url,
        "published": chunk.published,
        "updated": chunk.updated,
        "tags": "|".join(chunk.tags),
    }


def _chunk(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    tags = str(meta.get("tags") or "")
    return Chunk(
        id=chunk_id,
        article_id=str(meta["article_id"]),
        title=str(meta.get("title", "")),
        section=str(meta.get("section", "")),
        anchor=str(meta.get("anchor", "")),
        url=str(meta.get("url", "")),
        text=text,
        published=str(meta.get("published", "")),
        updated=str(meta.get("updated", "")),
        tags=tuple(tags.split("|")) if tags else (),
    )
