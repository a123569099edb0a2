"""The CAMEO codebook: the shipped file validates, matches the reference facts, and bad files fail."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsevents.errors import DataFileError
from newsevents.events.codebook import CameoCode, Codebook, load_codebook, quad_class_of_root

BAD = Path(__file__).parent / "data" / "bad"


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_codebook()


def read_reference_pairs(path: Path) -> dict[str, str]:
    """Return code -> value of a two-column GDELT reference file, without its quad-class rows."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    pairs = (line.split("\t") for line in lines if line.strip())
    return {code.strip(): value.strip() for code, value in pairs if len(code.strip()) >= 2}


def read_reference_plover(path: Path) -> dict[str, set[tuple[str, str]]]:
    """Return code -> {(type, mode)} of CAMEO2PLOVER-2021.txt (root 08 is listed twice)."""
    table: dict[str, set[tuple[str, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d+):\s*([^#]*)", line)
        if match:
            parts = [p.strip() for p in match.group(2).split(",")] + [""]
            table.setdefault(match.group(1), set()).add((parts[0], parts[1]))
    return table


def test_codebook_shipped_file_validates(codebook):
    assert len(codebook) == 311
    roots = {c.code for c in codebook if len(c.code) == 2}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_codebook_get_returns_the_facts_of_a_code(codebook):
    assert codebook.get("041") == CameoCode(
        code="041",
        name="Discuss by telephone",
        goldstein=1.0,
        quad_class=1,
        plover="CONSULT",
        plover_mode="phone",
        source="CAMEO 1.1b3; Goldstein (GDELT); PLOVER 2021",
    )


def test_codebook_root_returns_the_root_entry(codebook):
    assert codebook.root("0234").code == "02"
    assert codebook.root("0234").name == "APPEAL"
    assert codebook.get("0234").root == "02"


def test_codebook_leading_zeros_matter(codebook):
    assert "041" in codebook
    assert "41" not in codebook
    assert 41 not in codebook
    with pytest.raises(KeyError, match="codes are strings"):
        codebook.get(41)


def test_codebook_unknown_code_names_it(codebook):
    with pytest.raises(KeyError, match="unknown CAMEO event code '999'"):
        codebook.get("999")
    with pytest.raises(KeyError, match="'999'"):
        codebook.root("999")


def test_codebook_dropped_plover_categories_have_no_type(codebook):
    assert codebook.get("010").plover is None
    assert codebook.get("0234").plover is None
    assert codebook.get("036").plover == "AGREE"


@pytest.mark.parametrize(
    ("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("09", 2), ("10", 3), ("14", 3), ("15", 4), ("20", 4)]
)
def test_codebook_quad_class_of_root(root, quad):
    assert quad_class_of_root(root) == quad


@pytest.mark.parametrize("root", ["00", "21", "4", "041", "ab"])
def test_codebook_quad_class_of_non_root_is_none(root):
    assert quad_class_of_root(root) is None


def test_codebook_every_code_has_its_root_quad_class(codebook):
    for code in codebook:
        assert code.quad_class == quad_class_of_root(code.root), code.code


def test_codebook_matches_reference_codes_names_and_goldstein(codebook, shared_path):
    names = read_reference_pairs(shared_path("reference/cameo-eventcodes.tsv"))
    scores = read_reference_pairs(shared_path("reference/cameo-goldstein.tsv"))
    assert {c.code for c in codebook} == set(names) == set(scores)
    for code, name in names.items():
        assert codebook.get(code).name == name
        assert codebook.get(code).goldstein == float(scores[code]), code


def test_codebook_matches_reference_plover_types(codebook, shared_path):
    table = read_reference_plover(shared_path("reference/CAMEO2PLOVER-2021.txt"))
    names = read_reference_pairs(shared_path("reference/cameo-eventcodes.tsv"))
    for code, choices in table.items():
        if code in names and "PLOVER manual 3." in codebook.get(code).source:
            assert "the 2021 table says" in codebook.get(code).source, code  # a divergence is named
        elif code in names:
            assert (codebook.get(code).plover, codebook.get(code).plover_mode or "") in choices, code
        else:  # the PLOVER table lists a few codes CAMEO does not have (1213, 1214)
            assert code not in codebook


def test_codebook_follows_the_plover_manual_where_it_names_the_act(codebook):
    """The manual's category texts: lifting a curfew is a verbal concession (3.4), a
    resignation a retreat (3.7, mode resign), international sanctions a reduction of relations
    (3.13, mode discontinue), whatever the conversion table says."""
    assert codebook.get("0813").plover == codebook.get("0814").plover == "CONCEDE"
    assert (codebook.get("0831").plover, codebook.get("0831").plover_mode) == ("RETREAT", "resign")
    assert (codebook.get("163").plover, codebook.get("163").plover_mode) == ("SANCTION", "discontinue")
    assert codebook.get("0841").plover == "RETREAT"  # a release stays where the table puts it
    assert codebook.get("172").plover == "COERCE"  # administrative sanctions too


def test_codebook_codes_missing_from_plover_table_inherit_or_are_dropped(codebook, shared_path):
    table = read_reference_plover(shared_path("reference/CAMEO2PLOVER-2021.txt"))
    for entry in codebook:
        if entry.code in table:
            continue
        parents = [entry.code[:n] for n in range(len(entry.code) - 1, 1, -1) if entry.code[:n] in table]
        if parents:
            assert entry.plover == codebook.get(parents[0]).plover, entry.code
            assert f"inherited from {parents[0]}" in entry.source
        else:
            assert entry.plover is None and entry.root in {"01", "02"}, entry.code
            assert "PLOVER drops" in entry.source


@pytest.mark.parametrize(
    ("name", "where", "message"),
    [
        ("code_not_digits.tsv", "4: id", "is not a CAMEO code"),
        ("code_too_long.tsv", "5: id", "is not a CAMEO code"),
        ("parent_missing.tsv", "3: id", "parent code '04' of '042' is missing"),
        ("goldstein_out_of_range.tsv", "4: goldstein", "outside [-10, 10]"),
        ("goldstein_not_number.tsv", "4: goldstein", "is not a number"),
        ("quad_class_wrong.tsv", "4: quad_class", "root 04 is quad class 1"),
        ("root_unknown.tsv", "3: id", "not a CAMEO root"),
        ("plover_empty.tsv", "4: plover", "empty required cell"),
        ("plover_unknown.tsv", "4: plover", "'CHAT' is not a PLOVER event type"),
        ("mode_column_missing.tsv", "3: plover_mode", "no such column"),
    ],
)
def test_codebook_bad_file_names_the_line(name, where, message):
    with pytest.raises(DataFileError) as caught:
        load_codebook(BAD / name)
    assert [p for p in caught.value.problems if p.startswith(f"{BAD / name}:{where}:") and message in p]


def test_codebook_bad_file_lists_every_problem():
    path = BAD / "several_problems.tsv"
    with pytest.raises(DataFileError) as caught:
        load_codebook(path)
    wheres = [p.removeprefix(f"{path}:").split(": ")[:2] for p in caught.value.problems]
    assert wheres == [["4", "goldstein"], ["4", "quad_class"], ["5", "id"]]
