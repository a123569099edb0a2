"""The word lists of every stage: each shipped file is read, and a malformed row is refused
with its file, line and column (`tsv.read_words` and the loaders of the stages' data.py)."""

from __future__ import annotations

import pytest

from newsevents.actors import data as actors
from newsevents.errors import DataFileError
from newsevents.events import data as events
from newsevents.ingest import data as ingest
from newsevents.nlp import data as nlp
from newsevents.tsv import read_words

# loader, a word its shipped file lists, the word column, the kind of that word (or None: no kinds)
WORD_LISTS = [
    (actors.load_place_nouns, "outskirts", "word", None),
    (actors.load_affiliation_suffixes, "backed", "word", None),
    (actors.load_stance_prefixes, "anti", "word", None),
    (actors.load_water_nouns, "sea", "word", None),
    (actors.load_name_extras, "jr.", "word", None),
    (actors.load_name_function_words, "von", "word", None),
    (actors.load_pronouns, "its", "word", "possessive"),
    (actors.load_locative_prepositions, "near", "word", "near"),
    (actors.load_qualifiers, "deputy", "word", "office"),
    (events.load_causative_verbs, "let", "lemma", None),
    (events.load_journey_verbs, "arrive", "lemma", None),
    (events.load_carrier_prepositions, "under", "word", None),
    (events.load_ethnic_markers, "ethnic", "lemma", None),
    (events.load_refusal_auxiliaries, "will", "lemma", None),
    (events.load_cargo_verbs, "carry", "lemma", None),
    (events.load_exercise_nouns, "exercise", "lemma", None),
    (events.load_slot_prepositions, "during", "word", "exercise"),
    (ingest.load_dateline_words, "updated", "word", "page"),
    (ingest.load_english_stop_words, "said", "word", None),
    (ingest.load_name_particles, "bin", "word", None),
    # lists that were files before, now checked the same way
    (nlp.load_reporting_verbs, "say", "lemma", None),
    (events.load_support_verbs, "launch", "lemma", None),
    (events.load_measure_nouns, "wave", "lemma", None),
    (events.load_same_act_marks, "when", "lemma", None),
]


def _words(loaded, kind):
    """The words of `kind` from a loader that returns them by kind, else all it returns."""
    return loaded if isinstance(loaded, frozenset) else frozenset(loaded[kind])


@pytest.mark.parametrize(("loader", "word", "column", "kind"), WORD_LISTS)
def test_word_list_shipped_file_is_read(loader, word, column, kind):
    assert word in _words(loader(), kind)


@pytest.mark.parametrize(("loader", "word", "column", "kind"), WORD_LISTS)
def test_word_list_reads_a_row(tmp_path, loader, word, column, kind):
    path = tmp_path / "words.tsv"
    header, row = ["id", column, "source"], ["w-1", "truce", "a note"]
    if kind:
        header.insert(2, "kind")
        row.insert(2, kind)
    path.write_text("# a comment\n" + "\t".join(header) + "\n" + "\t".join(row) + "\n", encoding="utf-8")
    assert _words(loader(path), kind) == frozenset({"truce"})


@pytest.mark.parametrize(("loader", "word", "column", "kind"), WORD_LISTS)
@pytest.mark.parametrize(
    ("cell", "problem"),
    [("Truce", "'Truce' is not one lower-case word"), ("peace talks", "'peace talks' is not one lower-case word"),
     ("", "empty required cell")],
)
def test_word_list_refuses_a_malformed_word(tmp_path, loader, word, column, kind, cell, problem):
    path = tmp_path / "words.tsv"
    kind_cell = f"\t{kind}" if kind else ""
    kind_column = "\tkind" if kind else ""
    path.write_text(f"id\t{column}{kind_column}\tsource\nw-1\t{cell}{kind_cell}\ta note\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        loader(path)
    assert caught.value.problems == [f"{path}:2: {column}: {problem}"]


def test_word_list_refuses_an_unknown_kind(tmp_path):
    path = tmp_path / "pronouns.tsv"
    path.write_text("id\tword\tkind\tsource\npr-it\tit\tthing\ta note\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        actors.load_pronouns(path)
    assert caught.value.problems == [
        f"{path}:2: kind: 'thing' is not one of ['body', 'group', 'person', 'possessive', 'speaker']"
    ]


def test_word_list_refuses_a_word_listed_twice(tmp_path):
    path = tmp_path / "words.tsv"
    path.write_text("id\tword\tsource\na\ttown\tone\nb\ttown\ttwo\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_words(path, "word")
    assert caught.value.problems == [f"{path}:3: word: 'town' is listed twice (line 2)"]


def test_non_state_roles_are_read_and_checked(tmp_path):
    assert {"REB", "INS"} <= actors.load_non_state_roles()
    path = tmp_path / "non_state_roles.tsv"
    path.write_text("id\trole\tsource\nns-reb\tREB\tCAMEO\nns-bad\trebels\tnot a code\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        actors.load_non_state_roles(path)
    assert len(caught.value.problems) == 1
    assert caught.value.problems[0].startswith(f"{path}:3: role: 'rebels' is not one of")


def test_qualifiers_keep_the_office_words_in_file_order(tmp_path):
    path = tmp_path / "qualifiers.tsv"
    path.write_text("id\tword\tkind\tsource\nq-vice\tvice\toffice\tx\nq-acting\tacting\toffice\tx\n", encoding="utf-8")
    assert actors.load_qualifiers(path)["office"] == ("vice", "acting")  # "Vice Acting ...", as listed


def test_every_stage_data_folder_ships_in_the_package():
    """A data folder missing from pyproject's package-data would be absent from a built wheel."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    shipped = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    folders = sorted(path.parent.name for path in (root / "src" / "newsevents").glob("*/data"))
    assert folders, "no stage data folders found"
    for stage in folders:
        assert "data/*.tsv" in shipped.get(f"newsevents.{stage}", []), stage
