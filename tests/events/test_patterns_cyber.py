"""Patterns of cyber attacks and defacement. CAMEO 1.1b3 has no cyber code; the PLOVER 0.8 manual
codes hacking, security breaches and website attacks as COERCE (its "cyber" mode), CAMEO 170/171.

The sentences are written for these tests, not taken from the gold sets.
"""

import pytest

from tests.events.test_patterns import coded, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iranian hackers defaced Israeli government websites on Sunday.", ("IRN", "171", "ISR")),
        ("Russian hackers hacked the German parliament's computers.", ("RUS", "170", "DEU")),
        ("Russia launched a cyberattack on Estonia.", ("RUS", "170", "EST")),
        ("Chinese hackers carried out cyber attacks against Taiwan.", ("CHN", "170", "TWN")),
        # "cyber" tagged as an adjective, not a noun modifier
        ("Russian hackers launched a massive cyber attack on Estonian government websites.", ("RUS", "170", "EST")),
    ],
)
def test_cyber_attacks_are_coercion(coder, text, expected):
    events = coder(text)
    assert found(events, *expected), coded(events)
    assert all(e.plover == "COERCE" for e in events), coded(events)


@pytest.mark.model
def test_defacing_a_statue_damages_property(coder):
    events = coder("Protesters defaced a statue of the Turkish president in Athens.")
    assert [e.cameo for e in events] == ["171"], coded(events)


@pytest.mark.model
def test_hacked_to_death_is_a_killing_not_a_cyber_attack(coder):
    events = coder("Hutu militiamen hacked Tutsi villagers to death in Rwanda.")
    assert [e.cameo for e in events] == ["1823"], coded(events)
