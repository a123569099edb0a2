"""Rules found by an eighth probe of 1990s-2000s wire news from the settings the PLOVER gold draws on
most (the Middle East, the Balkans, the Great Lakes and West Africa, the Horn, Afghanistan,
Chechnya): bodies and factions of that news (the Commonwealth written bare, IGAD, the Northern
Alliance), arms and relief shipped to someone, closures eased or lifted, limbs hacked off,
readiness to sign an accord, and a plan turned down "by" its author.

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
        # organisations.tsv: the Commonwealth without its article, IGAD, the Northern Alliance
        ("Pakistan's military rulers dismissed Commonwealth criticism of the coup.", ("PAK", "12", "COMMONWEALTH")),
        ("IGAD mediators condemned renewed bombing raids in southern Sudan.", ("IGAD", "111", "SDN")),
        ("The Northern Alliance accused Islamabad of sending troops to fight alongside the Taliban.",
         ("AFG", "112", "PAK")),
        # a proposal turned down "by" its author (the parser hangs "by" on the verb)
        ("Eritrea turned down a proposal by the regional body IGAD for a truce.",
         ("ERI", "120", "IGAD")),
        # arms and relief shipped to someone are aid (072, 073)
        ("Western intelligence officials said Iran had shipped rockets to Hezbollah through Damascus.",
         ("IRN", "072", "LBN")),
        ("Oxfam shipped blankets and tents to Kosovo refugees in northern Albania.", ("OXFAM", "073", "XKX")),
        # easing or lifting a closure of territory eases a restriction (081, CONCEDE)
        ("Israel lifted its closure on the Gaza Strip after ten days, letting Palestinian workers cross.",
         ("ISR", "081", "PSE")),
        # limbs hacked off: a physical assault (182), not a cyber attack
        ("Rebel fighters hacked off the arms of several Sierra Leonean villagers.", ("SLE", "182", "SLE")),
        # readiness to sign an accord is an intent to cooperate (030)
        ("Bosnian Croat leaders said they were ready to sign the federation agreement.", ("BIH", "030", None)),
    ],
)
def test_probe8_patterns(coder, text, expected):
    events = coder(text, DAY)
    assert found(events, *expected), coded(events)
