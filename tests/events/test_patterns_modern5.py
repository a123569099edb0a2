"""Rules found by a fifth probe of 2015-2025 wire news (MODERN5: the wars in Ukraine, Gaza,
Lebanon, Sudan and the Sahel, the Taiwan Strait and the South China Sea, sanctions, tariffs,
protests, court warrants, summits of several parties): a joint act of three or more parties
coded once per party, not once per pair; people named by their nationality released; a town put
in the country the text names for it; a district's country from its possessor; a span of time
measuring out talks; an event only remembered on its anniversary; and word patterns for strikes,
street protests, airdrops, handed arms, inquiries, rejected sovereignty claims, vowed punishment,
arrest warrants and forced entries.

The sentences are written for these tests, not taken from the gold sets.
"""

import datetime as dt

import pytest

from tests.events.test_patterns import coded, found, key

pytestmark = pytest.mark.model

DAY = dt.date(2023, 3, 17)


@pytest.mark.parametrize(
    "text, expected",
    [
        # patterns.tsv: walking off the job is a strike (143)
        ("Thousands of nurses walked off the job in Nairobi on Monday over unpaid wages.", ("KEN", "143", "KEN")),
        # patterns.tsv: crowds pouring into or onto the streets demonstrate (141)
        ("Tens of thousands of Serbians poured into the streets of Belgrade on Saturday.", ("SRB", "141", "SRB")),
        # patterns.tsv: food parcels dropped over a place are humanitarian aid (073)
        ("Polish military planes dropped food parcels over the flooded villages of Ukraine.", ("POL", "073", "UKR")),
        # patterns.tsv: weapons handed to a country are military aid (072)
        ("France handed Ukraine a Mamba air defence system on Friday.", ("FRA", "072", "UKR")),
        # patterns.tsv: a claim of sovereignty rejected is a rejection (120), not a denied accusation (016)
        ("Vietnam rejected China's claim of sovereignty over the Paracel Islands.", ("VNM", "120", "CHN")),
        ("Manila rejected Beijing's claim of sovereignty over the shoal.", ("PHL", "120", "CHN")),
        # patterns.tsv: vowing that another will be punished is a threat of force (138)
        ("Pakistan's army chief vowed that India would be punished for the strikes.", ("PAK", "138", "IND")),
        # patterns.tsv: an arrest warrant issued for someone is legal action against them (173)
        ("The International Criminal Court issued an arrest warrant for Russian President Vladimir Putin on Friday.",
         ("ICC", "173", "RUS")),
        # patterns.tsv: "pressed Y for Z" presses Y (100)
        ("Ukrainian officials pressed Washington for more air defence systems on Tuesday.", ("UKR", "100", "USA")),
        # coder.py: people named by their nationality are nationals released (0841)
        ("Iran released four Britons on Monday.", ("IRN", "0841", "GBR")),
        ("Venezuela freed two detained Colombians and released three Americans on Friday.", ("VEN", "0841", "USA")),
        # resolve.py: a town is in the country the text names for it, not the gazetteer's namesake
        ("Jihadists killed 14 soldiers near the town of Fada in eastern Burkina Faso on Friday.", ("BFA", "1823", "BFA")),
        # slots.py: "in Pakistan's Kurram district" happened in Pakistan
        ("A roadside bomb killed nine soldiers in Pakistan's Kurram district on Monday.", ("PAK", "18", "PAK")),
        # clause.py: "two hours of talks" are talks held
        ("Modi and Xi held two hours of talks in Kazan on Wednesday.", ("IND", "040", "CHN")),
    ],
)
def test_modern5_patterns(coder, text, expected):
    events = coder(text, DAY)
    assert found(events, *expected), coded(events)


def test_joint_act_of_three_parties_is_one_event_per_party(coder):
    events = coder("Leaders of Brazil, India and South Africa held talks in Johannesburg on Tuesday.", DAY)
    talks = [e for e in events if e.cameo == "040"]
    assert sorted(key(e.source) for e in talks) == ["BRA", "IND", "ZAF"], coded(events)
    assert all(key(e.target) not in (None, key(e.source)) for e in talks), coded(events)


def test_joint_exercise_of_four_navies_is_four_events(coder):
    events = coder("The navies of France, Italy, Greece and Egypt held joint exercises in the Mediterranean.", DAY)
    drills = [e for e in events if e.cameo == "062"]
    assert sorted(key(e.source) for e in drills) == ["EGY", "FRA", "GRC", "ITA"], coded(events)


def test_two_parties_still_act_on_each_other(coder):
    events = coder("Japan and Australia held talks in Tokyo on Monday.", DAY)
    assert found(events, "JPN", "040", "AUS") and found(events, "AUS", "040", "JPN"), coded(events)


def test_town_in_the_named_country_takes_the_country(coder):
    events = coder("Gunmen torched houses in the village of Solhan in Burkina Faso on Thursday.", DAY)
    assert events and all(key(e.source) == "BFA" and key(e.target) == "BFA" for e in events), coded(events)


def test_an_anniversary_of_an_invasion_codes_no_invasion(coder):
    events = coder("Britain imposed new sanctions on Moscow on the first anniversary of Russia's invasion of Ukraine.", DAY)
    assert found(events, "GBR", "163", "RUS"), coded(events)
    assert not any(e.root in ("18", "19") for e in events), coded(events)


def test_forcing_ones_way_in_is_no_coercion(coder):
    events = coder("Ecuadorean police forced their way into the embassy to detain the former minister.", DAY)
    assert not any(e.cameo == "170" for e in events), coded(events)


def test_forcing_an_actor_to_act_is_still_coercion(coder):
    events = coder("Rwanda forced Burundi to close the border crossing.", DAY)
    assert found(events, "RWA", "170", "BDI"), coded(events)


def test_an_order_to_ones_own_troops_is_the_withdrawal_alone(coder):
    events = coder("Moscow ordered its forces to withdraw from the island on Thursday.", DAY)
    assert any(e.cameo == "0874" and e.status == "planned" for e in events), coded(events)
    assert not any(e.root == "03" for e in events), coded(events)


def test_a_withdrawal_said_to_come_is_still_an_intent(coder):
    events = coder("Israel will withdraw its troops from the town next week.", DAY)
    assert any(e.cameo == "0356" for e in events), coded(events)
