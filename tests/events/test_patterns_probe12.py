"""Rules found by a twelfth probe of 1980s-2000s wire news on the coder's weakest PLOVER families:
disapproval, coercion, aid, retreat, force, mobilisation and investigation. Phrasal and noun forms
of yielding ("handed back", "set free", "handed in their weapons", "laid down their arms", "the
lifting of the embargo"), a passive troop movement naming no agent ("troops were withdrawn",
"troops were massed"), a loan or an arrest carried by a support verb or "under" ("extended a loan",
"placed under house arrest"), food received as aid, a physical charge with batons, a verbal attack
by the press, suspects named by the police, a court's or prosecutor's act falling at home, an inquiry aimed at
who did the act it looks into ("an investigation into the killing by American soldiers"), a
reaction that falls on what drew it ("X's decision drew condemnation from Y"); and two acts that
are not events: an act named by the "by" agent of a verb of its own meaning ("the bombing was
condemned by Pakistan") and the inquiry a call is "for".

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
        # patterns.tsv: an arrest carried by "under" is the carrying verb's subject's
        ("Burmese authorities put the opposition leader under house arrest.", ("MMR", "173", "MMR")),
        # patterns.tsv: a loan extended is aid by the lender
        ("Germany extended a loan of 300 million marks to Poland.", ("DEU", "071", "POL")),
        # patterns.tsv: grain and rice received from a donor are aid
        ("Somalia received 20,000 tonnes of rice from Japan.", ("JPN", "070", "SOM")),
        # patterns.tsv: "hand back" returns persons or property
        ("Libya handed back to Egypt two airliners it had impounded.", ("LBY", "084", "EGY")),
        # patterns.tsv + slots.py: "the lifting of" sanctions or a blockade, the target named in the
        # "of" phrase's own phrase
        ("Washington announced the lifting of sanctions against Pakistan.", ("USA", "085", "PAK")),
        ("Turkey ordered the lifting of its blockade of Armenia.", ("TUR", "0872", "ARM")),
        # patterns.tsv: troops withdrawn or massed, by their own state when no agent is named
        ("Syrian troops were withdrawn from Beirut in April.", ("SYR", "0874", "LBN")),
        ("Hundreds of Chinese troops were massed along the border with Vietnam.", ("CHN", "154", "VNM")),
        # patterns.tsv: handing in or over weapons and laying down arms is demobilisation
        ("Salvadoran guerrillas handed in their weapons to United Nations observers.", ("SLV", "0873", "SLV")),
        ("Angolan rebels laid down their arms in Huambo.", ("AGO", "0873", "AGO")),
        ("Militiamen in Beirut handed over their weapons to the Lebanese army.", ("LBN", "0873", "LBN")),
        # patterns.tsv + coder.py: "set free" with the adjective before the object is a release
        ("Iran set free two British sailors.", ("IRN", "0841", "GBR")),
        # patterns.tsv: police charging with batons is repression, not a legal charge
        ("Kenyan police charged the marchers with truncheons in Nairobi.", ("KEN", "175", "KEN")),
        # patterns.tsv: the press attacks in words
        ("Iranian radio attacked Saudi Arabia for its oil policy.", ("IRN", "111", "SAU")),
        # patterns.tsv: naming someone as a suspect accuses them of a crime
        ("German police named a Turkish man as the main suspect in the arson attack.", ("DEU", "1121", "TUR")),
        # coder.py: a court's verdict or a prosecutor's charge naming no foreigner falls at home
        ("A Jakarta court convicted a student leader of subversion.", ("IDN", "116", "IDN")),
        ("Kenyan prosecutors charged 12 men with plotting a coup.", ("KEN", "1121", "KEN")),
        # slots.py + patterns.tsv: an inquiry's target is who did the act it looks into; a hearing
        # "into" is an inquiry
        ("Italy launched an investigation into the killing of an Italian journalist by American soldiers.",
         ("ITA", "090", "USA")),
        ("Peru's Congress began hearings into abuses by Colombian troops.", ("PER", "090", "COL")),
        # slots.py + patterns.tsv: a reaction falls on what drew it
        ("Beijing's crackdown drew condemnation from Britain.", ("GBR", "111", "CHN")),
    ],
)
def test_probe12_patterns(coder, text, expected):
    events = coder(text, DAY)
    assert found(events, *expected), coded(events)


def test_legal_charge_stays_an_accusation(coder):
    events = coder("Prosecutors in Cairo charged the former minister with fraud.", DAY)
    assert found(events, "EGY", "1121", "EGY"), coded(events)
    assert not any(e.cameo == "175" for e in events), coded(events)


def test_agent_of_a_verb_of_its_own_is_not_the_doer_of_its_subject(coder):
    # slots.py: Pakistan condemned the bombing; it did not bomb
    events = coder("The bombing of the mosque in Karachi was condemned by India.", DAY)
    assert found(events, "IND", "111", None) or any(e.cameo == "111" for e in events), coded(events)
    assert not any(e.root in ("18", "19") and e.source and e.source.country == "IND" for e in events), coded(events)


def test_inquiry_a_call_is_for_is_not_coded(coder):
    # status.py: what a call is "for" is the call's content, not an inquiry held
    events = coder("Amnesty International called for an inquiry into the killings in Chiapas.", DAY)
    assert not any(e.root == "09" for e in events), coded(events)
