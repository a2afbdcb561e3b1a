"""Loading: from paths on disk to articles, one loader per file format."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.domain import Article
from assistant.errors import LoadError
from ingest.beir import load_beir
from ingest.html import load_html
from ingest.markdown import load_markdown
from ingest.saved_page import load_saved_page

SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".jsonl": "beir",
}


@dataclass(frozen=True)
class Failure:
    """A file, or a line of one, that could not be loaded, and why."""

    source: str
    reason: str


def find_files(paths: Iterable[Path]) -> tuple[list[Path], list[Failure]]:
    """Every supported file under the given files and folders, sorted; unknown paths are failures."""
    files: list[Path] = []
    failures: list[Failure] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
        elif path.is_file() and path.suffix.lower() in SUFFIXES:
            files.append(path)
        elif path.is_file():
            failures.append(Failure(str(path), f"unsupported file type; use one of {', '.join(SUFFIXES)}"))
        else:
            failures.append(Failure(str(path), "no such file or folder"))
    return files, failures


def load_file(path: Path) -> Iterator[Article | Failure]:
    """Yield the articles in one file, and a Failure for the file or for each bad line."""
    try:
        text = _read(path)
        kind = SUFFIXES[path.suffix.lower()]
        if kind == "beir":
            for item in load_beir(path, text):
                yield Failure(str(path), str(item)) if isinstance(item, LoadError) else item
            return
        loader = {"markdown": load_markdown, "html": load_html, "text": load_saved_page}[kind]
        yield loader(path, text)
    except LoadError as error:
        yield Failure(str(path), str(error).removeprefix(f"{path}: "))


def _read(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LoadError(
            f"{path}: cannot be read ({error.strerror}); check it exists and is readable"
        ) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LoadError(
            f"{path}: not valid UTF-8 (bad byte at position {error.start}); re-save the file as UTF-8"
        ) from error
    if not text.strip():
        raise LoadError(f"{path}: the file is empty")
    return text
