"""Loaders for the actor knowledge base: one per data file, each row parsed into a frozen record.

Each loader reads its TSV with `read_tsv`, checks every row and raises one `DataFileError` that
lists every problem as `path:line: column: message`. Checks that need several files (codes
exist, offices do not overlap, aliases are unambiguous) live in `actors/checks.py`. The file
formats are described in `actors/data/README.md`.

The word lists (place nouns, pronouns, qualifiers, ...) are read by `read_words` and kept for
the process: the functions that match them have no knowledge base at hand.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from newsevents.errors import DataFileError
from newsevents.tsv import Row, read_tsv, read_words, word_list_loader

DATA_DIR = Path(__file__).parent / "data"

# CAMEO's agent (role) codes, plus IGO for intergovernmental bodies
ROLE_CODES = frozenset(
    "GOV MIL COP JUD LEG OPP REB INS SPY CVL BUS MED EDU REL HLH LAB NGO IGO ELI PTY AGR "
    "CRM REF UAF HRI ENV DEV MOD RAD IMG".split()
)
ORG_KINDS = frozenset({"IGO", "NGO", "ARMED", "PARTY"})
ROLE_KINDS = frozenset({"title", "group", "body"})
PEOPLE_NOUN_KINDS = frozenset({"ethnic", "residence"})
DATE_QUALITIES = frozenset({"exact", "inner"})
PRONOUN_KINDS = ("person", "group", "body", "speaker", "possessive")
LOCATIVE_KINDS = ("where", "near")
QUALIFIER_KINDS = ("former", "office", "other")


@dataclass(frozen=True, slots=True)
class Country:
    id: str  # ISO 3166 alpha-3, or XKX for Kosovo
    cameo: str  # CAMEO's code where it differs from the ISO code ("KSV"), else the id
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]  # demonyms and adjectives: "Ukrainian", "U.S."
    capitals: tuple[str, ...]  # capital cities, used as metonyms for the government
    source: str
    origin: str = ""  # path:line of the row, for messages


@dataclass(frozen=True, slots=True)
class Institution:
    """A seat of power or national body named without its country: "the Kremlin"."""

    id: str
    country: str
    role: str
    name: str
    names: tuple[str, ...]
    source: str
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    code: str  # the actor code: "NATO", "HAMAS"
    name: str
    names: tuple[str, ...]
    kind: str  # IGO | NGO | ARMED | PARTY
    country: str | None  # home country of a national NGO, party or armed group
    role: str
    cameo: str  # the code in CAMEO's own scheme: "IGOWSTNAT"
    start: dt.date | None
    end: dt.date | None
    source: str
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Region:
    id: str  # CAMEO region code: "WST"
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    source: str
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Role:
    """A title or noun that names an agent role: "foreign minister" -> GOV, "troops" -> MIL."""

    id: str
    names: tuple[str, ...]
    role: str
    kind: str  # title (of a person) | group (of people) | body (an institution)
    office: str  # the title as an office name: "Foreign Minister"
    inherit: bool  # "spokesman", "officials": take the role of the body they speak for
    source: str
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Term:
    """One person in one office, from `start` up to (not including) `end`."""

    id: str
    person: str
    name: str  # canonical full name: "Volodymyr Zelenskiy"
    aliases: tuple[str, ...]
    country: str  # ISO code, or an organisation id for its officers ("nato")
    role: str
    office: str
    start: dt.date
    end: dt.date | None  # None: still in office when the row was written
    dates: str  # exact | inner (the days are a safe inner bound of the true term)
    shared: bool  # an office several people hold at once (ministry spokespeople)
    source: str
    origin: str = ""


@dataclass(frozen=True, slots=True)
class SuccessorState:
    """A state born on another's land: before `independence` its towns were the predecessor's."""

    id: str  # the new state's code: "SSD"
    predecessor: str  # the state the land belonged to: "SDN"
    independence: dt.date
    source: str
    origin: str = ""


@dataclass(frozen=True, slots=True)
class PeopleNoun:
    """A people's noun that a country's adjective may precede: "Serbs" in "Bosnian Serbs"."""

    id: str
    names: tuple[str, ...]  # "Serb", "Serbs"
    kind: str  # ethnic (the adjective's country is where they live) | residence (they live in `country`)
    country: str | None  # for residence: the state they live in ("Cypriots" -> CYP)
    source: str
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Province:
    """A region of one state named on its own: "Chechnya", "Chechen rebels" are Russia's."""

    id: str  # slug: "chechnya"
    country: str  # ISO code of the state it belongs to
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]  # its people and adjective: "Chechen", "Chechens"
    source: str
    origin: str = ""


