from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import DataFileError
from newsevents.ingest.data import (
    DATA_DIR,
    load_boilerplate,
    load_credit_patterns,
    load_ingest_tables,
    load_outlets,
)

OUTLETS_HEADER = "id\tname\taliases\tsource\n"
BOILERPLATE_HEADER = "id\tmatch\trole\tcue\tsource\n"
CREDITS_HEADER = "id\tpattern\texample\tsource\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "table.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_data_shipped_tables_load():
    tables = load_ingest_tables()
    assert len(tables.outlets.outlets) >= 30
    assert {"RFE/RL", "Reuters", "AP", "AFP", "BBC"} <= {o.name for o in tables.outlets.outlets}
    assert {"drop", "caption", "end"} == {cue.role for cue in tables.boilerplate}
    assert tables.credits


@pytest.mark.parametrize("name", ["boilerplate.tsv", "credits.tsv", "outlets.tsv"])
def test_data_shipped_rows_are_sorted_and_sourced(name):
    rows = [
        line.split("\t") for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ][1:]
    ids = [row[0] for row in rows]
    assert ids == sorted(ids)
    assert all(row[-1].strip() for row in rows)


@pytest.mark.parametrize(
    ("loader", "text", "problem"),
    [
        (load_boilerplate, BOILERPLATE_HEADER + "a\tmiddle\tdrop\tMenu\tweb\n", "'middle' is not one of"),
        (load_boilerplate, BOILERPLATE_HEADER + "a\tline\tkeep\tMenu\tweb\n", "'keep' is not one of"),
        (load_boilerplate, BOILERPLATE_HEADER + "b\tline\tdrop\tMenu\tweb\na\tline\tdrop\tHome\tweb\n", "out of order"),
        (load_credit_patterns, CREDITS_HEADER + "a\treporting (by\tReporting by X\tweb\n", "not a regular expression"),
        (load_credit_patterns, CREDITS_HEADER + "a\treporting by (?P<who>.+)\tReporting by X\tweb\n", "unknown named groups"),
        (load_credit_patterns, CREDITS_HEADER + "a\treporting by (?P<names>.+)\tEdited by X\tweb\n", "does not match its example"),
        (load_outlets, OUTLETS_HEADER + "a\tAP\t\tweb\nb\tBBC\tAP\tweb\n", "'AP' already names 'a'"),
        (load_outlets, OUTLETS_HEADER + "a\tAP\t\t\n", "empty required cell"),
    ],
)
def test_data_bad_row_is_reported_with_its_line(tmp_path, loader, text, problem):
    path = write(tmp_path, "# a comment\n" + text)
    with pytest.raises(DataFileError) as caught:
        loader(path)
    assert any(problem in p and p.startswith(f"{path}:") for p in caught.value.problems)


def test_data_every_problem_is_listed_at_once(tmp_path):
    path = write(tmp_path, BOILERPLATE_HEADER + "b\tmiddle\tdrop\tMenu\tweb\na\tline\tkeep\tHome\tweb\n")
    with pytest.raises(DataFileError) as caught:
        load_boilerplate(path)
    assert [p.split(": ", 1)[0] for p in caught.value.problems] == [f"{path}:3", f"{path}:2", f"{path}:3"]
