"""List the PETRARCH unit-test events our coder misses on actors, each with a first-guess class.

    PYTHONPATH=src python scripts/petrarch_misses.py [gold.jsonl] [--dict FILE ...] [--brief]

Classes: (b) no event at all is coded in the sentence (no pattern fires); (a) events are coded
but an expected actor code is on no mention of the sentence (dictionary import or phrase
matching); (c) the actors are there but no event has the expected source and target (slot
logic or the suite's own verb patterns); (d) other. The class is a
first guess for reading the list, not a verdict.
"""
import sys
from collections import Counter
from pathlib import Path

from newsevents.evaluation.evaluate import code_gold_record, gold_article
from newsevents.evaluation.gold import read_gold
from newsevents.evaluation.matching import NO_ACTOR, actors_agree
from newsevents.pipeline import Resources, code_clean_article
from newsevents.settings import Settings

DICTS = Path("../shared/eval/petrarch-unittest-dictionaries")
args = sys.argv[1:]
brief = "--brief" in args
args = [a for a in args if a != "--brief"]
dicts = [args[i + 1] for i, a in enumerate(args) if a == "--dict"]
rest = [a for i, a in enumerate(args) if a != "--dict" and (i == 0 or args[i - 1] != "--dict")]
gold = rest[0] if rest else "../shared/eval/petrarch-unittest.jsonl"
dicts = dicts or [str(DICTS / "PETR.Validate.actors.txt"), str(DICTS / "PETR.Validate.agents.txt")]
resources = Resources.load(Settings(actor_dictionaries=tuple(map(Path, dicts))))


def code(actor):
    return actor.code if actor else NO_ACTOR


classes = Counter()
for record in read_gold(gold):
    if record.skip:
        continue
    coded = code_gold_record(record, resources)
    mentions = code_clean_article(gold_article(record), resources).mentions
    known = {m.actor.code for m in mentions if m.actor}
    produced = [(e.cameo, code(e.source), code(e.target), e.rule) for e in coded.events]
    for g in record.expected:
        if any(actors_agree(e, g, record.format) for e in coded.events):
            continue
        wanted = [c for c in (g.source[0], g.target[0]) if c != NO_ACTOR]
        if not coded.events:
            kind = "b"
        elif any(c not in known for c in wanted):
            kind = "a"
        else:
            kind = "c"
        classes[kind] += 1
        print(f"({kind}) {record.record_id}: {g.source[0]}->{g.target[0]} [{g.code}] :: {record.text}")
        if not brief:
            print(f"      mentions: {sorted((m.text, m.actor.code if m.actor else None) for m in mentions)}")
            print(f"      produced: {produced}")
print(dict(sorted(classes.items())), "total", sum(classes.values()))
