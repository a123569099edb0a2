"""The spelling corrector: one-letter typos of long country names and demonyms, nothing else."""

import pytest

from newsevents.actors import KnowledgeBase
from newsevents.actors.data import DATA_DIR
from newsevents.actors.spelling import load_true_spellings


@pytest.fixture(scope="module")
def spelling():
    return KnowledgeBase.load().spelling


@pytest.mark.parametrize(
    "word, country",
    [
        ("Afganistan", "AFG"),  # a letter dropped
        ("Ethopia", "ETH"),
        ("Marocco", "MAR"),
        ("Venezuala", "VEN"),  # a letter changed
        ("Isreal", "ISR"),  # two letters swapped
        ("Pakisstan", "PAK"),  # a letter added
    ],
)
def test_one_letter_typo_of_a_country_is_corrected(spelling, word, country):
    assert [t.key for t in spelling.correct(word)] == [country]


@pytest.mark.parametrize(
    "word",
    [
        "Ukraine",  # spelt right
        "Orleans",  # two edits from "Koreans"
        "Columbia",  # a name of its own (true_spellings.tsv)
        "Chadd",  # the name is too short to correct towards
        "Jeremy",  # no country one edit away
        "Prussian",  # one edit from "Russian", but the first letter differs: a word of its own
        "Tyrian",  # of Tyre, not "Syrian"
    ],
)
def test_other_words_are_left_alone(spelling, word):
    assert spelling.correct(word) == ()


def test_true_spellings_file_lists_capitalised_words():
    words = load_true_spellings(DATA_DIR / "true_spellings.tsv")
    assert "Columbia" in words
    assert all(w[:1].isupper() and w.isalpha() for w in words)


def test_misspelt_country_in_a_sentence_is_resolved(analyzer):
    from newsevents.actors import resolve_mentions
    from newsevents.nlp import analyze
    from tests.helpers import make_article

    kb = KnowledgeBase.load()
    mentions = resolve_mentions(analyze(make_article("India turned down a new proposal from Afganistan for a summit."), analyzer), kb)
    assert {m.text: m.actor.code for m in mentions if m.actor}.get("Afganistan") == "AFG"
