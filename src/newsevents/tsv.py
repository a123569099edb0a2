"""Read the project's TSV data files: a header row, `#` comments, every problem reported."""

from __future__ import annotations

import csv
from collections.abc import Iterable
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
