"""Towns and cities, and the country each lies in: "a rally in Lagos" happened in Nigeria.

    gazetteer = Gazetteer(DATA_DIR / "places.tsv", DATA_DIR / "place_stoplist.tsv", kb.aliases)
    gazetteer.find(tokens)               # every town or city name in the tokens
    gazetteer.place("94787")             # Samarra, IRQ
    place_span(tokens, first, end, place, entity)   # the tokens naming it, if used as a place

`places.tsv` is generated from GeoNames by `scripts/build_places.py`, which already settled the
names several countries share. Here a name is left out when `place_stoplist.tsv` lists it (an
English word or first name: "Reading", "Florence") or when the knowledge base knows it as
anything else (a country, capital, organisation, person or role: the knowledge base wins).

A false country is worse than none, so a known name is a place only where the text says so:
the words around it ("the town of Samarra", "Basra city"), the parser's entity label (GPE, LOC,
FAC), or, for a city of MIN_POPULATION or more, a locative preposition ("shelling near Donetsk").
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from newsevents.actors.aliases import AliasIndex, AliasMatch, Target, split_pieces
from newsevents.actors.data import load_locative_prepositions, load_place_nouns
from newsevents.errors import DataFileError
from newsevents.records import Entity, Token
from newsevents.tsv import read_tsv

PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
# a smaller town needs one of the cues above or a place label: "in Bath" is no evidence
MIN_POPULATION = 50_000

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Place:
    """A town or city: "Samarra" lies in IRQ (GeoNames 91597)."""

    id: str  # GeoNames id
    country: str  # ISO 3166 alpha-3
    name: str  # GeoNames' main name
    names: tuple[str, ...]  # the names that find it in a text
    population: int


@dataclass(slots=True)
class Gazetteer:
    """The towns and cities, read and indexed on first use.

    Its 70,000 names take about 0.4 s to read and index, ten times the rest of the knowledge
    base: a process that resolves no text (data checks, queries, exports) should not pay that,
    and one that does pays it once.
    """

    path: Path | None = None
    stoplist_path: Path | None = None
    known: AliasIndex = field(default_factory=AliasIndex)  # names the knowledge base gives: never places
    _tables: tuple[dict[str, Place], AliasIndex] | None = None

    def find(self, tokens: Sequence[Token]) -> list[AliasMatch]:
        """Return the longest town or city names over `tokens`, left to right, never overlapping."""
        return self._loaded()[1].find(tokens)

    def place(self, place_id: str) -> Place:
        return self._loaded()[0][place_id]

    def _loaded(self) -> tuple[dict[str, Place], AliasIndex]:
        if self._tables is None:
            self._tables = _paused_gc(self._read)
        return self._tables

    def _read(self) -> tuple[dict[str, Place], AliasIndex]:
        if self.path is None or self.stoplist_path is None:
            return {}, AliasIndex()
        places = load_places(self.path)
        return places, place_index(places, load_stoplist(self.stoplist_path), self.known)


def load_places(path: Path) -> dict[str, Place]:
    """Return the gazetteer by GeoNames id."""
    rows = read_tsv(path, required=("id", "country", "name", "names", "population"))
    problems = [
        f"{row.where('population')}: not a whole number: {row['population']!r}"
        for row in rows
        if not row["population"].isdigit()
    ]
    if problems:
        raise DataFileError(problems)
    return {
        row["id"]: Place(row["id"], row["country"], row["name"], tuple(row["names"].split("|")), int(row["population"]))
        for row in rows
    }


def load_stoplist(path: Path) -> frozenset[tuple[str, ...]]:
    """Return the lookup keys of the names the gazetteer must never give ("reading", "nice")."""
    return frozenset(_key(row["name"]) for row in read_tsv(path, required=("name", "why")))


def place_index(places: dict[str, Place], stoplist: frozenset[tuple[str, ...]], known: AliasIndex) -> AliasIndex:
    """Return the index of the places' names, less the stop list and every name `known` has."""
    pairs = ((name, Target("place", place.id)) for place in places.values() for name in place.names)
    return AliasIndex.of(pairs, leave_out=stoplist | known.entries.keys())


