"""The target of a show of force, alert or mobilisation (CAMEO 15) that its own clause leaves
unnamed is the actor it answers, named in a clause or phrase opened by "as", "after",
"following", "amid" or "in response to" (slot_prepositions.tsv, kinds reaction-*;
`reaction_targets`, events/slots.py): the subject of the answering clause, or the owner or doer
of the answering noun. Never the source's own side or country, nor a subject naming no actor.

The sentences are written for these tests, not taken from the gold sets.
"""

import datetime as dt

import pytest

from tests.events.test_patterns import coded, found

pytestmark = pytest.mark.model

DAY = dt.date(2000, 1, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        # reaction-clause: the subject of an "as" or "after" clause
        ("Georgia put its forces on maximum alert after Russian jets bombed a village near Tbilisi.", ("GEO", "15", "RUS")),
        ("Chile mobilised its reserves as Argentine warships neared the Beagle Channel.", ("CHL", "15", "ARG")),
        ("Taiwan's navy went on alert as Chinese warships sailed into the strait.", ("TWN", "15", "CHN")),
        # reaction-phrase: the owner of a noun event after "following", "after", "amid"
        ("Sudan deployed troops along the frontier following Chadian raids.", ("SDN", "15", "TCD")),
        # a gerund's subject is its doer
        ("Algeria moved armoured units to its western border after Moroccan shelling.", ("DZA", "15", "MAR")),
        ("Venezuela called up its reserves amid border tension with Guyana.", ("VEN", "15", "GUY")),
        # reaction-noun: the object of "in response to"
        ("Poland moved two brigades to the border in response to Belarusian military manoeuvres.",
         ("POL", "15", "BLR")),
    ],
)
def test_reaction_target(coder, text, expected):
    events = coder(text, DAY)
    assert found(events, *expected), coded(events)


@pytest.mark.parametrize(
    "text, source",
    [
        # the answering clause is the source's own act: no target from it
        ("Syria put its units on high alert as they held exercises near the coast.", "SYR"),
        ("Israel called up reservists as Israeli commanders prepared a new offensive.", "ISR"),
        # "as" saying "while", with no actor in its subject
        ("Peru called up reservists as the rainy season began.", "PER"),
        # the "of" phrase of an answering noun names whom the act was done to, not its doer
        ("Bhutan put its army on high alert after the kidnapping of two Nepalese traders.", "BTN"),
    ],
)
def test_no_reaction_target(coder, text, source):
    events = [e for e in coder(text, DAY) if e.root == "15"]
    assert events, "no show of force coded"
    assert all(e.target is None or (e.target.country or e.target.code) == source for e in events), coded(events)
    assert not any("reaction-target" in e.rule for e in events), coded(events)
