"""Events the coder does not emit, since CAMEO and PLOVER code another word of the sentence as its
one event: a violent noun told only by where it happened, an act ordered of another country or
body, the threatener's own threatened act, the past event a background phrase names, and the
demand or appeal another actor answers, and the act a verb of naming judges.

The sentences are written for these tests, not taken from the gold sets.
"""

import datetime as dt

import pytest

from tests.events.test_patterns import coded, found

pytestmark = pytest.mark.model

DAY = dt.date(2000, 1, 1)


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        # (a) a violent noun whose only actor is its place does not take the place as its source
        ("Kenya sent investigators to look into the bombing in Nairobi.", None, ("KEN", "18", "KEN")),
        # (b) an order to another country or body: the act ordered is the order's content only
        ("The tribunal ordered Serbia to hand over two generals.", None, ("SRB", "08", "SRB")),
        ("Russia ignored the International Court of Justice's order to halt its military operations in Ukraine.",
         None, ("RUS", "08", "UKR")),
        # ... but the orderer's own forces act on its order
        ("Moscow ordered its troops to withdraw from the border town.", ("RUS", "0874", "RUS"), None),
        # (c) the threatener's own threatened act is the threat alone
        ("Ankara threatened to expel Dutch diplomats if the Netherlands banned the rally.",
         ("TUR", "13", "NLD"), ("TUR", "161", "NLD")),
        # ... an act warned of by another stays, hypothetical
        ("Oman warned that Iran would retaliate against any attack.", ("IRN", "190", None), None),
        # (d) a past event named by a background phrase (after, following, since)
        ("Tunisia closed its border with Libya following clashes between militias and the Libyan army.",
         ("TUN", "191", "LBY"), ("LBY", "19", None)),
        ("Greece expelled a Turkish diplomat after Ankara's arrest of two Greek soldiers.",
         ("GRC", "161", "TUR"), ("TUR", "173", "GRC")),
        ("Armenia and Azerbaijan held their first talks since the Azerbaijani offensive in Karabakh.",
         ("ARM", "040", "AZE"), ("AZE", "19", None)),
        # (e) a demand or appeal made by another, answered by the subject: the answer is the event
        ("Caracas rejected Washington's demand for early elections.", ("VEN", "120", "USA"), ("USA", "10", None)),
        ("Hanoi dismissed an appeal from Beijing to free the detained fishermen.",
         ("VNM", "120", "CHN"), ("CHN", "02", None)),
        # ... the speaker's own demand, restated, stays
        ("Iran reiterated its demand that Iraq pay reparations.", ("IRN", "100", "IRQ"), None),
        # (f) a carrying verb with an object predicate names its object: the exercises are not Beijing's
        ("Beijing called the naval exercises a threat to regional peace.", None, ("CHN", "15", None)),
        ("Beijing held naval exercises in the South China Sea.", ("CHN", "150", None), None),
    ],
)
def test_uncoded_acts(coder, text, kept, dropped):
    events = coder(text, DAY)
    if kept:
        assert found(events, *kept), coded(events)
    if dropped:
        assert not found(events, *dropped), coded(events)