R = TypeVar("R")


def load_countries(path: Path = DATA_DIR / "countries.tsv") -> dict[str, Country]:
    """Return the countries by ISO alpha-3 code."""
    return _load(path, ("id", "name", "source"), _parse_country)


def load_institutions(path: Path = DATA_DIR / "institutions.tsv") -> dict[str, Institution]:
    """Return the seats of power and national bodies by row id."""
    return _load(path, ("id", "country", "role", "name", "source"), _parse_institution)


def load_organisations(path: Path = DATA_DIR / "organisations.tsv") -> dict[str, Organisation]:
    """Return the international bodies, NGOs and armed groups by row id."""
    return _load(path, ("id", "code", "name", "kind", "role", "source"), _parse_organisation)


def load_regions(path: Path = DATA_DIR / "regions.tsv") -> dict[str, Region]:
    """Return CAMEO's regions by code."""
    return _load(path, ("id", "name", "source"), _parse_region)


def load_roles(path: Path = DATA_DIR / "roles.tsv") -> dict[str, Role]:
    """Return the role nouns and titles by row id."""
    return _load(path, ("id", "names", "role", "kind", "source"), _parse_role)


def load_people(path: Path = DATA_DIR / "people.tsv") -> dict[str, Term]:
    """Return the dated office terms by row id."""
    required = ("id", "person", "name", "country", "role", "office", "start", "dates", "source")
    return _load(path, required, _parse_term)


def load_successor_states(path: Path = DATA_DIR / "successor_states.tsv") -> dict[str, SuccessorState]:
    """Return the states born since 1990 on another state's land, by the new state's code."""
    return _load(path, ("id", "predecessor", "independence", "source"), _parse_successor_state)


def load_people_nouns(path: Path = DATA_DIR / "people_nouns.tsv") -> dict[str, PeopleNoun]:
    """Return the peoples' nouns ("Serbs", "Cypriots") by row id."""
    return _load(path, ("id", "names", "kind", "source"), _parse_people_noun)


def load_provinces(path: Path = DATA_DIR / "provinces.tsv") -> dict[str, Province]:
    """Return the sub-national regions ("Chechnya", "Tibet") by row id."""
    return _load(path, ("id", "country", "name", "source"), _parse_province)


# Word lists, one lower-case word a row (tsv.read_words), each file's header says what its words
# do; each is read once and kept for the process (its readers have no knowledge base at hand)
# nouns that make a name a place ("the *town* of X") and name where an event is ("the Iraqi *city* of Basra")
load_place_nouns = word_list_loader(DATA_DIR / "place_nouns.tsv", "word")
# nouns of a body of water whose name may hold a country's ("the South *China* Sea")
load_water_nouns = word_list_loader(DATA_DIR / "water_nouns.tsv", "word")
# who stands behind a group, after a hyphen ("U.S.-*led*")
load_affiliation_suffixes = word_list_loader(DATA_DIR / "affiliation_suffixes.tsv", "word")
# prefixes that make a name a stance, before a hyphen ("*pro*-Moscow")
load_stance_prefixes = word_list_loader(DATA_DIR / "stance_prefixes.tsv", "word")
# words a dictionary entry's name keeps in lower case ("of", "al", "von")
load_name_function_words = word_list_loader(DATA_DIR / "name_function_words.tsv", "word")
# forms of address and suffixes of a person's name ("mr.", "jr.")
load_name_extras = word_list_loader(DATA_DIR / "name_extras.tsv", "word")


