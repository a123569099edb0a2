"""Rules found by the weakest probes of the team dev set (PROBE7 "hard shapes", MODERN,
MODERN3, MODERN4, PROBE10): where the grammar of a sentence hides its actors.

- a demand's target is the subject of the demanded act even when that subject names its actor
  only by a modifier ("that the European Union training force quit"), or when the act is the content
  clause of the demanded thing ("demanded guarantees that X would ...");
- a group named only by its role beside a government ("X's government and the opposition") is
  that government's country, not the meeting place's; nor is a group of the meeting place's
  country a party to a joint agreement ("agreed in Nairobi to protect civilians");
- a military position overrun is an armed attack (190), a town overrun stays occupied (192);
- a state of emergency revoked, repealed or rescinded is eased, as one lifted (0814);
- an infinitive after a time phrase ("threatened on Monday to ...") is the threat's act, whose
  "if" clause names the target, also when it hangs on the second of two coordinated acts;
- "ready to reopen talks" is an intent to negotiate; a party "front" dissolved is banned;
- Algerian and Philippine armed groups of the 1990s (actors/data/organisations.tsv).

The sentences are written for these tests, not taken from the gold sets.
"""

import datetime as dt

import pytest

from tests.events.test_patterns import coded, found, key

pytestmark = pytest.mark.model

DAY = dt.date(2000, 1, 1)
LATER = dt.date(2015, 6, 1)


@pytest.mark.parametrize(
    "text, day, expected",
    [
        # slots.py: the demanded act's subject lends the actor of its modifier
        ("Chad demanded that the European Union training force quit the country by June.", LATER, ("TCD", "100", "EU")),
        ("Sudan demanded that the Arab League observer team leave Khartoum within a week.",
         LATER, ("SDN", "100", "ARABLEAGUE")),
        # slots.py: the content clause of what is demanded names its target
        ("Japan demanded guarantees that China would stop sending coast guard ships near the disputed islands.",
         LATER, ("JPN", "100", "CHN")),
        # slots.py: a role-only group coordinated with a government is of its country
        ("Bolivia's government and the opposition have agreed in Lima to hold new elections next year.",
         DAY, ("BOL", "03", "BOL")),
        ("The Chilean government and the copper miners' union agreed on Monday to resume wage talks.",
         DAY, ("CHL", "03", "CHL")),
        # patterns.tsv: a military position overrun is an armed attack
        ("Ethiopian troops overran Eritrean positions near the border town on Tuesday.", DAY, ("ETH", "190", "ERI")),
        ("Rebel fighters overran a Colombian army outpost in the southern jungle, killing nine soldiers.",
         DAY, ("COL", "190", "COL")),
        # patterns.tsv: a state of emergency revoked or rescinded is eased
        ("The Thai premier has revoked a state of emergency covering Bangkok.", DAY, ("THA", "0814", "THA")),
        ("Peru's president rescinded a state of emergency in two southern provinces.", DAY, ("PER", "0814", "PER")),
        # slots.py: a threat's infinitive after a time phrase, and its "if" clause
        ("Iran threatened on Sunday to close the strait to tanker traffic if Britain seized another of its ships.",
         DAY, ("IRN", "130", "GBR")),
        ("Belarus threatened on Friday to close the border and halt transit if Lithuania expelled its diplomats.",
         LATER, ("BLR", "130", "LTU")),
        # patterns.tsv: ready to reopen talks
        ("Pakistan is ready to reopen talks with India on the Kashmir dispute, its foreign minister said.",
         DAY, ("PAK", "036", "IND")),
        # organisations.tsv: Algerian and Philippine armed groups
        ("Militants from the Armed Islamic Group seized a bus carrying foreign engineers near Algiers.",
         DAY, ("DZA", "171", "DZA")),
        ("Manila resumed peace talks with MNLF rebels in Libya.", DAY, ("PHL", "04", "PHL")),
    ],
)
def test_grammar_shapes(coder, text, day, expected):
    events = coder(text, day)
    assert found(events, *expected), coded(events)


def test_algerian_islamist_party_is_named(coder):
    events = coder("Algeria's military-backed government outlawed the Islamic Salvation Front in 1992.", DAY)
    assert any(e.target is not None and e.target.code == "FIS" for e in events), coded(events)


def test_party_front_dissolved_is_banned(coder):
    events = coder("A court in Tunis dissolved the ruling front of the ousted president.", DAY)
    assert any(e.cameo == "172" for e in events), coded(events)


def test_town_overrun_stays_occupied(coder):
    events = coder("Ethiopian troops overran the Eritrean town of Barentu on Tuesday.", DAY)
    assert any(e.cameo == "192" for e in events), coded(events)
    assert not any(e.cameo == "190" for e in events), coded(events)


def test_meeting_place_country_is_no_party_to_a_joint_agreement(coder):
    events = coder("Colombia's army and the FARC rebels agreed in Havana on Monday to protect civilians.", DAY)
    assert events, coded(events)
    assert not any(key(e.target) == "CUB" for e in events), coded(events)
