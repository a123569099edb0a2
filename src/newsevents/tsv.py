"""Read the project's TSV data files: a header row, `#` comments, every problem reported."""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable, Iterable
from pathlib import Path

from newsevents.errors import DataFileError


class Row(dict):
    """One data row: column -> value, plus where it came from for error messages."""

    path: str = ""
    line: int = 0

    def where(self, column: str) -> str:
        return f"{self.path}:{self.line}: {column}"


def read_tsv(path: Path | str, required: Iterable[str] = ("id",)) -> list[Row]:
    """Return the rows of a TSV file; raise one DataFileError listing every malformed row.

    The header is the first line that is neither blank nor a `#` comment. Empty cells
    become "". Duplicate `id`s are an error because events cite rows by id.
    """
    path = Path(path)
    problems: list[str] = []
    rows: list[Row] = []
    header: list[str] | None = None
    seen_ids: dict[str, int] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line_no, line in enumerate(handle, start=1):
            text = line.rstrip("\n").rstrip("\r")
            if not text.strip() or text.lstrip().startswith("#"):
                continue
            if header is None:
                header = next(csv.reader([text], delimiter="\t"))
                missing = [c for c in required if c not in header]
                if missing:
                    problems.append(f"{path}:{line_no}: header: missing columns {missing}")
                continue
            cells = text.split("\t")
            if len(cells) > len(header):
                problems.append(f"{path}:{line_no}: row: {len(cells)} cells, header has {len(header)}")
                continue
            row = Row(zip(header, [c.strip() for c in cells] + [""] * (len(header) - len(cells))))
            row.path, row.line = str(path), line_no
            for column in required:
                if not row.get(column):
                    problems.append(f"{row.where(column)}: empty required cell")
            row_id = row.get("id")
            if row_id:
                if row_id in seen_ids:
                    problems.append(f"{row.where('id')}: duplicate id {row_id!r} (line {seen_ids[row_id]})")
                seen_ids[row_id] = line_no
            rows.append(row)
    if header is None:
        problems.append(f"{path}:1: header: file has no header row")
    if problems:
        raise DataFileError(problems)
    return rows


def read_words(path: Path | str, column: str = "lemma", kinds: Iterable[str] = ()) -> list[Row]:
    """Return the rows of a word list: one lower-case word per row in `column`, with an `id`
    and a `source`; raise one DataFileError listing every malformed row.

    With `kinds`, each row also has a `kind` column that must be one of them. A word listed
    twice (of the same kind) is an error: a reader would not know which row counts.
    """
    kinds = tuple(kinds)
    required = ("id", column, "source") + (("kind",) if kinds else ())
    rows = read_tsv(path, required=required)
    problems: list[str] = []
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        word = row[column]
        if not word:
            continue  # read_tsv has reported the empty cell
        if word != word.lower() or len(word.split()) != 1:
            problems.append(f"{row.where(column)}: {word!r} is not one lower-case word")
        if kinds and row["kind"] and row["kind"] not in kinds:
            problems.append(f"{row.where('kind')}: {row['kind']!r} is not one of {sorted(kinds)}")
        key = (word, row.get("kind", ""))
        if key in seen:
            problems.append(f"{row.where(column)}: {word!r} is listed twice (line {seen[key]})")
        seen[key] = row.line
    if problems:
        raise DataFileError(problems)
    return rows


def read_word_set(path: Path | str, column: str = "lemma", kinds: Iterable[str] = ()) -> frozenset[str]:
    """Return the words of a word list (see `read_words`), whatever their kind."""
    return frozenset(row[column] for row in read_words(path, column, kinds))


def word_list_loader(default: Path, column: str = "lemma", kinds: Iterable[str] = ()) -> Callable[..., frozenset[str]]:
    """Return a loader of the word list at `default` (or at the path it is given): the words of
    `read_word_set`, read once per path and kept for the process."""
    kinds = tuple(kinds)

    @functools.cache
    def load(path: Path = default) -> frozenset[str]:
        return read_word_set(path, column, kinds)

    load.__doc__ = f"Return the words of {default.name} (its header says what they do)."
    return load
