"""Patterns of military moves short of fighting: exercises and war games, deployments of
peacekeepers, withdrawals carried by a support verb, and preparations for an attack.

The sentences are written for these tests, not taken from the gold sets. Each row names the
source country, the CAMEO code and the target country, as in test_patterns.py.
"""

import pytest

from tests.events.test_patterns import coded, found, key


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # PLOVER manual 3.14.1: joint operations are COOPERATE, single-country exercises MOBILIZE
        ("Russian warships held war games with the Iranian navy in the Gulf of Oman.", ("RUS", "062", "IRN")),
        ("Egypt held joint maneuvers with Saudi Arabia.", ("EGY", "062", "SAU")),
        ("Egyptian and Saudi troops held joint war-games with Jordan.", ("SAU", "062", "JOR")),
        ("North Korea staged war games near the South Korean border on Tuesday.", ("PRK", "150", "KOR")),
        # an adjective says the exercise is joint: the coordinated sources cooperate with each other
        ("Egypt and Jordan held joint military exercises in the Red Sea.", ("JOR", "062", "EGY")),
        ("Russia and China held combined naval drills in the Sea of Japan.", ("RUS", "062", "CHN")),
        ("Russian and Belarusian troops began joint war games near the Polish border.", ("BLR", "062", "RUS")),
    ],
)
def test_war_games_and_joint_maneuvers(coder, text, expected):
    events = coder(text)
    assert found(events, *expected), coded(events)


@pytest.mark.model
def test_war_games_of_one_country_are_no_cooperation(coder):
    events = coder("North Korea staged war games near the South Korean border on Tuesday.")
    assert not [e for e in events if e.cameo == "062"], coded(events)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "China and Russia held naval drills in the East China Sea on Monday.",
        "Indian and French warships began a week of naval war games in the Arabian Sea.",
    ],
)
def test_war_games_of_coordinated_countries_are_held_together(coder, text):
    events = coder(text)
    pairs = {(e.source.country, e.target.country) for e in events if e.cameo == "062" and e.target}
    assert len(pairs) == 2 and all(a != b for a, b in pairs), coded(events)


@pytest.mark.model
def test_a_game_that_is_no_war_game_codes_nothing(coder):
    assert not coder("Thai students played computer games with Laotian children.")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pakistan began the deployment of peacekeepers in Sudan.", ("PAK", "074", "SDN")),
        ("Ireland announced the deployment of peacekeepers to Lebanon.", ("IRL", "074", "LBN")),
    ],
)
def test_deployment_of_peacekeepers_is_peacekeeping(coder, text, expected):
    events = coder(text)
    assert found(events, *expected), coded(events)
    assert not [e for e in events if e.root == "15"], coded(events)  # not a mobilisation


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # the support verb lends its subject to the noun event ("completed *their* withdrawal")
        ("Germany completed its withdrawal from Afghanistan.", ("DEU", "0874", "AFG")),
        ("Israel began its pullout from Gaza on Monday.", ("ISR", "0874", "PSE")),
    ],
)
def test_withdrawal_noun_carried_by_a_support_verb(coder, text, expected):
    events = coder(text)
    assert found(events, *expected), coded(events)


@pytest.mark.model
def test_condemned_withdrawal_is_not_the_condemner_s(coder):
    # "condemn" is no support verb: the withdrawal is not Iran's
    events = coder("Iran condemned the withdrawal from Syria.")
    assert not [e for e in events if e.cameo == "0874" and key(e.source) == "IRN"], coded(events)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # CAMEO 15: moves short of the use of force; readying an attack is a force posture
        ("The Serbian army prepared to storm the Kosovar village.", ("SRB", "152", "XKX")),
        ("The Turkish army was preparing to attack Kurdish rebels in northern Iraq.", ("TUR", "152", "IRQ")),
        ("Azerbaijan is preparing an offensive against Armenian forces.", ("AZE", "152", "ARM")),
    ],
)
def test_preparing_an_attack_is_a_force_posture(coder, text, expected):
    events = coder(text)
    assert found(events, *expected), coded(events)


@pytest.mark.model
def test_preparing_a_visit_is_no_force_posture(coder):
    events = coder("Lebanon is preparing to host the Syrian president.")
    assert found(events, "LBN", "036", "SYR"), coded(events)
    assert not [e for e in events if e.root == "15"], coded(events)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("India prepared to send relief supplies to Nepal.", ("IND", "070", "NPL")),
        ("Kuwaiti charities delivered medical supplies to Iraqi hospitals.", ("KWT", "070", "IRQ")),
    ],
)
def test_supplies_sent_or_delivered_are_aid(coder, text, expected):
    events = coder(text)
    assert found(events, *expected), coded(events)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # who arrives decides: peacekeepers keep the peace (074), troops are deployed (154),
        # officials visit (042)
        ("UN peacekeepers arrived in South Sudan on Monday.", ("UN", "074", "SSD")),
        ("A first batch of Indian peacekeepers arrived in Lebanon on Tuesday.", ("IND", "074", "LBN")),
        ("Nigerian peacekeeping troops arrived in Liberia on Sunday.", ("NGA", "074", "LBR")),  # the troops' modifier
        ("American troops arrived in Kuwait on Friday.", ("USA", "154", "KWT")),
        ("The Russian foreign minister arrived in Beijing for talks.", ("RUS", "042", "CHN")),
        # the commander names an actor himself: his "of" phrase does not say who arrived
        ("The commander of the UN peacekeepers arrived in Kinshasa for talks.", ("UN", "042", "COD")),
    ],
)
def test_arrival_is_coded_by_who_arrives(coder, text, expected):
    events = coder(text)
    assert [(key(e.source), e.cameo, key(e.target)) for e in events] == [expected], coded(events)
