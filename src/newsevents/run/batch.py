"""Run one step over a stream of documents, one document at a time, whatever goes wrong.

Every CLI command that reads documents (`extract`, `code`, `ingest`) goes through
`run_batch`: a rejected document becomes one error line on stderr (and one row in the store's
`errors` table where there is a store), and the batch goes on.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)

from newsevents.errors import DocumentError
from newsevents.records import RawDocument

log = logging.getLogger(__name__)

CODED, UNCHANGED = "coded", "unchanged"


@dataclass(slots=True)
class BatchSummary:
    coded: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # doc, code, message

    def line(self) -> str:
        return f"coded {self.coded}, unchanged {self.unchanged}, failed {self.failed}, events {self.events}"

    def exit_status(self, strict: bool) -> int:
        """0 when something was processed; 1 under --strict with rejections; 4 when nothing was."""
        if self.coded + self.unchanged == 0:
            return 4
        return 1 if strict and self.failed else 0


# what a step does with one document: returns CODED or UNCHANGED and how many events it found
Step = Callable[[RawDocument], tuple[str, int]]
# where a rejection is recorded besides stderr: (doc_id, source_path, error, traceback)
ErrorSink = Callable[[str, str, DocumentError, str | None], None]


def run_batch(
    documents: Iterable[RawDocument | DocumentError],
    step: Step,
    *,
    on_error: ErrorSink | None = None,
    fail_fast: bool = False,
    show_progress: bool = False,
) -> BatchSummary:
    """Apply `step` to each document; return the counts. Rejections never stop the batch."""
    summary = BatchSummary()
    console = Console(stderr=True)
    with _progress(console, show_progress) as progress:
        task = progress.add_task("documents", total=None, events=0, failed=0)
        for document in documents:
            outcome = _run_one(document, step, summary, console, on_error, fail_fast)
            if outcome:
                summary.coded += outcome[0] == CODED
                summary.unchanged += outcome[0] == UNCHANGED
                summary.events += outcome[1]
            progress.update(task, advance=1, events=summary.events, failed=summary.failed)
    return summary


def _run_one(document, step, summary, console, on_error, fail_fast) -> tuple[str, int] | None:
    trace = None
    if isinstance(document, DocumentError):
        error, doc_id, path = document, document.doc_id or "<unknown>", document.doc_id or ""
    else:
        doc_id, path = document.doc_id, document.source_path
        try:
            return step(document)
        except DocumentError as exc:
            error = exc
        except Exception as exc:  # an unexpected failure is still one document's failure
            if fail_fast:
                raise
            trace = traceback.format_exc()
            log.debug("unexpected failure on %s", doc_id, exc_info=True)
            error = DocumentError(f"internal.{type(exc).__name__}", str(exc), doc_id)
    summary.failed += 1
    summary.errors.append((doc_id, error.code, error.message))
    console.print(f"[red]error[/red] {escape(f'{doc_id}: {error.code}: {error.message}')}", highlight=False)
    if on_error:
        on_error(doc_id, path, error, trace)
    return None


def _progress(console: Console, show: bool) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(show_speed=True),
        TextColumn("events {task.fields[events]}"),
        TextColumn("rejected {task.fields[failed]}"),
        TimeElapsedColumn(),
        console=console,
        disable=not (show and sys.stderr.isatty()),
        transient=True,
    )
