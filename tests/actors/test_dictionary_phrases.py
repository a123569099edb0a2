"""Phrases around a user's dictionary entries and shared roles: the title holder named by an
entry, adjectives between an owner and its title, and a role sharing its coordinated role's country."""

from __future__ import annotations

import pytest

from newsevents.actors import KnowledgeBase, resolve_mentions
from newsevents.actors.dictionaries import load_dictionaries
from tests.actors.conftest import mention_of

ACTORS = """\
VELDORIA [VEL]
TARQUEN [VEL]
KORVAN_MELL [VELMIL]
"""


@pytest.fixture(scope="module")
def user_kb(kb, tmp_path_factory) -> KnowledgeBase:
    """The shipped knowledge base with a user's file naming a country and two of its people."""
    path = tmp_path_factory.mktemp("dicts") / "my.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    return kb.with_dictionaries(load_dictionaries([path]))


def codes(mentions) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor.code if m.actor else None) for m in mentions]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # the entry after the title is its holder: one phrase, the title's role on the country
        ("Veldoria Prime Minister Tarquen will meet the Danish foreign minister.", "Veldoria Prime Minister Tarquen", "VELGOV"),
        # no country before the title: the holder's own entry gives it
        ("Prime Minister Tarquen arrived in Copenhagen on Monday.", "Prime Minister Tarquen", "VELGOV"),
        # an entry whose code already holds a role keeps it
        ("President Korvan Mell arrived in Copenhagen on Monday.", "President Korvan Mell", "VELMIL"),
    ],
)
def test_dictionary_entry_after_a_title_names_its_holder(parse, user_kb, text, phrase, code):
    mentions = resolve_mentions(parse(text, "2020-01-01"), user_kb)
    assert mention_of(mentions, phrase).text == phrase
    assert mention_of(mentions, phrase).actor.code == code


@pytest.mark.model
def test_dictionary_entry_alone_keeps_its_code(parse, user_kb):
    mentions = resolve_mentions(parse("Tarquen arrived in Copenhagen on Monday.", "2020-01-01"), user_kb)
    assert codes(mentions)[0] == ("Tarquen", "VEL")


@pytest.mark.model
def test_adjectives_between_an_owner_and_its_title_keep_them_one_phrase(parse, user_kb):
    text = "Veldoria's awful and ruthless minister Tarquen warned Denmark."
    mentions = resolve_mentions(parse(text, "2020-01-01"), user_kb)
    assert ("Veldoria's awful and ruthless minister Tarquen", "VELGOV") in codes(mentions)


@pytest.mark.model
def test_adjectives_between_a_country_and_its_title(resolve):
    mentions = resolve("Russia's hawkish and outspoken foreign minister warned Ukraine on Monday.")
    assert mention_of(mentions, "foreign minister").text == "Russia's hawkish and outspoken foreign minister"
    assert mention_of(mentions, "foreign minister").actor.code == "RUSGOV"


@pytest.mark.model
def test_coordinated_role_shares_the_country_of_the_first(resolve):
    mentions = resolve("Danish media and government warned Russia on Monday.")
    assert mention_of(mentions, "government").actor.code == "DNKGOV"
    assert mention_of(mentions, "Danish media").actor.code == "DNKMED"


@pytest.mark.model
def test_coordinated_role_with_its_own_article_keeps_no_country(resolve):
    mentions = resolve("Danish media and the government disagreed on Monday.")
    assert all(m.actor is None or m.actor.code != "DNKGOV" for m in mentions)
