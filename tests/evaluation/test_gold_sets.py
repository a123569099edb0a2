"""The real coder over the shared gold sets, held to the floors in benchmarks/floors.json.

Moving a floor is a commit with a reason (STYLE.md, 10).
"""

import json
from pathlib import Path

import pytest

from newsevents.evaluation import evaluate_file
from newsevents.pipeline import Resources

pytestmark = pytest.mark.model
FLOORS = Path(__file__).resolve().parents[2] / "benchmarks" / "floors.json"


@pytest.fixture(scope="module")
def resources():
    return Resources.load()


def test_gold_sets_plover_dev_recall_holds_floor(shared_path, resources):
    report = evaluate_file(shared_path("eval/plover-gsr.dev.jsonl"), resources)
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))[report.gold]
    floor = floors["recall"]
    (suite,) = report.suites
    score = suite.scores["plover"]
    assert (report.gold, suite.format, suite.sentences, score.expected) == ("plover-gsr.dev", "plover", 179, 179)
    assert suite.errors == ()
    assert suite.events_per_sentence == suite.produced / 179
    assert sum(s.expected for s in suite.by_category.values()) == 179
    assert json.loads(json.dumps(report.to_dict()))["gold"] == "plover-gsr.dev"
    assert score.recall >= floor, f"PLOVER recall {score.recall:.3f} fell below the floor {floor}"
    as_written = suite.scores["plover_as_written"].recall
    assert as_written >= floors["recall_as_written"], f"recall with type names as written {as_written:.3f} fell below its floor"
    # the over-generation check: recall must not be bought with events
    assert suite.events_per_sentence <= floors["max_events_per_sentence"]
