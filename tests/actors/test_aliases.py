"""The alias index: names match however spaCy split them, and the table's case is enforced."""

from __future__ import annotations

import pytest

from newsevents.actors.aliases import AliasIndex, Target, fits_case, normalize_name, plural_of, split_pieces
from newsevents.records import Token


def tokens_of(*words: str) -> list[Token]:
    """Return tokens for `words` as the nlp stage would copy them (only text and offsets matter)."""
    tokens, start = [], 0
    for i, word in enumerate(words):
        tokens.append(Token(i, word, word.lower(), "PROPN", "NNP", "", i, start, start + len(word), 0))
        start += len(word) + 1
    return tokens


def test_aliases_pieces_fold_accents_quotes_and_dashes():
    assert split_pieces("Élysée") == ["Elysee"]
    assert split_pieces("Kim Jong‐un’s") == ["Kim", "Jong", "-", "un", "'", "s"]
    assert normalize_name("U.S. Secretary of State") == "u.s. secretary of state"


@pytest.mark.parametrize(
    ("form", "found", "fits"),
    [
        ("NATO", "NATO", True),
        ("NATO", "Nato", False),
        ("WHO", "Who", False),
        ("the West", "the west", False),
        ("the West", "The West", True),
        ("president", "President", True),
    ],
)
def test_aliases_case_of_the_table_is_enforced(form, found, fits):
    assert fits_case(split_pieces(form), split_pieces(found)) is fits


@pytest.mark.parametrize(
    ("noun", "plural"),
    [
        ("spokesman", "spokesmen"),
        ("secretary of state", "secretaries of state"),
        ("lawmaker", "lawmakers"),
        ("police officer", "police officers"),
        ("embassy", "embassies"),
    ],
)
def test_aliases_plural_of_role_nouns(noun, plural):
    assert plural_of(noun) == plural


def test_aliases_longest_match_wins_across_token_splits():
    index = AliasIndex()
    index.add("al-Shabaab", Target("org", "al-shabaab"))
    index.add("European Union", Target("org", "eu"))
    index.add("European", Target("region", "EUR"))
    matches = index.find(tokens_of("the", "European", "Union", "and", "al", "-", "Shabaab"))
    assert [(m.first, m.end, m.targets[0].key) for m in matches] == [(1, 3, "eu"), (4, 7, "al-shabaab")]


def test_aliases_match_must_end_where_a_token_ends():
    index = AliasIndex()
    index.add("U.S.", Target("adjective", "USA"))
    assert index.find(tokens_of("U.S.-Russia")) == []


def test_aliases_index_built_at_once_matches_one_add_each_less_the_left_out_keys():
    pairs = [(name, Target("place", str(i))) for i, name in enumerate(["Tel Aviv", "Samarra", "Reading"])]
    one_by_one = AliasIndex()
    for alias, target in pairs[:2]:
        one_by_one.add(alias, target)
    at_once = AliasIndex.of(pairs, leave_out={("reading",)})
    assert at_once.entries == one_by_one.entries and at_once.lengths == one_by_one.lengths
    found = at_once.find(tokens_of("in", "Tel", "Aviv", "and", "Reading"))
    assert [m.targets for m in found] == [(Target("place", "0"),)]
