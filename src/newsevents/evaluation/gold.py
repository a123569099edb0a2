"""Read gold event sets: PLOVER-GSR lines and PETRARCH unit-test lines, told apart per line.

A PLOVER-style line (the PLOVER gold standard records, and the team's own dev sets) lists the
acceptable country-level codes of each side:

    {"id": "...", "date": "2000-01-01", "text": "...",
     "expected": [{"source": ["USA", "JOR"], "target": [], "plover": "AGREE", "code": "057"}]}

(`code`, a CAMEO code, is optional.) A PETRARCH unit-test line names one full actor code per
side and a CAMEO code, and says what else the record tests:

    {"id": "DEMO-00", "text": "...", "expected": [{"source": "ARN", "target": "GON", "code": "064"}],
     "expect_no_events": false, "expected_error": null, "active": true, ...}

Both become a `GoldRecord`; the file is kept as written (legacy codes such as JAP are read by
the matching rule, so the rule lives in one place).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.errors import DataFileError
from newsevents.records import Record

PLOVER_STYLE = "plover"
PETRARCH = "petrarch"
# Keys only PETRARCH unit-test lines carry: how a line is recognised.
PETRARCH_KEYS = frozenset({"expect_no_events", "expected_error", "active"})


@dataclass(frozen=True, slots=True)
class GoldEvent(Record):
    """One expected event: the codes accepted on each side (empty: that side is not checked)."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    plover: str | None = None
    code: str | None = None


@dataclass(frozen=True, slots=True)
class GoldRecord(Record):
    """One gold sentence; `skip` says why it is not scored (an inactive or an error test)."""

    record_id: str
    text: str
    published: dt.date | None
    format: str
    expected: tuple[GoldEvent, ...]
    skip: str | None = None
    line: int = 0


def read_gold(path: Path | str) -> tuple[GoldRecord, ...]:
    """Return the records of a gold JSONL file; raise one DataFileError listing every bad line.

    Ids need not be unique (the PETRARCH suite repeats AGENTS-18 and -19): a record is a line.
    """
    path = Path(path)
    records: list[GoldRecord] = []
    problems: list[str] = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = parse_gold_line(line, line_no)
        except ValueError as exc:
            problems.append(f"{path}:{line_no}: {exc}")
            continue
        records.append(record)
    if problems:
        raise DataFileError(problems)
    return tuple(records)


def parse_gold_line(line: str, line_no: int = 0) -> GoldRecord:
    """Return the record of one JSONL line in either format; ValueError says what is wrong."""
    data = json.loads(line)  # json.JSONDecodeError is a ValueError
    if not isinstance(data, dict):
        raise ValueError("line: not a JSON object")
    record_id, text = _text_field(data, "id"), _text_field(data, "text")
    expected = data.get("expected")
    if not isinstance(expected, list) or not all(isinstance(e, dict) for e in expected):
        raise ValueError("expected: not a list of objects")
    published = _date_field(data)
    if PETRARCH_KEYS & data.keys():
        events = tuple(_petrarch_event(e) for e in expected)
        return GoldRecord(record_id, text, published, PETRARCH, events, _petrarch_skip(data), line_no)
    events = tuple(_plover_event(e) for e in expected)
    return GoldRecord(record_id, text, published, PLOVER_STYLE, events, None, line_no)


def _text_field(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{key}: missing or empty")
    return value


def _date_field(data: dict[str, Any]) -> dt.date | None:
    """The record's date is the article's publication date: actors resolve on it."""
    if data.get("date") is None:
        return None
    try:
        return dt.date.fromisoformat(data["date"])
    except (TypeError, ValueError):
        raise ValueError(f"date: {data['date']!r} is not an ISO date") from None


def _plover_event(event: dict[str, Any]) -> GoldEvent:
    sides = [event.get("source", []), event.get("target", [])]
    if not all(isinstance(side, list) and all(isinstance(c, str) for c in side) for side in sides):
        raise ValueError("expected: source and target must be lists of codes")
    plover, code = (v if isinstance(v, str) and v else None for v in (event.get("plover"), event.get("code")))
    if plover is None and code is None:
        raise ValueError("expected: an event needs a plover type or a CAMEO code")
    return GoldEvent(tuple(sides[0]), tuple(sides[1]), plover, code)


def _petrarch_event(event: dict[str, Any]) -> GoldEvent:
    values = [event.get(key) for key in ("source", "target", "code")]
    if not all(isinstance(v, str) and v for v in values):
        raise ValueError("expected: a PETRARCH event needs source, target and code strings")
    source, target, code = values
    return GoldEvent((source,), (target,), None, code)


def _petrarch_skip(data: dict[str, Any]) -> str | None:
    """Inactive tests are ones PETRARCH itself does not run; error tests check input handling
    (datelines, discard lists, unparsable input), not coding, so neither is scored."""
    if data.get("active") is False:
        return "inactive"
    if data.get("expected_error"):
        return f"expected error {data['expected_error']}"
    return None