@functools.cache
def load_pronouns(path: Path = DATA_DIR / "pronouns.tsv") -> Mapping[str, frozenset[str]]:
    """Return the pronouns that may stand for an actor by kind ("person": "he", "she"; "possessive": "its")."""
    return _words_by_kind(path, PRONOUN_KINDS)


@functools.cache
def load_locative_prepositions(path: Path = DATA_DIR / "locative_prepositions.tsv") -> Mapping[str, frozenset[str]]:
    """Return the prepositions that say where something happens by kind ("where": "in"; "near": "outside")."""
    return _words_by_kind(path, LOCATIVE_KINDS)


@functools.cache
def load_qualifiers(path: Path = DATA_DIR / "qualifiers.tsv") -> Mapping[str, tuple[str, ...]]:
    """Return the words allowed before a title by kind ("former", "office", "other"), in file order."""
    by_kind: dict[str, tuple[str, ...]] = {kind: () for kind in QUALIFIER_KINDS}
    for row in read_words(path, "word", QUALIFIER_KINDS):
        by_kind[row["kind"]] += (row["word"],)
    return MappingProxyType(by_kind)


@functools.cache
def load_non_state_roles(path: Path = DATA_DIR / "non_state_roles.tsv") -> frozenset[str]:
    """Return the CAMEO roles of those who fight or oppose a state ("REB", "INS")."""
    rows = read_tsv(path, required=("id", "role", "source"))
    problems: list[str] = []
    for row in rows:
        _check_role(row, problems)
    if problems:
        raise DataFileError(problems)
    return frozenset(row["role"] for row in rows)


def _words_by_kind(path: Path, kinds: tuple[str, ...]) -> Mapping[str, frozenset[str]]:
    rows = read_words(path, "word", kinds)
    return MappingProxyType({kind: frozenset(r["word"] for r in rows if r["kind"] == kind) for kind in kinds})


def _load(path: Path, required: tuple[str, ...], parse: Callable[[Row, list[str]], R]) -> dict[str, R]:
    rows = read_tsv(path, required=required)
    problems: list[str] = []
    records = {row["id"]: parse(row, problems) for row in rows}
    for before, after in zip(rows, rows[1:]):
        if after["id"] < before["id"]:
            problems.append(f"{after.where('id')}: rows not sorted by id ({after['id']!r} after {before['id']!r})")
    if problems:
        raise DataFileError(problems)
    return records


def _parse_country(row: Row, problems: list[str]) -> Country:
    _check_code(row, "id", problems)
    return Country(
        id=row["id"],
        cameo=row.get("cameo") or row["id"],
        name=row["name"],
        names=_split(row.get("names", "")),
        adjectives=_split(row.get("adjectives", "")),
        capitals=_split(row.get("capitals", "")),
        source=row["source"],
        origin=f"{row.path}:{row.line}",
    )


def _parse_institution(row: Row, problems: list[str]) -> Institution:
    _check_role(row, problems)
    return Institution(
        id=row["id"],
        country=row["country"],
        role=row["role"],
        name=row["name"],
        names=_split(row.get("names", "")),
        source=row["source"],
        origin=f"{row.path}:{row.line}",
    )


def _parse_organisation(row: Row, problems: list[str]) -> Organisation:
    _check_role(row, problems)
    _check_choice(row, "kind", ORG_KINDS, problems)
    start, end = _parse_date(row, "start", problems), _parse_date(row, "end", problems)
    _check_order(row, start, end, problems)
    return Organisation(
        id=row["id"],
        code=row["code"],
        name=row["name"],
        names=_split(row.get("names", "")),
        kind=row["kind"],
        country=row.get("country") or None,
        role=row["role"],
        cameo=row.get("cameo", ""),
        start=start,
        end=end,
        source=row["source"],
        origin=f"{row.path}:{row.line}",
    )


