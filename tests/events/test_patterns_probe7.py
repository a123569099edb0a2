"""Rules found by a seventh probe of unseen wire news, on sentence shapes that defeated the coder:
formal charges and indictments (an accusation of crime, not a detention), passive agents the
parser hangs inside the verb's own "of"/"with"/"for" phrase, "that" clauses the parser heads by
their subject, "pressing for X to ..." read as pressing X, officials named by title alone placed in the one
country the sentence names, reduced relatives ("gunmen believed to be ...") read as the
parser's main verb, armed groups and parties of the 1980s-1990s, and objects measured out ("acres of
... land") whose owner is the owner of the measured thing.

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
        # a formal charge or indictment is an accusation of crime (CAMEO 1121, PLOVER ACCUSE)
        ("A Swiss magistrate indicted a former Nigerian oil minister for money laundering.", ("CHE", "1121", "NGA")),
        ("Kenyan prosecutors charged two former Kenyan ministers with fraud over a gold export scheme.", ("KEN", "1121", "KEN")),
        # the passive agent hung on the object of the verb's "with" / "of" phrase
        ("A former Zambian minister was charged with corruption by a Lusaka magistrate on Tuesday.",
         ("ZMB", "1121", "ZMB")),
        ("Lesotho was threatened with a halt in fuel deliveries by South African transport officials.",
         ("ZAF", "13", "LSO")),
        # a "that" clause whose verb the parser missed is headed by its subject, the one pressed
        ("Lebanon's prime minister demanded on Thursday that Syrian troops stationed in the valley since 1976 "
         "leave before any accord is signed.", ("LBN", "10", "SYR")),
        ("The Greek government demanded on Friday that Turkish warships based on the island since 1974 leave "
         "before any deal is signed.", ("GRC", "10", "TUR")),
        # "pressing for X to ...": the parser makes the "for" a clause mark; X is pressed
        ("Tokyo has been pushing hard for Seoul to open its rice market to imports.", ("JPN", "10", "KOR")),
        # an official named by title alone belongs to the one country the sentence names
        ("Lt. Gen. Hector Ruiz stepped down as army chief to allow Guatemala's first free elections to go ahead.",
         ("GTM", "08", "GTM")),
        # a reduced relative the parser makes the main verb: its subject acts in the complement
        ("Rebels believed to be from the Lord's Resistance Army abducted 40 Ugandan schoolgirls.", ("UGA", "18", "UGA")),
        # armed groups and parties of the period (organisations.tsv)
        ("The Shining Path rejected a government offer of amnesty.", ("PER", "12", None)),
        ("Renamo guerrillas ambushed a train near the Zimbabwean border.", ("MOZ", "19", "MOZ")),
        # the owner of what a measure is of: acres of *Palestinian* land are Palestinian
        ("Israeli military authorities confiscated 300 acres of Palestinian olive groves west of Ramallah.", ("ISR", "17", "PSE")),
    ],
)
def test_probe7_patterns(coder, text, expected):
    events = coder(text, DAY)
    assert found(events, *expected), coded(events)


def test_an_act_pressed_for_is_not_coded(coder):
    # "pressed for Y to withdraw": the pressing is the event, Y's withdrawal only what it asks
    events = coder("Britain pressed hard for Argentina to withdraw its marines from the islands.", DAY)
    assert found(events, "GBR", "10", "ARG"), coded(events)
    assert not [e for e in events if e.root == "08"], coded(events)