def place_span(
    tokens: Sequence[Token], first: int, end: int, place: Place, entity: Entity | None
) -> tuple[int, int] | None:
    """Return the tokens that name the place with its cue words ("the town of Samarra" ->
    "town of Samarra"), or None when the text does not use the name as a place.

    `entity` is the parser's entity over the name, if any: a place label settles it; a person, or
    a larger name of another kind ("Tel Aviv University"), rules it out; any other label on the
    name alone is taken for a slip of the small model ("in Marseille" as ORG). A name that is only
    part of a longer proper name is no place whatever the label: "Kenzo Oshima" is a man.
    """
    if _inside_longer_name(tokens, first, end, entity):
        return None
    cued = _cued_span(tokens, first, end)
    if cued:
        return cued
    if entity and entity.label in PLACE_ENTITY_LABELS:
        return first, end
    if entity and (entity.label == "PERSON" or (entity.first_token, entity.end_token) != (first, end)):
        return None
    large = place.population >= MIN_POPULATION and tokens[end - 1].pos == "PROPN"
    return (first, end) if large and _after_locative(tokens, first, end) else None


def after_place_noun(tokens: Sequence[Token], first: int) -> bool:
    """Return True for a name after a place noun and "of": "the city *of* Algiers"."""
    return first >= 2 and tokens[first - 1].text == "of" and _is_place_noun(tokens[first - 2])


def _cued_span(tokens: Sequence[Token], first: int, end: int) -> tuple[int, int] | None:
    """Return the span widened to a place noun before ("city of X") or after ("X city")."""
    if after_place_noun(tokens, first):
        return first - 2, end
    if first >= 1 and _is_place_noun(tokens[first - 1]) and tokens[first - 1].dep == "compound":
        return first - 1, end  # "the Chechen capital Grozny", "the port city Hodeidah"
    if end < len(tokens) and _is_place_noun(tokens[end]) and tokens[end].sentence == tokens[first].sentence:
        return first, end + 1
    return None


def is_locative(word: str) -> bool:
    """Return True for a preposition after which a name is where something happens
    (locative_prepositions.tsv: "talks *in* Moscow", "a blast *near* Samarra")."""
    word = word.lower()
    return any(word in words for words in load_locative_prepositions().values())


def _is_place_noun(token: Token) -> bool:
    return token.text.lower() in load_place_nouns()  # place_nouns.tsv: "town", "outskirts"


def _inside_longer_name(tokens: Sequence[Token], first: int, end: int, entity: Entity | None) -> bool:
    """Return True when the name is only part of a longer proper name, whatever the parser says:
    after a proper noun ("Kenzo Oshima") or a joined hyphen ("Miami-Dade"), or before a proper
    noun of the same entity, or of none, that is no place noun ("San Ysidro", not "Lagos State")."""
    if first > 0:
        before = tokens[first - 1]
        if _is_name_word(before) or (before.text == "-" and before.end == tokens[first].start):
            return True
    if end < len(tokens) and _is_name_word(tokens[end]) and not _is_place_noun(tokens[end]):
        return tokens[end].ent_type == "" or (entity is not None and end < entity.end_token)
    return False


def _is_name_word(token: Token) -> bool:
    return token.pos == "PROPN" and token.text[:1].isupper()


def _after_locative(tokens: Sequence[Token], first: int, end: int) -> bool:
    """Return True for "in Samarra" and for each place of "in Fallujah, Ramadi and Samarra"."""
    head = tokens[end - 1]
    while head.dep == "conj" and head.head != head.i:
        head = tokens[head.head]
    before = tokens[head.head] if head.dep == "pobj" else tokens[first - 1] if first > 0 else None
    return before is not None and is_locative(before.text)


def _key(name: str) -> tuple[str, ...]:
    return tuple(p.lower() for p in split_pieces(name))


def _paused_gc(build: Callable[[], T]) -> T:
    """Return `build()` run with the cyclic garbage collector paused: the gazetteer's few hundred
    thousand small tuples would set off full collections that free nothing (three times slower)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return build()
    finally:
        if enabled:
            gc.enable()
