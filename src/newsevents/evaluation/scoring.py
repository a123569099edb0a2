"""Score coded gold sentences: recall, precision and F1 per metric, per category, and confusions.

Scoring is pure: it takes what the coder produced for each gold record, so tests can feed it
hand-built events. Recall counts expected events found; precision counts produced events that
match some expected event of their own sentence (so an event coded in a sentence that expects
none only lowers precision); events per sentence is the over-generation check.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsevents.evaluation.gold import GoldEvent, GoldRecord
from newsevents.evaluation.matching import METRICS, Matcher, plover_category
from newsevents.records import Event, Record

# Confusion-table column for sentences where the coder produced nothing.
NO_EVENT = "(no event)"


@dataclass(frozen=True, slots=True)
class CodedRecord:
    """A gold record with the events the coder produced for it, or why it could not code it."""

    gold: GoldRecord
    events: tuple[Event, ...] = ()
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Score(Record):
    """Counts behind one recall/precision/F1 triple; a rate with no denominator is None."""

    expected: int
    found: int
    produced: int
    matched: int
    recall: float | None
    precision: float | None
    f1: float | None

    @classmethod
    def of(cls, expected: int, found: int, produced: int, matched: int) -> Score:
        recall = found / expected if expected else None
        precision = matched / produced if produced else None
        f1 = None
        if recall is not None and precision is not None:
            f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        return cls(expected, found, produced, matched, recall, precision, f1)


@dataclass(frozen=True, slots=True)
class Share(Record):
    count: int
    total: int
    share: float | None


@dataclass(frozen=True, slots=True)
class SuiteReport(Record):
    """The scores of the records of one gold format in a file.

    `by_category` and `confusion` use the PLOVER type when the gold gives it (a CAMEO cue name
    read as its type, as the matching rule reads it), else the CAMEO root; `no_events` is the
    share of sentences expecting no event for which none was coded.
    """

    format: str
    sentences: int
    produced: int
    events_per_sentence: float | None
    scores: dict[str, Score]
    by_category: dict[str, Score]
    confusion: dict[str, dict[str, int]]
    no_events: Share | None
    skipped: dict[str, int]
    errors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EvalReport(Record):
    gold: str
    suites: tuple[SuiteReport, ...]


def score_records(gold_name: str, coded: Sequence[CodedRecord]) -> EvalReport:
    """Return the report of a gold file, one suite per gold format found in it."""
    formats = dict.fromkeys(c.gold.format for c in coded)
    return EvalReport(gold_name, tuple(score_suite(f, [c for c in coded if c.gold.format == f]) for f in formats))


def score_suite(fmt: str, coded: Sequence[CodedRecord]) -> SuiteReport:
    """Return the scores of records of one format; skipped records only count as skipped."""
    scored = [c for c in coded if c.gold.skip is None]
    scores = {name: _score(scored, matcher, fmt) for name, (needs, matcher) in METRICS.items()
              if _gold_gives(scored, needs)}
    primary = "plover" if "plover" in scores else "cameo_root"
    gold_category, event_category = _categories(primary)
    produced = sum(len(c.events) for c in scored)
    return SuiteReport(
        format=fmt,
        sentences=len(scored),
        produced=produced,
        events_per_sentence=produced / len(scored) if scored else None,
        scores=scores,
        by_category=_by_category(scored, METRICS[primary][1], fmt, gold_category, event_category),
        confusion=_confusion(scored, gold_category, event_category),
        no_events=_no_events(scored),
        skipped=dict(Counter(c.gold.skip for c in coded if c.gold.skip)),
        errors=tuple(f"{c.gold.record_id}: {c.error}" for c in scored if c.error),
    )


def _gold_gives(scored: Sequence[CodedRecord], field: str | None) -> bool:
    """A metric is scored only when every expected event carries the field it compares."""
    events = [g for c in scored for g in c.gold.expected]
    return field is None or bool(events) and all(getattr(g, field) is not None for g in events)


def _score(scored: Sequence[CodedRecord], matcher: Matcher, fmt: str,
           keep_gold: Callable[[GoldEvent], bool] = lambda g: True,
           keep_event: Callable[[Event], bool] = lambda e: True) -> Score:
    golds = [(c, g) for c in scored for g in c.gold.expected if keep_gold(g)]
    events = [(c, e) for c in scored for e in c.events if keep_event(e)]
    found = sum(any(matcher(e, g, fmt) for e in c.events) for c, g in golds)
    matched = sum(any(matcher(e, g, fmt) for g in c.gold.expected) for c, e in events)
    return Score.of(len(golds), found, len(events), matched)


def _categories(primary: str) -> tuple[Callable[[GoldEvent], str], Callable[[Event], str]]:
    """Return how to name the category of an expected and of a produced event.

    A produced event without a PLOVER type (PLOVER drops CAMEO 01 and 02) shows its CAMEO root,
    which tells a pattern writer more than a blank.
    """
    if primary == "plover":  # a gold label naming a CAMEO cue category (DEMAND) is its PLOVER type
        return (lambda g: plover_category(str(g.plover))), (lambda e: e.plover or f"CAMEO {e.root}")
    return (lambda g: str(g.code)[:2]), (lambda e: e.root)


def _by_category(scored: Sequence[CodedRecord], matcher: Matcher, fmt: str,
                 gold_category: Callable[[GoldEvent], str], event_category: Callable[[Event], str]
                 ) -> dict[str, Score]:
    categories = sorted({gold_category(g) for c in scored for g in c.gold.expected})
    return {cat: _score(scored, matcher, fmt, lambda g, cat=cat: gold_category(g) == cat,
                        lambda e, cat=cat: event_category(e) == cat) for cat in categories}


def _confusion(scored: Sequence[CodedRecord], gold_category: Callable[[GoldEvent], str],
               event_category: Callable[[Event], str]) -> dict[str, dict[str, int]]:
    """Return expected category -> categories produced in the same sentence, each once a sentence."""
    table: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for c in scored:
        produced = {event_category(e) for e in c.events} or {NO_EVENT}
        for g in c.gold.expected:
            table[gold_category(g)].update(produced)
    return {cat: dict(counts.most_common()) for cat, counts in sorted(table.items())}


def _no_events(scored: Sequence[CodedRecord]) -> Share | None:
    quiet = [not c.events for c in scored if not c.gold.expected]
    return Share(sum(quiet), len(quiet), sum(quiet) / len(quiet)) if quiet else None

