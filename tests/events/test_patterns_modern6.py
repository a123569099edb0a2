"""Rules found by a sixth probe of dated 2015-2025 news: laws repealed or struck down by a court
(a concession, not an attack), troops that "came to blows" (a clash), people seized by armed
bands (an abduction, and bandits and kidnappers as criminals), a bailout approved (economic
aid), an apology phrased as asking for forgiveness, a suspect extradited "from" the state that
hands him over, and a patrol or sortie "flown" by the crews that carry it out.

The sentences are written for these tests, not taken from the gold sets.
"""

import datetime as dt

import pytest

from tests.events.test_patterns import coded, found

pytestmark = pytest.mark.model

DAY = dt.date(2020, 1, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        # patterns.tsv: a law repealed or rescinded is a policy given up (0832, CONCEDE), at home
        ("Kenya's parliament repealed the controversial finance law on Thursday.", ("KEN", "0832", "KEN")),
        ("The Chilean government rescinded the decree on water rights after weeks of protests.",
         ("CHL", "0832", "CHL")),
        # patterns.tsv: a court striking down a ban or law eases a restriction (081), no attack (190)
        ("Brazil's Supreme Court struck down the ban on opposition rallies.", ("BRA", "081", "BRA")),
        ("The Ugandan constitutional court struck down the law on Wednesday.", ("UGA", "081", "UGA")),
        # patterns.tsv: "came to blows" is a clash, each side on the other
        ("Soldiers from Armenia and Azerbaijan came to blows near the border on Monday.", ("ARM", "190", "AZE")),
        ("Kyrgyz border guards came to blows with Tajik troops on Friday.", ("KGZ", "190", "TJK")),
        # patterns.tsv + roles.tsv: people seized by gunmen or bandits are abducted (181), not property
        ("Bandits seized 40 students from a college in northern Nigeria on Friday.", ("NGA", "181", "NGA")),
        ("Gunmen seized a dozen passengers from a bus in Iraq on Sunday.", ("IRQ", "181", "IRQ")),
        # patterns.tsv: an approved bailout is economic aid (071)
        ("The European Union approved a bailout for Greece on Monday.", ("EU", "071", "GRC")),
        # patterns.tsv: asking for forgiveness is an apology (055), not an appeal (020)
        ("Belgium's king asked Congo for forgiveness for the crimes of the colonial era.", ("BEL", "055", "COD")),
        ("The Dutch prime minister begged Indonesia for forgiveness for the massacres.", ("NLD", "055", "IDN")),
        # patterns.tsv: a suspect extradited from a state is handed over by that state (063)
        ("A former Honduran minister was extradited from Spain to Honduras on Tuesday.", ("ESP", "063", "HND")),
        # patterns.tsv: people filling the streets are demonstrating (141), at home
        ("Thousands of Kenyans filled the streets of Nairobi on Tuesday.", ("KEN", "141", "KEN")),
        # support_verbs.tsv: those who fly a joint patrol carry it out
        ("Japanese and American fighter jets flew a joint patrol over the East China Sea.", ("JPN", "062", "USA")),
    ],
)
def test_modern6_patterns(coder, text, expected):
    events = coder(text, DAY)
    assert found(events, *expected), coded(events)


def test_struck_down_law_is_no_attack(coder):
    events = coder("Brazil's Supreme Court struck down the ban on opposition rallies.", DAY)
    assert not any(e.cameo.startswith("19") for e in events), coded(events)


def test_seized_weapons_stay_a_seizure(coder):
    events = coder("Police in Mexico seized 40 rifles from a cartel warehouse.", DAY)
    assert not any(e.cameo == "181" for e in events), coded(events)
