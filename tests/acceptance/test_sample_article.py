"""The sample article, coded end to end, against what a careful human coder takes from it.

Reads ../shared/samples/*.expected.json: an absent key is not checked; actors are compared at
country level (ISO alpha-3 for people and national bodies, short codes for organisations and
regions).
"""

import json

import pytest

from newsevents.ingest import iter_documents
from newsevents.pipeline import Resources, code_article
from tests.helpers import resolve_shared_path

pytestmark = pytest.mark.model
SAMPLE = "samples/rferl-2021-12-29-biden-putin-call"


def country_key(actor: dict | None) -> str | None:
    """The country-level key of an actor: its country, else its own code (NATO, WST)."""
    return None if actor is None else actor["country"] or actor["code"]


def event_matches(event: dict, expected: dict) -> bool:
    checks = [
        country_key(event["source"]) == expected["source"],
        "target" not in expected or country_key(event["target"]) == expected["target"],
        event["root"] in expected["roots"],
        "code" not in expected or event["cameo"] == expected["code"],
        "date" not in expected or event["date"] == expected["date"],
        "date_range" not in expected or event["date_range"] == expected["date_range"],
        "status" not in expected or event["status"] == expected["status"],
        expected["evidence_contains"] in event["evidence"]["text"],
    ]
    return all(checks)


@pytest.fixture(scope="module")
def sample(resources):
    text_path = resolve_shared_path(SAMPLE + ".txt")
    expected = json.loads(resolve_shared_path(SAMPLE + ".expected.json").read_text(encoding="utf-8"))
    (raw,) = list(iter_documents([str(text_path)]))
    return code_article(raw, resources).to_dict(), expected


@pytest.fixture(scope="module")
def resources():
    return Resources.load()


def test_sample_article_metadata(sample):
    coded, expected = sample
    article, want = coded["article"], expected["article"]
    assert article["title"] == want["title"]
    assert article["published"] == want["published"]
    assert article["outlet"] == want["outlet"]
    assert article["body"].startswith(want["body_must_start_with"])
    assert article["body"].endswith(want["body_must_end_with"])
    for line in want["boilerplate_never_in_body"]:
        assert line not in article["body"]
    assert set(want["credits"]) <= set(article["credits"])


def test_sample_article_every_expected_event_is_found(sample):
    coded, expected = sample
    missing = [e for e in expected["events"] if not any(event_matches(ev, e) for ev in coded["events"])]
    assert not missing, json.dumps(missing, indent=1)


def test_sample_article_evidence_offsets_point_into_the_body(sample):
    coded, _ = sample
    body = coded["article"]["body"]
    for event in coded["events"]:
        evidence = event["evidence"]
        assert body[evidence["start"] : evidence["end"]] == evidence["text"]


def test_sample_article_entities_resolve(sample):
    coded, expected = sample
    resolved = {(m["text"], country_key(m["actor"])) for m in coded["mentions"] if m["actor"]}
    for entity in expected["entities"]:
        assert any(entity["text"] in text and key == entity["actor"] for text, key in resolved), entity


def test_sample_article_quotes_have_their_speakers(sample):
    coded, expected = sample
    for want in expected["quotes"]:
        assert any(
            want["contains"] in q["text"] and q["speaker"] == want["speaker"] for q in coded["quotes"]
        ), want
