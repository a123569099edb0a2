"""Rules found by a ninth probe of 1985-2005 wire news on economics, diplomacy and domestic
politics (trade rows, debt talks, elections, strikes, courts) in East Asia, South America, Southern
Africa, the Gulf and the eastern Mediterranean: a lifted "state of siege" (a state of emergency,
not a blockade), arms sales banned to a country (an embargo), and workers staying away from their
jobs (a strike or stayaway, the adverb particle carrying its own "from" phrase).

The sentences are written for these tests, not taken from the gold sets.
"""

import datetime as dt

import pytest

from tests.events.test_patterns import coded, found, key

pytestmark = pytest.mark.model

DAY = dt.date(2000, 1, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        # patterns.tsv: a "state of siege" lifted is an eased state of emergency (0814, CONCEDE),
        # not a blockade lifted (0872)
        ("Bolivia lifted the state of siege in La Paz after the miners ended their protest.", ("BOL", "0814", "BOL")),
        ("The Uruguayan government lifted the state of siege it had imposed during the dock strike.",
         ("URY", "0814", "URY")),
        # patterns.tsv: banning arms sales to a country is an embargo (163), not a domestic ban (172)
        ("Washington banned arms sales to Indonesia over the killings in Dili.", ("USA", "163", "IDN")),
        ("France banned all weapons sales to Iraq after the invasion of Kuwait.", ("FRA", "163", "IRQ")),
        # patterns.tsv + clause.py: staying away from work is a strike (143)
        ("Black workers in Soweto stayed away from work for a second day.", ("ZAF", "143", "ZAF")),
        ("Nigerian oil workers stayed away from their jobs to protest against fuel price rises.",
         ("NGA", "143", "NGA")),
    ],
)
def test_probe9_patterns(coder, text, expected):
    events = coder(text, DAY)
    assert found(events, *expected), coded(events)


def test_lifted_siege_of_a_city_stays_a_blockade_lifted(coder):
    events = coder("Israel lifted the siege of Ramallah on Sunday.", DAY)
    assert any(e.cameo == "0872" and key(e.source) == "ISR" for e in events), coded(events)


def test_staying_away_from_a_border_is_no_strike(coder):
    events = coder("Refugees in Thailand stayed away from the Cambodian border.", DAY)
    assert not any(e.cameo.startswith("143") for e in events), coded(events)
