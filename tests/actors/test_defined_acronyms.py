"""An acronym the text defines in parentheses right after a name names the name's actor."""

from __future__ import annotations

import pytest

from newsevents.actors import KnowledgeBase, resolve_mentions
from newsevents.actors.dictionaries import load_dictionaries
from tests.actors.conftest import mention_of

ACTORS = "AFRICAN_UNION [IGOAFU]\nNORTHERN_RIVERS_COMPACT [NRC]\n"


@pytest.fixture(scope="module")
def user_kb(kb, tmp_path_factory) -> KnowledgeBase:
    path = tmp_path_factory.mktemp("dicts") / "mine.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    return kb.with_dictionaries(load_dictionaries([path]))


def test_acronym_in_parentheses_takes_the_user_entry_of_its_name(parse, user_kb):
    # the shipped tables know "AU"; the user's dictionary names only the full name
    mentions = resolve_mentions(parse("Kenya signed a grain accord with the African Union (AU) in Nairobi."), user_kb)
    assert mention_of(mentions, "AU").actor.code == "IGOAFU"


def test_acronym_in_parentheses_unknown_to_any_table_takes_its_name(parse, user_kb):
    mentions = resolve_mentions(parse("The Northern Rivers Compact (NRC) rejected the dam plan on Tuesday."), user_kb)
    assert mention_of(mentions, "NRC").actor.code == "NRC"


def test_bracketed_word_that_is_no_acronym_of_the_name_keeps_its_own_actor(resolve):
    mentions = resolve("Iraq (AFP) rejected the demand on Tuesday.")
    assert all(m.actor is None or m.actor.code != "IRQ" for m in mentions if m.text == "AFP")
