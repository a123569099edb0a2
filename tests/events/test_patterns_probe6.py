"""Rules found by a sixth probe of Cold War and 1990s wire news: the Soviet Union and Rhodesia
under their own names, the era's armed groups, parties and blocs (organisations.tsv, dated), a
title written with a name that picks the office of that country over the one held on the
article's date, readiness to attend or resume talks, and foreign troops leaving a country.

The sentences are written for these tests, not taken from the gold sets.
"""

import datetime as dt

import pytest

from tests.events.test_patterns import coded, found, key

pytestmark = pytest.mark.model

DAY = dt.date(2000, 1, 1)  # the gold sets' placeholder date: historical names must still resolve


@pytest.mark.parametrize(
    "text, expected",
    [
        # historical country names (countries.tsv): the Soviet Union is coded RUS, as the gold does
        ("The Soviet Union accused China of massing troops on the Ussuri river.", ("RUS", "112", "CHN")),
        ("The USSR rejected a Japanese offer of talks on the Kurile islands.", ("RUS", "12", "JPN")),
        ("Rhodesian forces raided guerrilla camps inside Mozambique.", ("ZWE", "19", "MOZ")),
        # armed groups, parties and blocs of the era (organisations.tsv)
        ("The Provisional IRA killed two policemen in County Armagh.", ("GBR", "18", "GBR")),
        ("Sendero Luminoso guerrillas dynamited a power pylon outside Huancayo and killed a guard.",
         ("PER", "18", "PER")),
        ("The Polisario Front accused Morocco of bombing Sahrawi refugees.", ("ESH", "112", "MAR")),
        ("Phalangist militiamen clashed with Druze fighters in the Chouf mountains.", ("LBN", "19", "LBN")),
        ("Renamo accused Zimbabwe of sending troops to guard the Beira corridor.", ("MOZ", "112", "ZWE")),
        ("The Sandinistas accused Washington of arming the Contras.", ("NIC", "112", "USA")),
        # a title written with the name beats the office held on the date
        ("Soviet Foreign Minister Eduard Shevardnadze criticised Japan's defence budget.", ("RUS", "111", "JPN")),
        # readiness to attend or resume talks is an intent to meet (036)
        ("Hanoi said it was willing to attend a regional conference on the refugee crisis.", ("VNM", "036", None)),
        ("Seoul is prepared to resume talks with Pyongyang next month, a ministry official said.",
         ("KOR", "036", "PRK")),
        # foreign troops leaving a country withdraw from it
        ("The last Cuban soldiers left Ethiopia on Saturday.", ("CUB", "0874", "ETH")),
    ],
)
def test_probe6_patterns(coder, text, expected):
    events = coder(text, DAY)
    assert found(events, *expected), coded(events)


def test_dated_blocs_resolve_after_they_ended(coder):
    """A body that no longer exists is still the body when named (the only row with that name)."""
    events = coder("The Warsaw Pact condemned NATO's plan to station new missiles in West Germany.", DAY)
    assert any(key(e.source) == "WARSAWPACT" and e.root == "11" for e in events), coded(events)
    events = coder("Comecon rejected Romania's request for cheaper oil.", DAY)
    assert any(key(e.source) == "COMECON" and e.root == "12" for e in events), coded(events)


def test_the_office_of_the_date_stays_without_a_written_title(coder):
    events = coder("Georgian President Eduard Shevardnadze criticised Moscow on Tuesday.", DAY)
    assert found(events, "GEO", "111", "RUS"), coded(events)
