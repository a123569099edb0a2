"""The gold readers: both formats told apart per line, and every bad line reported."""

import datetime as dt
import json

import pytest

from newsevents.errors import DataFileError
from newsevents.evaluation import GoldEvent, parse_gold_line, read_gold
from newsevents.evaluation.gold import PETRARCH, PLOVER_STYLE


def line(**fields) -> str:
    return json.dumps(fields)


PLOVER_LINE = line(id="P-1", date="2000-01-01", text="Chile and Peru have agreed to hold joint drills.",
                   expected=[{"source": ["CHL", "PER"], "target": [], "plover": "AGREE", "mode": None}])


def petrarch_line(**overrides) -> str:
    fields = dict(id="DEMO-00", date="1995-01-01", text="Arnor plans to reopen its embassy in Gondor.",
                  expected=[{"source": "ARN", "target": "GON", "code": "064"}], expect_no_events=False,
                  expected_error=None, active=True, config={"stop_on_error": "True"})
    return line(**{**fields, **overrides})


def test_gold_plover_line():
    record = parse_gold_line(PLOVER_LINE, 3)
    assert (record.record_id, record.format, record.published, record.line) == ("P-1", PLOVER_STYLE,
                                                                                 dt.date(2000, 1, 1), 3)
    assert record.expected == (GoldEvent(("CHL", "PER"), (), "AGREE"),)
    assert record.skip is None


def test_gold_plover_style_dev_set_may_give_cameo_codes():
    record = parse_gold_line(line(id="d", text="t", expected=[{"source": ["RUS"], "target": ["UKR"], "code": "1123"}]))
    assert record.expected == (GoldEvent(("RUS",), ("UKR",), None, "1123"),)
    assert record.published is None


def test_gold_petrarch_line():
    record = parse_gold_line(petrarch_line())
    assert record.format == PETRARCH
    assert record.expected == (GoldEvent(("ARN",), ("GON",), None, "064"),)


@pytest.mark.parametrize(
    "overrides, skip, expected",
    [
        ({"expect_no_events": True, "expected": []}, None, ()),
        ({"active": False}, "inactive", (GoldEvent(("ARN",), ("GON",), None, "064"),)),
        ({"expected_error": "dateline", "expected": []}, "expected error dateline", ()),
    ],
)
def test_gold_petrarch_outcomes(overrides, skip, expected):
    record = parse_gold_line(petrarch_line(**overrides))
    assert (record.skip, record.expected) == (skip, expected)


@pytest.mark.parametrize(
    "bad, message",
    [
        ("{not json", "Expecting property name"),
        ("[1, 2]", "line: not a JSON object"),
        (line(id="x", expected=[]), "text: missing or empty"),
        (line(id="x", text="t", expected={}), "expected: not a list of objects"),
        (line(id="x", text="t", date="1 May", expected=[]), "date: '1 May' is not an ISO date"),
        (line(id="x", text="t", expected=[{"source": "USA", "target": [], "plover": "AGREE"}]),
         "source and target must be lists of codes"),
        (line(id="x", text="t", expected=[{"source": ["USA"], "target": []}]), "needs a plover type or a CAMEO code"),
        (petrarch_line(expected=[{"source": "ARN", "target": "GON"}]), "needs source, target and code"),
    ],
)
def test_gold_bad_line(bad, message):
    with pytest.raises(ValueError, match=message):
        parse_gold_line(bad)


def test_gold_read_reports_every_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join([PLOVER_LINE, "{bad", "", petrarch_line(), line(id="x")]) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_gold(path)
    assert [p.split(": ")[0] for p in caught.value.problems] == [f"{path}:2", f"{path}:5"]


def test_gold_read_mixed_formats_and_repeated_ids(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join([PLOVER_LINE, petrarch_line(), petrarch_line()]) + "\n", encoding="utf-8")
    records = read_gold(path)
    assert [(r.format, r.line) for r in records] == [(PLOVER_STYLE, 1), (PETRARCH, 2), (PETRARCH, 3)]


def test_gold_read_shared_sets(shared_path):
    plover = read_gold(shared_path("eval/plover-gsr.dev.jsonl"))
    petrarch = read_gold(shared_path("eval/petrarch-unittest.jsonl"))
    assert len(plover) == 179 and {r.format for r in plover} == {PLOVER_STYLE}
    assert len(petrarch) == 284 and {r.format for r in petrarch} == {PETRARCH}
    assert sum(r.skip is not None for r in petrarch) == 12
