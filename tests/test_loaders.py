from pathlib import Path

import pytest

from assistant.domain import Article
from ingest.load import Failure, find_files, load_file
from tests.conftest import OTHER_FORMATS, SEED_PAGE, TINY_CORPUS


def _load_one(path: Path) -> Article:
    items = list(load_file(path))
    assert len(items) == 1
    assert isinstance(items[0], Article), items[0]
    return items[0]


def _failure(path: Path) -> Failure:
    items = list(load_file(path))
    assert len(items) == 1
    assert isinstance(items[0], Failure), items[0]
    return items[0]


def test_markdown_front_matter_becomes_metadata() -> None:
    article = _load_one(TINY_CORPUS / "walking.md")
    assert article.id == "walking-for-back-pain"
    assert article.title == "Walking for back pain"
    assert article.url == "/articles/walking-for-back-pain"
    assert (article.published, article.updated) == ("2025-02-03", "2025-09-14")
    assert article.author == "Spinewise Editorial Team"
    assert article.reviewed_by == ""
    assert article.tags == ("exercise", "walking")


def test_markdown_sections_follow_headings_with_anchors() -> None:
    article = _load_one(TINY_CORPUS / "walking.md")
    assert [(s.heading, s.anchor) for s in article.sections] == [
        ("Introduction", ""),
        ("Why walking helps", "why-walking-helps"),
        ("How to start", "how-to-start"),
    ]


def test_markdown_links_keep_their_words_only() -> None:
    article = _load_one(TINY_CORPUS / "walking.md")
    assert "See heat and ice for easing" in article.sections[-1].text
    assert "](" not in article.sections[-1].text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"---\ntitle: [unclosed\n---\nBody text.", "not valid YAML"),
        (b"---\ntitle: x\nBody without a closing line.", "never closes"),
        (b"---\npublished: someday\n---\nBody text.", "not a date"),
        (b"---\ntitle: Only metadata\n---\n", "no text"),
        (b"   \n\n", "empty"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"---\n- a\n- list\n---\nBody.", "must be a mapping"),
    ],
)
def test_bad_markdown_is_a_failure_naming_the_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    failure = _failure(path)
    assert failure.source == str(path)
    assert reason in failure.reason


def test_html_keeps_main_text_and_drops_chrome() -> None:
    article = _load_one(OTHER_FORMATS / "page.html")
    text = "\n".join(s.text for s in article.sections)
    assert article.title == "Posture at the desk"
    assert article.url == "https://example.org/articles/desk-posture"
    assert article.published == "2025-04-01"
    assert article.tags == ("posture", "work")
    assert [s.heading for s in article.sections] == ["Introduction", "Chair set-up"]
    assert "eye level" in text and "every half hour" in text
    for chrome in ("Log in", "Copyright", "window.track"):
        assert chrome not in text


def test_beir_lines_load_and_a_bad_line_fails_alone() -> None:
    items = list(load_file(OTHER_FORMATS / "beir.jsonl"))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [a.id for a in articles] == ["doc-1", "doc-2"]
    assert articles[0].title == "Lumbar stiffness"
    assert len(failures) == 1 and ":2:" in failures[0].reason


def test_find_files_reports_missing_and_unsupported_paths(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    files, failures = find_files([TINY_CORPUS, tmp_path / "notes.pdf", tmp_path / "missing"])
    assert len(files) == 3
    assert [f.reason.split(";")[0] for f in failures] == [
        "unsupported file type",
        "no such file or folder",
    ]


@pytest.fixture
def seed_page() -> Path:
    if not SEED_PAGE.exists():
        pytest.skip("the example page in ../shared/seeds is not present in this checkout")
    return SEED_PAGE


def test_saved_page_metadata_is_recovered(seed_page: Path) -> None:
    article = _load_one(seed_page)
    assert article.title == "The Future of Regenerative Medicine"
    assert article.id == "the-future-of-regenerative-medicine"
    assert (article.published, article.updated) == ("2018-12-14", "2021-06-05")
    assert article.author == "SpineNation Editorial Staff"
    assert article.reviewed_by == "Jerry Nichols, MD"
    assert article.tags == ("Stem Cells",)


def test_saved_page_sections_are_its_headings(seed_page: Path) -> None:
    headings = [s.heading for s in _load_one(seed_page).sections]
    assert headings == [
        "Regenerative Medicine Overview",
        "Back Pain and Regenerative Medicine",
        "What Does the Future Hold?",
        "Obstacles to Overcome",
    ]


@pytest.mark.parametrize(
    "chrome",
    [
        "Text Us Now",
        "Login Signup",
        "You might also like",
        "Contributors and Experts",
        "not a substitute for medical advice",
        "Additional sources",
        "Published December",
        "Tags:",
        "Updated:",
    ],
)
def test_saved_page_chrome_is_stripped(seed_page: Path, chrome: str) -> None:
    article = _load_one(seed_page)
    text = "\n".join(s.text for s in article.sections)
    assert chrome not in text
    assert text.startswith("Regenerative medicine describes")
