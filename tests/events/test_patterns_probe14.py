"""Rules found by a fourteenth probe of 1985-2005 wire news, written after all earlier rules:
fire traded by two armies,
intelligence passed to another state, arms sales halted (an embargo), warships and submarines
delivered (military aid), forces put on a war footing or "the highest state of alert" (a
measure noun, as "level of alert"), civil rights restored, and a case brought against a state.

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
        # patterns.tsv verb-trade-fire: "traded fire" is "exchanged fire" (190), not trade (061)
        ("Indian and Pakistani troops traded fire across the Line of Control on Tuesday.", ("IND", "190", "PAK")),
        ("Ecuadorean and Peruvian patrols traded machine-gun fire in the disputed jungle.", ("ECU", "190", "PER")),
        # patterns.tsv verb-pass-information: passing intelligence to a state is sharing it (064)
        ("Egyptian intelligence passed information on the plotters to Sudan's security services.",
         ("EGY", "064", "SDN")),
        # patterns.tsv verb-halt/stop/suspend-sales: halting arms sales to a country is an embargo (163)
        ("Britain halted all arms sales to Argentina after the invasion.", ("GBR", "163", "ARG")),
        ("Sweden suspended weapons sales to India over the bribery scandal.", ("SWE", "163", "IND")),
        # patterns.tsv verb-deliver-arms: warships and submarines delivered are military aid (072)
        ("Russia delivered two frigates to India's navy last month.", ("RUS", "072", "IND")),
        ("Germany delivered a submarine to Israel on Monday.", ("DEU", "072", "ISR")),
        # patterns.tsv put-on-alert + measure_nouns.tsv "state": a war footing, the highest state of alert (152)
        ("Sri Lanka put troops in Colombo on their highest state of alert after the bombing.", ("LKA", "152", "LKA")),
        ("Iran put its armed forces on a war footing.", ("IRN", "152", None)),
        # patterns.tsv verb-restore-freedoms: civil rights restored ease restrictions on freedoms (0811)
        ("Chile restored the civil rights of exiled politicians on Monday.", ("CHL", "0811", "CHL")),
        # patterns.tsv verb-bring-lawsuit: a case brought against a state is a lawsuit (115)
        ("Bolivia brought a case against Chile at the World Court over access to the sea.", ("BOL", "115", "CHL")),
    ],
)
def test_probe14_patterns(coder, text, expected):
    events = coder(text, DAY)
    assert found(events, *expected), coded(events)
