"""Rules found by a thirteenth probe: CAMEO codes that no team sentence and no pattern row had
covered, written in the style of the CAMEO manual's examples (one clear act per sentence, 1990s
and 2000s wire news). Demands name what they ask for (intelligence 1014, military aid 1032,
protection 1034, a change of regime 1044); a protest for rights (1413) or for democracy (1414);
rioters who attack buildings riot (145); halting humanitarian relief (1623); pledging to
privatise or repeal (intent to change policy, 0342); a stated plan to impose a curfew or to end a
mediation is a threat of it (1323, 135: intents.tsv). A protest staged for a demand takes the
sub-code of its aim (protest_purposes.tsv): a march for a leader's resignation is 1411, a strike
for a right 1433, a road blockade for a law's repeal 1442, a riot for parliament's dissolution 1454.

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
        # patterns.tsv: what a demand asks for names its CAMEO sub-code
        ("Washington demanded intelligence from Yemen on the bombers of the USS Cole.", ("USA", "1014", "YEM")),
        ("Bosnian Muslim leaders demanded protection from NATO for the enclave of Srebrenica.",
         ("BIH", "1034", "NATO")),
        ("Croatia demanded weapons from Germany to defend its territory.", ("HRV", "1032", "DEU")),
        ("Thai opposition parties demanded the dissolution of parliament.", ("THA", "1044", None)),
        # patterns.tsv: a demonstration for rights (1413) or for democracy (1414)
        ("Burmese students rallied for democracy in Rangoon.", ("MMR", "1414", "MMR")),
        ("Thousands of Kurdish students demonstrated in Ankara for the right to study in Kurdish.",
         ("TUR", "1413", "TUR")),
        # patterns.tsv: rioters or protesters attacking a building protest violently (145)
        ("Bangladeshi protesters attacked ruling party offices in Dhaka.", ("BGD", "145", "BGD")),
        # patterns.tsv: relief halted is humanitarian aid stopped (1623)
        ("The Red Cross suspended relief to Chechnya after the kidnapping of its workers.", ("ICRC", "1623", "RUS")),
        # patterns.tsv: pledging to privatise is an intent to change policy (0342)
        ("Brazilian President Fernando Henrique Cardoso pledged to privatise the state telephone company.",
         ("BRA", "0342", "BRA")),
        # intents.tsv: a stated curfew or an ended mediation is a threat of it (1323, 135)
        ("Pakistan said it would impose a curfew in Karachi.", ("PAK", "1323", "PAK")),
        ("Egypt said it would end its mediation between the Palestinian factions.", ("EGY", "135", "PSE")),
        # protest_purposes.tsv + coder: a protest takes the aim of the demand it is staged for
        ("Thousands of Filipinos marched in Manila to demand the resignation of President Joseph Estrada.",
         ("PHL", "1411", "PHL")),
        ("Nigerian opposition parties called a general strike to demand the resignation of the military ruler.",
         ("NGA", "1431", "NGA")),
        ("Bolivian coca growers blocked highways to demand the repeal of the new coca law.", ("BOL", "1442", "BOL")),
        ("South Korean dock workers went on strike to demand the right to bargain collectively.",
         ("KOR", "1433", "KOR")),
        ("Indonesian students rioted in Jakarta to demand the dissolution of parliament.", ("IDN", "1454", "IDN")),
    ],
)
def test_probe13_patterns(coder, text, expected):
    events = coder(text, DAY)
    assert found(events, *expected), coded(events)


def test_protesters_attacked_by_others_are_no_riot(coder):
    events = coder("Protesters were attacked by government supporters in Caracas.", DAY)
    assert not any(e.cameo.startswith("145") for e in events), coded(events)


def test_an_army_attack_stays_an_assault(coder):
    events = coder("The Venezuelan army attacked rebel positions near the Colombian border.", DAY)
    assert any(e.cameo == "190" and key(e.source) == "VEN" for e in events), coded(events)


def test_demonstrating_for_wages_is_a_plain_demonstration(coder):
    events = coder("Workers in Seoul demonstrated for higher wages.", DAY)
    assert any(e.cameo == "141" for e in events), coded(events)


def test_a_protest_for_unspecified_reforms_keeps_its_plain_code(coder):
    events = coder("Thousands of Chileans marched in Santiago to demand reforms.", DAY)
    assert any(e.cameo == "141" and key(e.source) == "CHL" for e in events), coded(events)
    assert not any(e.root == "10" for e in events), coded(events)
