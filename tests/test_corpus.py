"""The shipped corpus: every article well formed, and the golden questions well aimed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from assistant.domain import Article, Status
from assistant.golden import load_golden
from ingest.clean import word_count
from ingest.load import load_file
from ingest.markdown import parse_front_matter

CORPUS = Path(__file__).parent.parent / "corpus"
GOLDEN = Path(__file__).parent / "golden" / "questions.yaml"
FILES = sorted(CORPUS.glob("*.md"))
REQUIRED = {"id", "title", "url", "published", "updated", "author", "reviewed_by", "tags", "summary"}
LINK = re.compile(r"\]\((/articles/[^)#\s]+)(?:#[^)\s]*)?\)")


def _front_matter(path: Path) -> tuple[dict[str, object], str]:
    return parse_front_matter(path.read_text(encoding="utf-8"), path)


def test_corpus_has_at_least_45_articles() -> None:
    assert len(FILES) >= 45


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_article_front_matter_is_complete_and_honest(path: Path) -> None:
    meta, _ = _front_matter(path)
    assert set(meta) >= REQUIRED, f"missing {REQUIRED - set(meta)}"
    assert meta["id"] == path.stem
    assert meta["url"] == f"/articles/{path.stem}"
    assert meta["reviewed_by"] is None, "nobody has medically reviewed these articles"
    assert meta["author"] == "Spinewise Editorial Team"
    assert isinstance(meta["tags"], list) and meta["tags"]
    published, updated = meta["published"], meta["updated"]
    assert isinstance(published, dt.date) and isinstance(updated, dt.date)
    assert published <= updated <= dt.date.today()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_article_body_is_in_range_with_sections_and_further_reading(path: Path) -> None:
    _, body = _front_matter(path)
    assert 600 <= word_count(body) <= 1500
    headings = re.findall(r"^## (.+)$", body, re.MULTILINE)
    assert len(headings) >= 4 and len(set(headings)) == len(headings)
    assert headings[-1] == "Further reading"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_article_loads_without_a_failure(path: Path) -> None:
    items = list(load_file(path))
    assert len(items) == 1 and isinstance(items[0], Article), items


def test_ids_and_urls_are_unique() -> None:
    metas = [_front_matter(p)[0] for p in FILES]
    assert len({m["id"] for m in metas}) == len(metas)
    assert len({m["url"] for m in metas}) == len(metas)


def test_internal_links_resolve() -> None:
    urls = {_front_matter(p)[0]["url"] for p in FILES}
    broken = [(p.name, link) for p in FILES for link in LINK.findall(p.read_text()) if link not in urls]
    assert broken == []


def test_golden_questions_are_enough_and_name_real_articles() -> None:
    questions = load_golden(GOLDEN)
    ids = {p.stem for p in FILES}
    answerable = [q for q in questions if q.status is Status.ANSWERED]
    not_covered = [q for q in questions if q.status is Status.NOT_COVERED]
    assert len(answerable) >= 100 and len(not_covered) >= 20
    assert all(q.articles and set(q.articles) <= ids for q in answerable)
    assert all(not q.articles for q in not_covered)
    assert len({q.question for q in questions}) == len(questions)


def test_golden_file_is_plain_yaml() -> None:
    assert "questions" in yaml.safe_load(GOLDEN.read_text(encoding="utf-8"))
