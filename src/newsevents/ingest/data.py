"""Loaders for the ingest stage's data files: boilerplate cues, credit patterns, outlets, and
the language model.

Each loader checks every row and raises one DataFileError that lists all the problems, so a
person editing a file sees everything wrong with it at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from py3langid.langid import LanguageIdentifier

from newsevents.errors import DataFileError
from newsevents.ingest.language import load_language_identifier
from newsevents.tsv import Row, read_tsv, word_list_loader

DATA_DIR = Path(__file__).parent / "data"

CUE_MATCHES = ("line", "start", "end", "contains")
CUE_ROLES = ("drop", "caption", "end")
EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
# Characters that may touch an outlet name: "RFE/RL's" names RFE/RL, "RFE/RL/AFP" does not.
_NAME_EDGE = r"\w/"


@dataclass(frozen=True, slots=True)
class BoilerplateCue:
    id: str
    match: str
    role: str
    cue: str  # as normalise_cue leaves it


@dataclass(frozen=True, slots=True)
class CreditPattern:
    id: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Outlet:
    id: str
    name: str
    aliases: tuple[str, ...]
    date_order: str = "MDY"


DATE_ORDERS = ("MDY", "DMY", "YMD")
DATELINE_KINDS = ("month", "weekday", "time", "page")


@dataclass(frozen=True, slots=True)
class OutletTable:
    """Known outlets and one regex that finds any of their names in a line."""

    outlets: tuple[Outlet, ...]
    by_spelling: dict[str, Outlet]
    finder: re.Pattern[str]

    def date_order(self, outlet: str | None) -> str:
        """Return how `outlet` writes dates in figures; US order when the outlet is unknown."""
        known = self.by_spelling.get(outlet) if outlet else None
        return known.date_order if known else "MDY"


@dataclass(frozen=True, slots=True)
class IngestTables:
    """Everything the cleaner reads from data files, loaded once and passed in."""

    boilerplate: tuple[BoilerplateCue, ...]
    credits: tuple[CreditPattern, ...]
    outlets: OutletTable
    languages: LanguageIdentifier


def load_ingest_tables(data_dir: Path = DATA_DIR) -> IngestTables:
    """Return the cleaner's tables from `data_dir` (the shipped files by default) and the
    language model packaged with py3langid."""
    return IngestTables(
        boilerplate=load_boilerplate(data_dir / "boilerplate.tsv"),
        credits=load_credit_patterns(data_dir / "credits.tsv"),
        outlets=load_outlets(data_dir / "outlets.tsv"),
        languages=load_language_identifier(),
    )


def load_boilerplate(path: Path) -> tuple[BoilerplateCue, ...]:
    """Return the boilerplate cues of `path`, checking each cue's match and role."""
    rows = read_tsv(path, required=("id", "match", "role", "cue", "source"))
    problems = _unsorted_id_problems(rows)
    for row in rows:
        if row["match"] not in CUE_MATCHES:
            problems.append(f"{row.where('match')}: {row['match']!r} is not one of {CUE_MATCHES}")
        if row["role"] not in CUE_ROLES:
            problems.append(f"{row.where('role')}: {row['role']!r} is not one of {CUE_ROLES}")
    _raise_if(problems)
    return tuple(BoilerplateCue(row["id"], row["match"], row["role"], normalise_cue(row)) for row in rows)


def normalise_cue(row: Row) -> str:
    """Return a cue in the form lines are compared in: lower case, single spaces, and for a
    whole-line cue without surrounding punctuation (so "Back to top" matches "Back to top ↑")."""
    cue = " ".join(row["cue"].lower().split())
    return EDGE_PUNCTUATION.sub("", cue) if row["match"] == "line" else cue


def load_credit_patterns(path: Path) -> tuple[CreditPattern, ...]:
    """Return the credit-clause patterns of `path`; each must compile and match its example."""
    rows = read_tsv(path, required=("id", "pattern", "example", "source"))
    problems = _unsorted_id_problems(rows)
    patterns = []
    for row in rows:
        try:
            pattern = re.compile(row["pattern"], re.IGNORECASE)
        except re.error as exc:
            problems.append(f"{row.where('pattern')}: not a regular expression: {exc}")
            continue
        extra_groups = set(pattern.groupindex) - {"names"}
        if extra_groups:
            problems.append(f"{row.where('pattern')}: unknown named groups {sorted(extra_groups)}")
        if not pattern.fullmatch(row["example"]):
            problems.append(f"{row.where('example')}: the pattern does not match its example")
        patterns.append(CreditPattern(row["id"], pattern))
    _raise_if(problems)
    return tuple(patterns)


def load_outlets(path: Path) -> OutletTable:
    """Return the outlets of `path`; a spelling may belong to one outlet only."""
    rows = read_tsv(path, required=("id", "name", "source"))
    problems = _unsorted_id_problems(rows)
    outlets = []
    by_spelling: dict[str, Outlet] = {}
    for row in rows:
        aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
        date_order = row.get("date_order") or "MDY"
        if date_order not in DATE_ORDERS:
            problems.append(f"{row.where('date_order')}: {date_order!r} is not one of {DATE_ORDERS}")
        outlet = Outlet(row["id"], row["name"], aliases, date_order)
        for spelling in (outlet.name, *aliases):
            other = by_spelling.get(spelling)
            if other is not None and other.id != outlet.id:
                problems.append(f"{row.where('aliases')}: {spelling!r} already names {other.id!r}")
            by_spelling[spelling] = outlet
        outlets.append(outlet)
    _raise_if(problems)
    # Longest spelling first, so "BBC News" wins over "BBC" where both match.
    spellings = sorted(by_spelling, key=len, reverse=True)
    alternatives = "|".join(re.escape(s) for s in spellings)
    finder = re.compile(rf"(?<![{_NAME_EDGE}])(?:{alternatives})(?![{_NAME_EDGE}])")
    return OutletTable(tuple(outlets), by_spelling, finder)


# Word lists, one lower-case word a row (tsv.read_words), each file's header says what its words
# do; each is read once and kept for the process (its readers have no tables at hand)
# words of a page's dateline ("updated", "march", "gmt", "read")
load_dateline_words = word_list_loader(DATA_DIR / "dateline_words.tsv", "word", DATELINE_KINDS)
# the commonest English function words, and "said"
load_english_stop_words = word_list_loader(DATA_DIR / "english_stop_words.tsv", "word")
# lower-case particles of personal names ("von", "de", "al")
load_name_particles = word_list_loader(DATA_DIR / "name_particles.tsv", "word")


def _unsorted_id_problems(rows: list[Row]) -> list[str]:
    """Return a problem for each row whose id sorts before the previous row's id."""
    return [
        f"{row.where('id')}: {row['id']!r} is out of order (rows are sorted by id)"
        for previous, row in zip(rows, rows[1:])
        if row["id"] < previous["id"]
    ]


def _raise_if(problems: list[str]) -> None:
    if problems:
        raise DataFileError(problems)
