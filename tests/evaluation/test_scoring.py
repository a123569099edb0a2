"""Scoring on hand-built coded records: the counts, the categories and the report's forms."""

import json

import pytest
from rich.console import Console

from newsevents.evaluation import GoldEvent, Score, render_report, score_records
from newsevents.evaluation.gold import PETRARCH
from newsevents.evaluation.scoring import NO_EVENT, score_suite
from tests.evaluation.builders import RUS, UKR, UN, USA, make_coded, make_event

ACCUSE = GoldEvent(("RUS",), ("UKR",), "ACCUSE")
AGREE = GoldEvent(("USA", "RUS"), (), "AGREE")
THREATEN = GoldEvent(("RUS",), ("IGO",), "THREATEN")


@pytest.fixture
def plover_records():
    """Three sentences: one found plus a spurious event, one miscoded, one with nothing coded."""
    return [
        make_coded((ACCUSE,), (make_event(RUS, UKR, "ACCUSE"), make_event(UKR, RUS, "ASSAULT", "190"))),
        make_coded((AGREE,), (make_event(USA, RUS, None, "010"),)),
        make_coded((THREATEN,)),
    ]


def test_scoring_plover_recall_precision_and_rate(plover_records):
    suite = score_suite("plover", plover_records)
    assert suite.scores["plover"] == Score.of(expected=3, found=1, produced=3, matched=1)
    assert suite.scores["plover"].f1 == pytest.approx(1 / 3)
    assert suite.scores["actors"].found == 2
    assert set(suite.scores) == {"plover", "plover_as_written", "actors"}
    assert (suite.sentences, suite.produced, suite.events_per_sentence) == (3, 3, 1.0)


def test_scoring_plover_categories_and_confusion(plover_records):
    suite = score_suite("plover", plover_records)
    assert suite.by_category["ACCUSE"] == Score.of(expected=1, found=1, produced=1, matched=1)
    assert suite.by_category["AGREE"] == Score.of(expected=1, found=0, produced=0, matched=0)
    assert suite.confusion == {"ACCUSE": {"ACCUSE": 1, "ASSAULT": 1}, "AGREE": {"CAMEO 01": 1},
                               "THREATEN": {NO_EVENT: 1}}


def test_scoring_codes_in_plover_style_gold_add_code_metrics():
    coded = [make_coded((GoldEvent(("RUS",), ("UKR",), "ACCUSE", "112"),), (make_event(RUS, UKR, "ACCUSE", "1123"),))]
    scores = score_suite("plover", coded).scores
    assert {name: s.found for name, s in scores.items()} == {"plover": 1, "plover_as_written": 1, "actors": 1, "cameo": 0,
                                                             "cameo_root": 1, "code": 0, "code_root": 1}


def test_scoring_petrarch_no_events_skips_and_errors():
    gold = GoldEvent(("RUSGOV",), ("UKRMIL",), None, "112")
    coded = [
        make_coded((gold,), (make_event(RUS, UKR, "ACCUSE", "112"),), PETRARCH),
        make_coded((), (), PETRARCH),
        make_coded((), (make_event(RUS, UN, None, "010"),), PETRARCH),
        make_coded((gold,), (), PETRARCH, skip="inactive"),
        make_coded((gold,), (), PETRARCH, error="nlp: nlp.failed: boom", record_id="E-1"),
    ]
    suite = score_suite(PETRARCH, coded)
    assert set(suite.scores) == {"actors", "cameo", "cameo_root", "code", "code_root"}
    assert suite.scores["cameo"] == Score.of(expected=2, found=1, produced=2, matched=1)
    assert (suite.no_events.count, suite.no_events.total) == (1, 2)
    assert suite.skipped == {"inactive": 1}
    assert suite.errors == ("E-1: nlp: nlp.failed: boom",)
    assert suite.sentences == 4
    assert list(suite.by_category) == ["11"]


@pytest.mark.parametrize(
    "counts, rates",
    [
        ((0, 0, 0, 0), (None, None, None)),
        ((2, 0, 3, 0), (0.0, 0.0, 0.0)),
        ((4, 2, 0, 0), (0.5, None, None)),
        ((4, 2, 2, 2), (0.5, 1.0, pytest.approx(2 / 3))),
    ],
)
def test_scoring_score_rates(counts, rates):
    score = Score.of(*counts)
    assert (score.recall, score.precision, score.f1) == rates


def test_scoring_report_per_format_as_json_and_table(plover_records):
    petrarch = make_coded((GoldEvent(("RUSGOV",), ("---",), None, "112"),), (), PETRARCH, skip="inactive")
    report = score_records("mixed.dev", [*plover_records, petrarch])
    assert [s.format for s in report.suites] == ["plover", PETRARCH]
    data = json.loads(json.dumps(report.to_dict()))
    assert data["suites"][0]["scores"]["plover"]["recall"] == pytest.approx(1 / 3)
    console = Console(record=True, width=200)
    console.print(render_report(report))
    text = console.export_text()
    assert "PLOVER type + actors (README rule)" in text and "0.333" in text
    assert "skipped, inactive: 1" in text


def test_scoring_categories_read_cameo_cue_names_as_their_plover_type():
    coded = [make_coded((GoldEvent(("PSE",), ("USA",), "DEMAND"),), (make_event(RUS, UKR, "REQUEST", "100"),)),
             make_coded((GoldEvent(("RUS",), ("UKR",), "DISAPPROVE"),), (make_event(RUS, UKR, "ACCUSE", "111"),))]
    suite = score_suite("plover", coded)
    assert suite.by_category["REQUEST"] == Score.of(expected=1, found=0, produced=1, matched=0)
    assert suite.by_category["ACCUSE"] == Score.of(expected=1, found=1, produced=1, matched=1)
    assert "DEMAND" not in suite.by_category and suite.confusion["REQUEST"] == {"REQUEST": 1}
