"""The `newsevents` command line: argument parsing only; the work is in the stages.

Records go to stdout (JSONL or a table); logs, progress, errors and the closing summary go
to stderr.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console, Group
from rich.table import Table

from newsevents.errors import DataFileError, NewsEventsError
from newsevents.events.codebook import Codebook, load_codebook
from newsevents.evaluation import evaluate_file, render_report
from newsevents.exports import export_events
from newsevents.ingest import clean_document, find_site_templates, iter_documents, load_ingest_tables
from newsevents.pipeline import Resources, code_article, code_clean_article
from newsevents.records import CodedArticle, RawDocument
from newsevents.run.batch import CODED, UNCHANGED, BatchSummary, run_batch
from newsevents.settings import DEFAULT_DB, Settings
from newsevents.store import EventFilters, EventStore

EXIT_CODES = (
    "Exit status: 0 at least one document was processed (rejections are listed on stderr); "
    "1 with --strict, some document was rejected; 2 usage error; 3 invalid data file or "
    "configuration; 4 nothing could be processed."
)
app = typer.Typer(help="Turn news articles into coded political events.", epilog=EXIT_CODES, no_args_is_help=True)
stdout = Console()
stderr = Console(stderr=True)


class OutputFormat(str, Enum):
    auto = "auto"
    table = "table"
    jsonl = "jsonl"


Paths = Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl, .html, .warc, .gz), directories, or - for stdin.")]
Format = Annotated[OutputFormat, typer.Option("--format", "-f", help="table on a terminal, jsonl when piped.")]
Outlet = Annotated[str | None, typer.Option(help="Outlet of inputs whose page names none.")]
Fields = Annotated[list[str] | None, typer.Option(
    "--field", help="JSONL field name, as NAME=FIELD (repeatable): --field text=content --field id=uid.")]
Strict = Annotated[bool, typer.Option(help="Exit 1 if any document was rejected.")]
Quiet = Annotated[bool, typer.Option(help="No progress bar.")]
FailFast = Annotated[bool, typer.Option(help="Stop on the first unexpected error, with its traceback.")]
Db = Annotated[str, typer.Option(help="DuckDB store file.")]
ActorFiles = Annotated[list[Path] | None, typer.Option(
    "--actors", help="PETRARCH/TABARI actor or agents dictionary (repeatable); its names win over the shipped ones.")]
ParseAll = Annotated[bool, typer.Option(
    "--parse-all", help="Parse every sentence (every entity, slower), not only those that can hold an event.")]
# quotes and mentions are wanted from every sentence, not only those that can hold an event
ParseAllByDefault = Annotated[bool, typer.Option(
    "--parse-all/--triage", help="Parse every sentence (the default), or only those that can hold an event (faster).")]
Source = Annotated[str | None, typer.Option(help="Source actor code or country prefix.")]
Target = Annotated[str | None, typer.Option(help="Target actor code or country prefix.")]
Root = Annotated[str | None, typer.Option(help="CAMEO root code, e.g. 04.")]
Status = Annotated[str | None, typer.Option(help="occurred, planned, denied, ...")]
Since = Annotated[dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Events on or after this day.")]
Until = Annotated[dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Events on or before this day.")]
Dedup = Annotated[bool, typer.Option(help="Merge the reports of one event across articles (global events).")]


class ExportFormat(str, Enum):
    gdelt = "gdelt"
    plover = "plover"
    parquet = "parquet"
    jsonl = "jsonl"


@app.command()
def code(paths: Paths, format: Format = OutputFormat.auto, outlet: Outlet = None, field: Fields = None, strict: Strict = False,
         quiet: Quiet = False, fail_fast: FailFast = False, actor_files: ActorFiles = None,
         parse_all: ParseAll = False) -> None:
    """Code the events of articles and print them."""
    settings = _settings(outlet, field, strict, quiet, fail_fast, actor_files, parse_all)
    _code_and_print(paths, settings, format, lambda raw, coded: [e.to_dict() for e in coded.events], _event_table)


@app.command()
def quotes(paths: Paths, format: Format = OutputFormat.auto, outlet: Outlet = None, field: Fields = None, strict: Strict = False,
           quiet: Quiet = False, fail_fast: FailFast = False, actor_files: ActorFiles = None,
           parse_all: ParseAllByDefault = True) -> None:
    """Print the quotations of articles with their speakers."""
    settings = _settings(outlet, field, strict, quiet, fail_fast, actor_files, parse_all)
    _code_and_print(paths, settings, format, lambda raw, coded: [{"doc_id": raw.doc_id, **q.to_dict()}
                                                                 for q in coded.quotes], _quote_table)


@app.command()
def actors(paths: Paths, format: Format = OutputFormat.auto, outlet: Outlet = None, field: Fields = None, strict: Strict = False,
           quiet: Quiet = False, fail_fast: FailFast = False, actor_files: ActorFiles = None,
           parse_all: ParseAllByDefault = True) -> None:
    """Print every actor mention with the actor it resolves to and how."""
    settings = _settings(outlet, field, strict, quiet, fail_fast, actor_files, parse_all)
    _code_and_print(paths, settings, format, lambda raw, coded: [{"doc_id": raw.doc_id, **m.to_dict()}
                                                                 for m in coded.mentions], _mention_table)


@app.command()
def extract(paths: Paths, format: Format = OutputFormat.auto, outlet: Outlet = None, field: Fields = None, strict: Strict = False,
            quiet: Quiet = False, fail_fast: FailFast = False) -> None:
    """Clean articles (body, title, date, outlet, credits) and print them."""
    settings = _settings(outlet, field, strict, quiet, fail_fast)
    tables = _load(load_ingest_tables)
    rows: list[dict[str, Any]] = []

    def step(raw: RawDocument, template: frozenset[str]) -> tuple[str, int]:
        rows.append(clean_document(raw, tables, template=template).to_dict())
        return CODED, 0

    _finish(_run(paths, step, settings), rows, format, _article_table, settings)


@app.command()
def ingest(paths: Paths, db: Db = DEFAULT_DB, outlet: Outlet = None, field: Fields = None, strict: Strict = False,
           quiet: Quiet = False, fail_fast: FailFast = False, actor_files: ActorFiles = None,
           parse_all: ParseAll = False) -> None:
    """Code articles and store them; documents already stored are reported as unchanged."""
    settings = _settings(outlet, field, strict, quiet, fail_fast, actor_files, parse_all, db_path=db)
    resources = _load(lambda: Resources.load(settings))
    with EventStore(db) as store:
        run_id = store.start_run("ingest " + " ".join(paths))

        def step(raw: RawDocument, template: frozenset[str]) -> tuple[str, int]:
            article = clean_document(raw, resources.ingest, template=template)
            if store.has_article(article.article_id):
                return UNCHANGED, 0
            coded = code_clean_article(article, resources)
            store.write_coded_article(coded, run_id)
            return CODED, len(coded.events)

        def record(doc_id: str, path: str, error, trace: str | None) -> None:
            store.record_error(run_id, doc_id, path, error.stage, error.code, error.message, trace)

        summary = _run(paths, step, settings, on_error=record)
        store.finish_run(run_id, summary.coded, summary.unchanged, summary.failed)
    _finish(summary, [], OutputFormat.jsonl, _event_table, settings)


@app.command()
def query(db: Db = DEFAULT_DB, format: Format = OutputFormat.auto, source: Source = None, target: Target = None,
          root: Root = None, status: Status = None, since: Since = None, until: Until = None, dedup: Dedup = False,
          limit: Annotated[int, typer.Option(help="At most this many events.")] = 1000) -> None:
    """Print stored events, or with --dedup the global events their reports merge into."""
    filters = _filters(since, until, source=source, target=target, root=root, status=status, dedup=dedup,
                       limit=limit)
    with EventStore(db) as store:
        rows = store.query_events(filters)
    _print_records(rows, format, _global_event_table if dedup else _event_table)


@app.command()
def stats(db: Db = DEFAULT_DB, format: Format = OutputFormat.auto, source: Source = None, target: Target = None,
          root: Root = None, status: Status = None, since: Since = None, until: Until = None, dedup: Dedup = False,
          top: Annotated[int, typer.Option(help="Dyads to list in the table.")] = 20) -> None:
    """Print event counts by day, by dyad and by CAMEO root family."""
    codebook = _load(load_codebook)
    filters = _filters(since, until, source=source, target=target, root=root, status=status, dedup=dedup)
    with EventStore(db) as store:
        counts = store.stats(filters)
    _print_records([counts.to_dict()], format, lambda rows: _stats_view(rows[0], codebook, top))


@app.command()
def export(format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")],
           out: Annotated[Path, typer.Option(help="File to write; a new or empty folder for parquet.")],
           db: Db = DEFAULT_DB, source: Source = None, target: Target = None, root: Root = None,
           status: Status = None, since: Since = None, until: Until = None, dedup: Dedup = False) -> None:
    """Write stored events as a GDELT 2.0 event table, PLOVER JSON lines, Parquet by month or JSONL."""
    filters = _filters(since, until, source=source, target=target, root=root, status=status, dedup=dedup)
    with EventStore(db) as store:
        try:
            written = _load(lambda: export_events(store, format.value, out, filters))
        except FileExistsError as exc:
            raise typer.BadParameter(str(exc), param_hint="--out") from exc
    stderr.print(f"exported {written} records to {out}", markup=False, highlight=False)


def _settings(outlet: str | None, field: list[str] | None, strict: bool, quiet: bool, fail_fast: bool,
              actor_files: list[Path] | None = None, parse_all: bool = False, **extra: Any) -> Settings:
    """Return the options every command that reads documents shares, as one Settings: the
    one place where those flags become options."""
    return Settings(outlet=outlet, strict=strict, quiet=quiet, fail_fast=fail_fast,
                    actor_dictionaries=tuple(actor_files or ()), jsonl_fields=_fields(field),
                    parse_all=parse_all, **extra)


def _fields(pairs: list[str] | None) -> tuple[tuple[str, str], ...]:
    """Return `--field text=content` options as (name, field) pairs."""
    parsed = []
    for pair in pairs or ():
        name, sep, field = pair.partition("=")
        if not sep or not name or not field:
            raise typer.BadParameter(f"{pair!r} is not NAME=FIELD", param_hint="--field")
        parsed.append((name, field))
    return tuple(parsed)


def _filters(since: dt.datetime | None, until: dt.datetime | None, **flags: Any) -> EventFilters:
    """Return the flags as EventFilters; Typer reads a day as a datetime."""
    return EventFilters(since=since.date() if since else None, until=until.date() if until else None, **flags)


@app.command("eval")
def evaluate(gold: Annotated[Path, typer.Argument(help="Gold JSONL: PLOVER-GSR or PETRARCH unit-test lines.")],
             format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
             actor_files: ActorFiles = None, parse_all: ParseAll = False) -> None:
    """Score the coder on a gold set: precision, recall, F1, events per sentence, confusion."""
    settings = Settings(actor_dictionaries=tuple(actor_files or ()), parse_all=parse_all)
    resources = _load(lambda: Resources.load(settings))
    report = _load(lambda: evaluate_file(gold, resources))
    if format == "json":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        stdout.print(render_report(report))


def _code_and_print(paths: list[str], settings: Settings, format: OutputFormat,
                    records_of: Callable[[RawDocument, CodedArticle], list[dict[str, Any]]], table) -> None:
    """Code every document and print the records `records_of` takes from each."""
    resources = _load(lambda: Resources.load(settings))
    rows: list[dict[str, Any]] = []

    def step(raw: RawDocument, template: frozenset[str]) -> tuple[str, int]:
        coded = code_article(raw, resources, template)
        rows.extend(records_of(raw, coded))
        return CODED, len(coded.events)

    _finish(_run(paths, step, settings), rows, format, table, settings)


def _load(loader: Callable[[], Any]) -> Any:
    try:
        return loader()
    except DataFileError as exc:
        stderr.print(str(exc), markup=False)
        raise typer.Exit(3) from exc
    except NewsEventsError as exc:
        stderr.print(f"configuration error: {exc}", markup=False)
        raise typer.Exit(3) from exc


def _run(paths: list[str], step, settings: Settings, on_error=None) -> BatchSummary:
    """Read the batch, learn the lines each site repeats on its pages, then run `step(raw,
    template)` over every document. The batch is held in memory for that first pass."""
    try:
        documents = list(iter_documents(paths, outlet=settings.outlet, stdin=sys.stdin,
                                        fields=dict(settings.jsonl_fields)))
    except ValueError as exc:  # an unknown field name
        raise typer.BadParameter(str(exc), param_hint="--field") from exc
    templates = find_site_templates(d for d in documents if isinstance(d, RawDocument))
    return run_batch(documents, lambda raw: step(raw, templates.lines_for(raw)), on_error=on_error,
                     fail_fast=settings.fail_fast, show_progress=not settings.quiet)


def _finish(summary: BatchSummary, rows, format: OutputFormat, table, settings: Settings) -> None:
    _print_records(rows, format, table)
    stderr.print(summary.line(), markup=False, highlight=False)
    status = summary.exit_status(settings.strict)
    if status:
        raise typer.Exit(status)


def _print_records(rows: Iterable[dict[str, Any]], format: OutputFormat, table) -> None:
    if format == OutputFormat.jsonl or (format == OutputFormat.auto and not sys.stdout.isatty()):
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    stdout.print(table(list(rows)))


def _actor_label(actor: dict[str, Any] | None) -> str:
    return "" if not actor else actor["code"] + (f" ({actor['name']})" if actor.get("name") else "")


def _event_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(show_lines=True)
    for column in ("source", "event", "target", "date", "status"):
        table.add_column(column, min_width=len(column), max_width=30)
    table.add_column("evidence", ratio=1, min_width=20)
    for e in rows:
        when = e["date"] or (" .. ".join(e["date_range"]) if e["date_range"] else "")
        if e["date_precision"] == "publication":
            when += " (published)"
        event = f"{e['cameo']} {e['plover'] or ''}".strip()
        table.add_row(_actor_label(e["source"]), event, _actor_label(e["target"]), when, e["status"],
                      e["evidence"]["text"])
    return table


def _global_event_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(show_lines=True)
    for column in ("source", "event", "target", "date", "status", "mentions", "articles", "sources", "seen"):
        table.add_column(column, min_width=len(column), max_width=30)
    for g in rows:
        when = g["date"] or (" .. ".join(g["date_range"]) if g["date_range"] else "")
        seen = g["first_seen"] if g["first_seen"] == g["last_seen"] else f"{g['first_seen']} .. {g['last_seen']}"
        table.add_row(_actor_label(g["source"]), f"{g['cameo']} {g['plover'] or ''}".strip(),
                      _actor_label(g["target"]), when, g["status"], str(g["num_mentions"]),
                      str(g["num_articles"]), str(g["num_sources"]), seen)
    return table


def _stats_view(counts: dict[str, Any], codebook: Codebook, top: int) -> Group:
    days = Table("day", "events", title=f"{counts['events']} events by day")
    for row in counts["by_day"]:
        days.add_row(row["day"] or "undated", str(row["events"]))
    dyads = Table("source", "target", "events", title=f"top {top} dyads")
    for row in counts["by_dyad"][:top]:
        dyads.add_row(row["source"], row["target"] or "", str(row["events"]))
    roots = Table("root", "family", "events", title="by CAMEO root")
    for row in counts["by_root"]:
        name = codebook.get(row["root"]).name if row["root"] in codebook else ""
        roots.add_row(row["root"], name, str(row["events"]))
    return Group(days, dyads, roots)


def _article_table(rows: list[dict[str, Any]]) -> Table:
    table = Table("doc_id", "outlet", "published", "title", "words", "credits")
    for a in rows:
        table.add_row(a["doc_id"], a["outlet"] or "", a["published"] or "", a["title"] or "",
                      str(len(a["body"].split())), ", ".join(a["credits"]))
    return table


def _mention_table(rows: list[dict[str, Any]]) -> Table:
    table = Table("doc_id", "text", "kind", "actor", "how")
    for m in rows:
        table.add_row(m["doc_id"], m["text"], m["kind"], _actor_label(m["actor"]), m["how"])
    return table


def _quote_table(rows: list[dict[str, Any]]) -> Table:
    table = Table("doc_id", "speaker", "actor", "verb", "quote", show_lines=True)
    for q in rows:
        table.add_row(q["doc_id"], q["speaker"] or "", _actor_label(q["speaker_actor"]), q["verb"], q["text"])
    return table
