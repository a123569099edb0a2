"""Render an evaluation report as Rich tables: one of scores and one of categories per suite."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table

from newsevents.evaluation.scoring import EvalReport, Score, SuiteReport

METRIC_LABELS = {
    "plover": "PLOVER type + actors (README rule)",
    "plover_as_written": "same, gold type names as written",
    "actors": "actor agreement",
    "cameo": "CAMEO code + actors",
    "cameo_root": "CAMEO root + actors",
    "code": "code agreement",
    "code_root": "code agreement, root",
}
CUE_NAMES_NOTE = "gold labels naming a CAMEO cue category (DEMAND, DISAPPROVE, ...) are read as its PLOVER type"
# Confusion entries shown per category; the JSON form has them all.
CONFUSION_SHOWN = 4


def render_report(report: EvalReport) -> Group:
    """Return the report's tables, ready for `Console.print`."""
    tables: list[Table] = []
    for suite in report.suites:
        tables += [_score_table(report.gold, suite), _category_table(suite)]
    return Group(*tables)


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _score_table(gold: str, suite: SuiteReport) -> Table:
    title = (f"{gold} ({suite.format}): {suite.sentences} sentences, {suite.produced} events, "
             f"{_rate(suite.events_per_sentence)} per sentence")
    table = Table("metric", "recall", "precision", "F1", "found/expected", "matched/produced", title=title,
                  caption=_caption(suite) or None)
    for name, score in suite.scores.items():
        table.add_row(METRIC_LABELS[name], *_score_cells(score))
    return table


def _score_cells(score: Score) -> list[str]:
    return [_rate(score.recall), _rate(score.precision), _rate(score.f1), f"{score.found}/{score.expected}",
            f"{score.matched}/{score.produced}"]


def _caption(suite: SuiteReport) -> str:
    notes = []
    if suite.no_events:
        notes.append(f"no event coded where none expected: {suite.no_events.count}/{suite.no_events.total}")
    notes += [f"skipped, {reason}: {n}" for reason, n in suite.skipped.items()]
    if suite.errors:
        notes.append(f"not coded (errors): {', '.join(suite.errors)}")
    return "; ".join(notes)


def _category_table(suite: SuiteReport) -> Table:
    """Recall per category, and what the coder produced instead in those sentences."""
    caption = CUE_NAMES_NOTE if "plover" in suite.scores else None
    table = Table("expected", "recall", "precision", "F1", "found/expected", "matched/produced",
                  "coded in those sentences", caption=caption)
    for category, score in suite.by_category.items():
        produced = list(suite.confusion.get(category, {}).items())[:CONFUSION_SHOWN]
        table.add_row(category, *_score_cells(score), ", ".join(f"{c} {n}" for c, n in produced))
    return table