def _parse_region(row: Row, problems: list[str]) -> Region:
    _check_code(row, "id", problems)
    return Region(
        id=row["id"],
        name=row["name"],
        names=_split(row.get("names", "")),
        adjectives=_split(row.get("adjectives", "")),
        source=row["source"],
        origin=f"{row.path}:{row.line}",
    )


def _parse_role(row: Row, problems: list[str]) -> Role:
    _check_role(row, problems)
    _check_choice(row, "kind", ROLE_KINDS, problems)
    _check_choice(row, "inherit", frozenset({"", "yes"}), problems)
    return Role(
        id=row["id"],
        names=_split(row["names"]),
        role=row["role"],
        kind=row["kind"],
        office=row["office"],
        inherit=row.get("inherit") == "yes",
        source=row["source"],
        origin=f"{row.path}:{row.line}",
    )


def _parse_term(row: Row, problems: list[str]) -> Term:
    _check_role(row, problems)
    _check_choice(row, "dates", DATE_QUALITIES, problems)
    _check_choice(row, "shared", frozenset({"", "yes"}), problems)
    start, end = _parse_date(row, "start", problems), _parse_date(row, "end", problems)
    _check_order(row, start, end, problems)
    return Term(
        id=row["id"],
        person=row["person"],
        name=row["name"],
        aliases=_split(row.get("aliases", "")),
        country=row["country"],
        role=row["role"],
        office=row["office"],
        start=start or dt.date.min,
        end=end,
        dates=row["dates"],
        shared=row.get("shared") == "yes",
        source=row["source"],
        origin=f"{row.path}:{row.line}",
    )


def _parse_successor_state(row: Row, problems: list[str]) -> SuccessorState:
    _check_code(row, "id", problems)
    _check_code(row, "predecessor", problems)
    independence = _parse_date(row, "independence", problems)
    return SuccessorState(
        id=row["id"],
        predecessor=row["predecessor"],
        independence=independence or dt.date.min,
        source=row["source"],
        origin=f"{row.path}:{row.line}",
    )


def _parse_people_noun(row: Row, problems: list[str]) -> PeopleNoun:
    _check_choice(row, "kind", PEOPLE_NOUN_KINDS, problems)
    country = row.get("country") or None
    if (row["kind"] == "residence") != (country is not None):
        problems.append(f"{row.where('country')}: a residence noun needs a country, an ethnic one none")
    return PeopleNoun(
        id=row["id"],
        names=_split(row["names"]),
        kind=row["kind"],
        country=country,
        source=row["source"],
        origin=f"{row.path}:{row.line}",
    )


def _parse_province(row: Row, problems: list[str]) -> Province:
    _check_code(row, "country", problems)
    return Province(
        id=row["id"],
        country=row["country"],
        name=row["name"],
        names=_split(row.get("names", "")),
        adjectives=_split(row.get("adjectives", "")),
        source=row["source"],
        origin=f"{row.path}:{row.line}",
    )


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _parse_date(row: Row, column: str, problems: list[str]) -> dt.date | None:
    text = row.get(column, "")
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        problems.append(f"{row.where(column)}: not a YYYY-MM-DD date: {text!r}")
        return None


def _check_order(row: Row, start: dt.date | None, end: dt.date | None, problems: list[str]) -> None:
    if start and end and end <= start:
        problems.append(f"{row.where('end')}: end {end} is not after start {start}")


def _check_code(row: Row, column: str, problems: list[str]) -> None:
    value = row[column]
    if len(value) != 3 or not value.isalpha() or not value.isupper():
        problems.append(f"{row.where(column)}: not a three-letter upper-case code: {value!r}")


def _check_role(row: Row, problems: list[str]) -> None:
    _check_choice(row, "role", ROLE_CODES, problems)


def _check_choice(row: Row, column: str, allowed: frozenset[str], problems: list[str]) -> None:
    if row.get(column, "") not in allowed:
        problems.append(f"{row.where(column)}: {row.get(column)!r} is not one of {sorted(allowed)}")
