"""The `spinewise` command: a thin shell over the assistant and the ingestion pipeline."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from assistant.core import Assistant, build_assistant
from assistant.errors import InvalidQuestionError, SpinewiseError
from assistant.serialize import answer_to_dict, search_to_dict
from assistant.settings import Settings

app = typer.Typer(
    help="Spinewise: answers about back pain, quoted and cited from our articles.",
    no_args_is_help=True,
)
err = Console(stderr=True, soft_wrap=True)

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def main() -> None:
    """Entry point: run a command and turn Spinewise errors into a message and exit code 2."""
    try:
        app()
    except SpinewiseError as error:
        err.print(f"[red]error:[/red] {error}")
        sys.exit(2)


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders; default: the corpus folder.")
    ] = None,
    rebuild: Annotated[bool, typer.Option(help="Drop the store and embed everything again.")] = False,
) -> None:
    """Load, chunk, embed and store articles; unchanged ones are skipped."""
    from ingest.embed import SentenceTransformerEmbedder
    from ingest.pipeline import ingest as run_ingest

    settings = Settings()
    sources = paths or [settings.corpus_dir]
    with Progress(
        TextColumn("embedding"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("chunks"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("embed", total=None)
        report = run_ingest(
            sources,
            settings,
            lambda: SentenceTransformerEmbedder(settings.embedding_model, settings.embed_batch_size),
            rebuild=rebuild,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    for failure in report.failed:
        err.print(f"[yellow]skipped[/yellow] {failure.source}: {failure.reason}")
    if report.rebuilt_reason:
        err.print(f"rebuilt the store: {report.rebuilt_reason}")
    if report.chunks_truncated:
        err.print(
            f"[yellow]warning:[/yellow] {report.chunks_truncated} chunks are longer than the model's "
            "window; only their start is embedded (all their words stay searchable by keyword)"
        )
    err.print(
        f"added {len(report.added)}, updated {len(report.updated)}, unchanged {len(report.unchanged)}, "
        f"removed {len(report.removed)}, failed {len(report.failed)}; "
        f"{report.chunks_embedded} chunks embedded in {report.seconds:.1f} s"
    )


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, or - to read one per line from stdin.")],
    json_output: JsonOption = False,
) -> None:
    """Answer a question with quoted, cited passages."""
    assistant = build_assistant(Settings())
    _run(question, json_output, lambda q: answer_to_dict(assistant.ask(q)), _print_answer)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="The query, or - to read one per line from stdin.")],
    k: Annotated[int, typer.Option("-k", min=1, max=100, help="How many passages.")] = 5,
    json_output: JsonOption = False,
) -> None:
    """Show the best passages for a query, as a reference lookup."""
    assistant: Assistant = build_assistant(Settings())
    _run(query, json_output, lambda q: search_to_dict(q, assistant.search(q, k)), _print_results)


@app.command()
def golden(
    path: Annotated[Path | None, typer.Argument(help="Golden questions YAML.")] = None,
    json_output: JsonOption = False,
    show_misses: Annotated[bool, typer.Option("--misses", help="List the questions missed.")] = False,
) -> None:
    """Score the golden questions: top-1/top-3 article hit rate and not_covered accuracy."""
    from assistant.golden import DEFAULT_GOLDEN, load_golden, score_golden

    questions = load_golden(path or DEFAULT_GOLDEN)
    score = score_golden(build_assistant(Settings()), questions)
    rates = score.rates()
    if json_output:
        print(json.dumps({**rates, "answerable": score.answerable, "not_covered": score.not_covered_total}))
    else:
        print(f"{score.answerable} answerable questions, {score.not_covered_total} not covered")
        for name, value in rates.items():
            print(f"{name:>22}: {value:.1%}")
    if show_misses:
        print("\n".join(score.misses))


@app.command()
def safety(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Labelled messages YAML files; default: tests/safety (learned from), "
            "tests/safety/contrast (contrast pairs, learned from) and tests/safety/unseen "
            "(never learned from), scored apart."
        ),
    ] = None,
    show_errors: Annotated[bool, typer.Option("--errors", help="List the messages classed wrongly.")] = False,
) -> None:
    """Score the safety check: precision and recall per class on labelled messages."""
    from assistant.domain import SafetyLabel
    from assistant.safety_eval import default_safety_sets, load_safety_set, score_safety

    groups = {"given": paths} if paths else default_safety_sets()
    assistant = build_assistant(Settings())
    for kind, group in groups.items():
        messages = [m for path in group for m in load_safety_set(path)]
        score = score_safety(assistant, messages)
        print(f"{kind} sets: {', '.join(path.name for path in group)}")
        print(f"{'class':>16} {'n':>4} {'precision':>10} {'recall':>8}")
        for label in SafetyLabel:
            precision, recall = score.precision(label), score.recall(label)
            print(f"{label.value:>16} {score.count(label):>4} {precision:>10.1%} {recall:>8.1%}")
        print(f"in-scope messages wrongly blocked: {score.wrongly_blocked():.1%}\n")
        if show_errors:
            print("\n".join(score.errors) + "\n")


@app.command()
def bench(
    corpus: Annotated[
        Path | None, typer.Option(help="Articles to ingest; default: the corpus folder.")
    ] = None,
    sizes: Annotated[
        str, typer.Option(help="Comma-separated store sizes for the scale curve.")
    ] = "1000,10000,100000",
    json_output: JsonOption = False,
) -> None:
    """Benchmark ingest, re-ingest, latency and memory against the plain LangChain pipeline."""
    from assistant.benchmark import format_report, run_benchmark

    report = run_benchmark(corpus or Settings().corpus_dir, [int(size) for size in sizes.split(",") if size])
    print(json.dumps(report) if json_output else format_report(report))


@app.command("eval")
def evaluate_command(
    folder: Annotated[Path, typer.Argument(help="A BEIR folder: corpus.jsonl, queries.jsonl, qrels/.")],
    split: Annotated[str, typer.Option(help="Which qrels/SPLIT.tsv to score.")] = "test",
    store: Annotated[
        Path | None, typer.Option(help="Keep the benchmark's store here and reuse it next time.")
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """Score retrieval on a BEIR benchmark: nDCG@10, Recall@10/100, MRR@10, ingest time, latency."""
    from dataclasses import asdict

    from assistant.evaluate import evaluate
    from ingest.embed import SentenceTransformerEmbedder

    settings = Settings()
    embedder = SentenceTransformerEmbedder(settings.embedding_model, settings.embed_batch_size)
    report = evaluate(folder, split, settings, embedder, store)
    if json_output:
        print(json.dumps(asdict(report)))
        return
    size = f"{report.queries} queries, {report.documents} documents, {report.chunks} chunks"
    print(f"{report.folder} ({report.split}): {size}")
    for name, value in report.metrics.items():
        print(f"{name:>10}: {value:.4f}")
    latency = f"search p50 {report.latency_ms_p50} ms, p95 {report.latency_ms_p95} ms"
    print(f"ingest {report.ingest_seconds} s; {latency}")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind; default 127.0.0.1.")] = None,
    port: Annotated[int | None, typer.Option(help="Port; default 7860.")] = None,
    allow_public: Annotated[
        bool, typer.Option(help="Serve a non-loopback address even though no API keys exist.")
    ] = False,
) -> None:
    """Serve the chat in the browser and the HTTP API (/v1, /docs) beside it."""
    from assistant.chat_app import launch

    launch(Settings(), host=host, port=port, allow_public=allow_public)


keys_app = typer.Typer(help="API keys for the HTTP API; only their SHA-256 hashes are stored.")
app.add_typer(keys_app, name="keys")


@keys_app.command("create")
def keys_create(
    name: Annotated[str, typer.Argument(help="A name for the key, e.g. the client using it.")],
    admin: Annotated[bool, typer.Option("--admin", help="Allow admin routes (feedback export).")] = False,
) -> None:
    """Create a key and print it: it is shown this once only."""
    from assistant.api.keys import KeyStore

    key = KeyStore(Settings().data_dir).create(name, admin=admin)
    err.print(f"created {'admin ' if admin else ''}key {name!r}; store it now, it will not be shown again:")
    print(key)


@keys_app.command("list")
def keys_list() -> None:
    """The keys' names, roles and creation times (never the keys)."""
    from assistant.api.keys import KeyStore

    for key in KeyStore(Settings().data_dir).entries():
        print(f"{key.name}\t{'admin' if key.admin else 'user'}\t{key.created}")


