"""The CAMEO event codebook: what each event code means and how it scores.

Every coded event cites a CAMEO code ("041", "Discuss by telephone"); the codebook supplies the
facts the event record carries beside it: the root ("04"), the Goldstein score, the GDELT quad
class and the PLOVER event type and mode. The facts live in `data/cameo_codes.tsv`, a file for
people to read; this module loads and checks it, and is the only place that knows its columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsevents.errors import DataFileError
from newsevents.tsv import Row, read_tsv

DATA_DIR = Path(__file__).parent / "data"
CODEBOOK_PATH = DATA_DIR / "cameo_codes.tsv"

COLUMNS = ("id", "name", "goldstein", "quad_class", "plover", "plover_mode", "source")
# plover_mode may be empty, so read_tsv must not require a value in it.
REQUIRED = tuple(c for c in COLUMNS if c != "plover_mode")

# The 16 event types of the PLOVER manual (draft 0.8, chapter 3).
PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST "
    "ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
)
# What the file says for CAMEO 01 and 02, which PLOVER dropped (manual, table 7.1).
PLOVER_DROPPED = "DROPPED"

CODE_PATTERN = re.compile(r"[0-9]{2,4}")
GOLDSTEIN_RANGE = (-10.0, 10.0)


def quad_class_of_root(root: str) -> int | None:
    """Return GDELT's quad class of a root code ("04" -> 1), or None if `root` is no CAMEO root.

    1 verbal cooperation (01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14),
    4 material conflict (15-20).
    """
    if not (len(root) == 2 and root.isdigit() and 1 <= int(root) <= 20):
        return None
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 9 else 3 if number <= 14 else 4


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code and its facts; `plover` is None where PLOVER dropped the category."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    source: str

    @property
    def root(self) -> str:
        """Return the two-digit root code ("0234" -> "02")."""
        return self.code[:2]


class Codebook:
    """Every CAMEO event code, looked up by its string code ("0234", never 234)."""

    def __init__(self, codes: Iterable[CameoCode]):
        self._codes = {c.code: c for c in codes}

    def get(self, code: str) -> CameoCode:
        """Return the entry for `code`; a KeyError names the code and why it is unknown."""
        try:
            return self._codes[code]
        except (KeyError, TypeError):
            hint = "" if isinstance(code, str) else " (codes are strings: leading zeros matter)"
            raise KeyError(f"unknown CAMEO event code {code!r}{hint}") from None

    def root(self, code: str) -> CameoCode:
        """Return the root entry of `code` ("0234" -> the entry for "02", APPEAL)."""
        return self.get(self.get(code).root)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._codes

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)


def load_codebook(path: Path | str | None = None) -> Codebook:
    """Return the codebook in `path` (the shipped file by default), checked row by row.

    Raises one DataFileError listing every problem as `path:line: column: message`.
    """
    path = Path(path) if path else CODEBOOK_PATH
    rows = read_tsv(path, required=REQUIRED)
    problems = _check_header(path, rows)
    known = {row["id"] for row in rows}
    codes = []
    for row in rows:
        row_problems = _check_row(row, known)
        problems += row_problems
        if not row_problems:
            codes.append(_parse_row(row))
    if problems:
        raise DataFileError(problems)
    return Codebook(codes)


def _check_header(path: Path, rows: list[Row]) -> list[str]:
    """Return a problem if the optional plover_mode column is absent (a typo would hide modes)."""
    if rows and "plover_mode" not in rows[0]:
        return [f"{path}:{rows[0].line}: plover_mode: no such column in the header"]
    return []


def _check_row(row: Row, known: set[str]) -> list[str]:
    """Return the problems of one row: code shape, parent, score, quad class, PLOVER type."""
    code = row["id"]
    if not CODE_PATTERN.fullmatch(code):
        return [f"{row.where('id')}: {code!r} is not a CAMEO code (2 to 4 digits)"]
    problems = []
    if len(code) > 2 and code[:-1] not in known:
        problems.append(f"{row.where('id')}: parent code {code[:-1]!r} of {code!r} is missing")
    problems += _check_goldstein(row)
    problems += _check_quad_class(row)
    plover = row["plover"]
    if plover not in PLOVER_TYPES and plover != PLOVER_DROPPED:
        problems.append(f"{row.where('plover')}: {plover!r} is not a PLOVER event type")
    return problems


def _check_goldstein(row: Row) -> list[str]:
    low, high = GOLDSTEIN_RANGE
    try:
        score = float(row["goldstein"])
    except ValueError:
        return [f"{row.where('goldstein')}: {row['goldstein']!r} is not a number"]
    if not low <= score <= high:
        return [f"{row.where('goldstein')}: {score} is outside [{low:g}, {high:g}]"]
    return []


def _check_quad_class(row: Row) -> list[str]:
    expected = quad_class_of_root(row["id"][:2])
    if expected is None:
        return [f"{row.where('id')}: root {row['id'][:2]!r} is not a CAMEO root (01-20)"]
    if row["quad_class"] != str(expected):
        return [f"{row.where('quad_class')}: {row['quad_class']!r}, root {row['id'][:2]} is quad class {expected}"]
    return []


def _parse_row(row: Row) -> CameoCode:
    plover = row["plover"]
    return CameoCode(
        code=row["id"],
        name=row["name"],
        goldstein=float(row["goldstein"]),
        quad_class=int(row["quad_class"]),
        plover=None if plover == PLOVER_DROPPED else plover,
        plover_mode=row.get("plover_mode") or None,
        source=row["source"],
    )
