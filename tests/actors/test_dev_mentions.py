"""The mention dev set: sentences the team wrote, each with one mention and the actor it names.

`dev_mentions.jsonl` holds one mention a line: `published`, `text` (a sentence), `mention` and
either the expected `country` and `role` (role null for a country or a former office holder)
or the `code` of an organisation or region. The resolved mention is the one whose span
overlaps the first occurrence of `mention` in the text. The floor was set when the set was
written; a drop below it is a regression in general behaviour, not in one line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.records import Mention

pytestmark = pytest.mark.model
DEV_SET = Path(__file__).parent / "dev_mentions.jsonl"
ACCURACY_FLOOR = 0.90


def read_dev_set() -> list[dict]:
    return [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def mention_at(mentions: tuple[Mention, ...], start: int, end: int) -> Mention | None:
    """Return the first mention overlapping the characters [start, end), or None."""
    return next((m for m in mentions if m.start < end and start < m.end), None)


def is_correct(case: dict, mention: Mention | None) -> bool:
    actor = mention.actor if mention else None
    if actor is None:
        return False
    if "code" in case:
        return actor.code == case["code"]
    return (actor.country, actor.role) == (case["country"], case["role"])


def test_dev_mentions_file_is_well_formed():
    cases = read_dev_set()
    assert len(cases) >= 100
    for case in cases:
        assert case["mention"] in case["text"], case
        assert ("code" in case) != ("country" in case and "role" in case), case


def test_dev_mentions_accuracy(resolve):
    cases = read_dev_set()
    misses = []
    for case in cases:
        start = case["text"].index(case["mention"])
        found = mention_at(resolve(case["text"], case["published"]), start, start + len(case["mention"]))
        if not is_correct(case, found):
            misses.append((case, found))
    score = 1 - len(misses) / len(cases)
    print(f"\ndev mentions: accuracy {score:.3f} ({len(cases) - len(misses)}/{len(cases)})")
    for case, found in misses:
        got = (found.text, found.actor, found.how) if found else None
        print(f"  miss: {case['published']} {case['mention']!r}: want {case.get('code') or (case['country'], case['role'])}, got {got}")
    assert score >= ACCURACY_FLOOR