@keys_app.command("revoke")
def keys_revoke(name: Annotated[str, typer.Argument(help="The key's name.")]) -> None:
    """Delete a key; a running server refuses it from the next request on."""
    from assistant.api.keys import KeyStore

    KeyStore(Settings().data_dir).revoke(name)
    err.print(f"revoked key {name!r}")


def _run(
    text: str,
    json_output: bool,
    handle: Callable[[str], dict[str, Any]],
    show: Callable[[dict[str, Any]], None],
) -> None:
    """One question from the argument, or a batch from stdin with one JSON object per line."""
    if text != "-":
        result = handle(text)
        print(json.dumps(result, ensure_ascii=False, indent=2)) if json_output else show(result)
        return
    for raw in _lines():
        result = _handle_line(raw, handle)
        print(json.dumps(result, ensure_ascii=False)) if json_output else show(result)
        sys.stdout.flush()


def _handle_line(raw: bytes, handle: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """One batch line's result, or its error, so a bad line never stops the batch."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return {"question": None, "error": "the line is not valid UTF-8; send UTF-8 text"}
    try:
        return handle(line)
    except InvalidQuestionError as error:
        return {"question": line, "error": str(error)}


def _lines() -> Iterator[bytes]:
    """Non-empty lines of stdin as bytes, so that one line that is not UTF-8 fails alone."""
    for raw in sys.stdin.buffer:
        if raw.strip():
            yield raw.rstrip(b"\r\n")


def _print_answer(result: dict[str, Any]) -> None:
    out = Console()
    if "error" in result:
        out.print(f"[red]{result['question']}: {result['error']}[/red]")
        return
    out.print(result["answer"], markup=False, highlight=False)
    for c in result["citations"]:
        out.print(
            f"\n[{c['n']}] {c['title']} — {c['section']} ({c['url']})",
            markup=False,
            highlight=False,
        )
        out.print(f'    "{c["quote"]}"', markup=False, highlight=False)


def _print_results(result: dict[str, Any]) -> None:
    out = Console()
    for r in result.get("results", []):
        out.print(
            f"{r['rank']}. {r['title']} — {r['section']} ({r['url']})  score {r['score']:.4f}",
            markup=False,
            highlight=False,
        )
        out.print(f"   {r['text']}\n", markup=False, highlight=False)
