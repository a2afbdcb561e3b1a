"""The plain LangChain pipeline a user would write, measured as the yardstick for `spinewise bench`.

RecursiveCharacterTextSplitter(1000, 200) → Chroma.from_documents with the same embedding
model → similarity_search(k=4). It is imported only by the benchmark; this is the one place
besides ingest/store.py where Chroma is used, through LangChain, because it is what is measured.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from assistant.timing import Latency, measure
from ingest.embed import resolve_model
from ingest.markdown import parse_front_matter


def run_baseline(corpus: Path, model: str, workdir: Path, queries: Sequence[str]) -> dict[str, float]:
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    documents = []
    for path in sorted(corpus.glob("*.md")):
        _, body = parse_front_matter(path.read_text(encoding="utf-8"), path)
        documents.append(Document(page_content=body, metadata={"source": str(path)}))
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    chunks = splitter.split_documents(documents)
    embeddings = HuggingFaceEmbeddings(
        model_name=resolve_model(model),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True},
    )
    embeddings.embed_query("load the model before the clock starts")
    started = time.perf_counter()
    store = Chroma.from_documents(
        chunks,
        embeddings,
        persist_directory=str(workdir / "langchain-chroma"),
        client_settings=ChromaSettings(anonymized_telemetry=False, is_persistent=True),
    )
    seconds = time.perf_counter() - started
    store.similarity_search(queries[0], k=4)  # warm
    search: Latency = measure(lambda q: store.similarity_search(q, k=4), queries)
    return {
        "chunks": len(chunks),
        "ingest_seconds": round(seconds, 2),
        "chunks_per_second": round(len(chunks) / seconds, 1),
        "search_ms_p50": search.p50,
        "search_ms_p95": search.p95,
    }
