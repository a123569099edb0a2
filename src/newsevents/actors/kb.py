"""The actor knowledge base: every table, loaded and checked once, with its alias index.

    kb = KnowledgeBase.load()            # the shipped tables, or KnowledgeBase.load(my_dir)
    kb = KnowledgeBase.load(dictionaries=[Path("my.actors.txt"), Path("my.agents.txt")])
    kb.aliases.find(tokens)              # every known name in an article
    kb.places.find(tokens)               # every town or city name; kb.places.place(key) says where
    kb.term_on("vladimir-putin", date)   # the office a person held on a date
    kb.imported_actor(entry_id, date)    # the code a user's PETRARCH entry gives on a date
    kb.state_on("SSD", date)             # whose land a town of South Sudan was on a date (SDN before 2011)
    kb.people_nouns.get("Serbs")         # a people's noun: "Bosnian Serbs" live in Bosnia
    kb.provinces["chechnya"].country     # a region of one state: "Chechen rebels" are Russia's

Callers load it once and pass it down; nothing here is cached between calls.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.actors.aliases import AliasIndex, Target, normalize_name, plural_of
from newsevents.actors.checks import check_tables
from newsevents.actors.data import (
    DATA_DIR,
    ROLE_CODES,
    Country,
    Institution,
    Organisation,
    PeopleNoun,
    Province,
    Region,
    Role,
    SuccessorState,
    Term,
    load_countries,
    load_institutions,
    load_organisations,
    load_people,
    load_people_nouns,
    load_provinces,
    load_regions,
    load_roles,
    load_successor_states,
)
from newsevents.actors.spelling import SpellingIndex, load_true_spellings
from newsevents.actors.dictionaries import Dictionaries, DictionaryActor, load_dictionaries
from newsevents.actors.places import Gazetteer
from newsevents.errors import DataFileError
from newsevents.records import Actor

# demonyms that also name the people take a plural: "Ukrainian" -> "Ukrainians", "Iraqi" -> "Iraqis"
PLURAL_DEMONYM_ENDINGS = ("an", "i")
# CAMEO's first three letters that name no country: international and transnational actors
NON_COUNTRY_PREFIXES = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS"})


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]  # by start date


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    countries: Mapping[str, Country]
    institutions: Mapping[str, Institution]
    organisations: Mapping[str, Organisation]
    regions: Mapping[str, Region]
    roles: Mapping[str, Role]
    people: Mapping[str, Person]
    aliases: AliasIndex
    successor_states: Mapping[str, SuccessorState] = field(default_factory=dict)  # by the new state's code
    people_nouns: Mapping[str, PeopleNoun] = field(default_factory=dict)  # by each of the noun's forms
    provinces: Mapping[str, Province] = field(default_factory=dict)  # sub-national regions, by row id
    imported: Mapping[str, DictionaryActor] = field(default_factory=dict)  # a user's PETRARCH actors
    places: Gazetteer = field(default_factory=Gazetteer)  # towns and cities, read on first use
    spelling: SpellingIndex | None = None  # one-letter typos of country names ("Afganistan")

    @classmethod
    def load(cls, data_dir: Path | None = None, dictionaries: Sequence[Path] = ()) -> KnowledgeBase:
        """Return the knowledge base read from `data_dir` (default: the shipped tables), with the
        entries of a user's PETRARCH/TABARI actor and agent `dictionaries` merged in, and the
        town and city gazetteer less the names the tables already give.

        Raises one DataFileError listing the problems of every file and every cross-check.
        """
        folder = data_dir or DATA_DIR
        problems: list[str] = []
        tables = {
            name: _collect(loader, folder / f"{name}.tsv", problems)
            for name, loader in LOADERS.items()
        }
        places, stoplist, spellings = folder / "places.tsv", folder / "place_stoplist.tsv", folder / "true_spellings.tsv"
        problems.extend(f"{path}:0: file: missing" for path in (places, stoplist, spellings) if not path.is_file())
        if problems:
            raise DataFileError(problems)
        kb = cls.build(**tables)
        spelling = SpellingIndex(kb.aliases, load_true_spellings(spellings))
        kb = dataclasses.replace(kb, places=Gazetteer(places, stoplist, kb.aliases), spelling=spelling)
        problems = check_tables(kb, iter_aliases(kb))
        if problems:
            raise DataFileError(problems)
        return kb.with_dictionaries(load_dictionaries(dictionaries)) if dictionaries else kb

    @classmethod
    def build(
        cls,
        countries: Mapping[str, Country] | None = None,
        institutions: Mapping[str, Institution] | None = None,
        organisations: Mapping[str, Organisation] | None = None,
        regions: Mapping[str, Region] | None = None,
        roles: Mapping[str, Role] | None = None,
        people: Mapping[str, Term] | None = None,
        successor_states: Mapping[str, SuccessorState] | None = None,
        people_nouns: Mapping[str, PeopleNoun] | None = None,
        provinces: Mapping[str, Province] | None = None,
    ) -> KnowledgeBase:
        """Return a knowledge base over tables already in memory (tests build tiny ones)."""
        kb = cls(
            countries=dict(countries or {}),
            institutions=dict(institutions or {}),
            organisations=dict(organisations or {}),
            regions=dict(regions or {}),
            roles=dict(roles or {}),
            people=group_people((people or {}).values()),
            aliases=AliasIndex(),
            successor_states=dict(successor_states or {}),
            people_nouns={name: row for row in (people_nouns or {}).values() for name in row.names},
            provinces=dict(provinces or {}),
        )
        for alias, target, _ in iter_aliases(kb):
            kb.aliases.add(alias, target)
        return kb

    def with_dictionaries(self, dictionaries: Dictionaries) -> KnowledgeBase:
        """Return this knowledge base with a user's dictionary entries merged in (this one unchanged).

        The user's name wins over a shipped one ("Israel" names what their file says), and among
        their entries the first wins, as in PETRARCH. An agent noun a shipped role already gives
        the same code stays the shipped row, which knows more ("president" stays a title).
        """
        aliases = self.aliases.copy()
        claimed: set[str] = set()
        for actor in dictionaries.actors:
            for name in actor.names:
                if _claim(name, claimed):
                    aliases.replace(name, Target("imported", actor.id))
        roles = dict(self.roles)
        for agent in dictionaries.agents:
            code = agent.code + "~" if agent.prefix else agent.code  # PETRARCH's mark of a prefix
            roles[agent.id] = Role(
                id=agent.id, names=agent.names, role=code, kind="group", office="", inherit=False,
                source=agent.origin, origin=agent.origin,
            )
            for name in agent.names:
                if not self._gives_role(name, code) and _claim(name, claimed):
                    aliases.replace(name, Target("role", agent.id))
            if agent.no_plural:  # POLICE {}: "polices" names no police, whatever plural the tables make
                for name in agent.names:
                    self._drop_made_plural(aliases, name)
        imported = {**self.imported, **{a.id: a for a in dictionaries.actors}}
        return dataclasses.replace(self, roles=roles, imported=imported, aliases=aliases)

    def imported_actor(self, entry_id: str, day: dt.date | None) -> Actor | None:
        """Return the actor a user's dictionary entry names on `day`, or None if no code holds then.

        The code stays as written; its first three letters are the country when they look like
        one (GONGOV -> GON, role GOV; CAMEO's KSV -> XKX), not for IGOUNO or a lone role (ELI).
        Of a compound code ("FRO/BIL/SAM"), the first actor.
        """
        actors = self.imported_actors(entry_id, day)
        return actors[0] if actors else None

    def imported_actors(self, entry_id: str, day: dt.date | None) -> tuple[Actor, ...]:
        """Return every actor a user's dictionary entry names on `day`: one, or each of a
        compound code ("THE_SHIRE [FRO/BIL/SAM]" names three); () if no code holds then."""
        entry = self.imported[entry_id]
        return tuple(self._imported_code(code, entry.name) for code in entry.codes_on(day))

    def _imported_code(self, code: str, name: str) -> Actor:
        prefix, rest = code[:3], code[3:] or None
        if prefix in NON_COUNTRY_PREFIXES or prefix in self.regions or not _looks_like_country(prefix):
            return Actor(code, None, None, name)
        if prefix in ROLE_CODES:  # a role of no country: ELI
            return Actor(code, None, code, name)
        country = next((c.id for c in self.countries.values() if c.cameo == prefix), prefix)
        return Actor(code, country, rest, name)

    def _drop_made_plural(self, aliases: AliasIndex, noun: str) -> None:
        """Remove from `aliases` the regular plural `iter_aliases` made of a shipped role's noun."""
        plural = plural_of(noun)
        for target in aliases.targets_of(plural):
            role = self.roles.get(target.key) if target.kind == "role" else None
            if role is not None and noun in role.names and plural not in role.names:
                aliases.drop(plural, target)

    def _gives_role(self, alias: str, code: str) -> bool:
        return any(t.kind == "role" and self.roles[t.key].role == code for t in self.aliases.targets_of(alias))

    def term_on(self, person_id: str, day: dt.date | None) -> tuple[Term, str]:
        """Return the person's office on `day` and its status: current | former | before | undated.

        A former office holder gets their last office ("former"); someone not yet in office
        their first ("before"); without a date, the most recent office ("undated").
        """
        terms = self.people[person_id].terms
        if day is None:
            return terms[-1], "undated"
        current = [t for t in terms if t.start <= day and (t.end is None or day < t.end)]
        if current:
            return max(current, key=lambda t: t.start), "current"
        past = [t for t in terms if t.end is not None and t.end <= day]
        if past:
            return max(past, key=lambda t: t.end or dt.date.min), "former"
        return terms[0], "before"

    def state_on(self, country: str, day: dt.date | None) -> str:
        """Return the state whose land a place of `country` was on `day`: a town of South Sudan
        was Sudan's before 2011-07-09 (successor_states.tsv). Undated: today's state."""
        successor, seen = self.successor_states.get(country), {country}
        while day is not None and successor is not None and day < successor.independence:
            country = successor.predecessor
            successor = None if country in seen else self.successor_states.get(country)
            seen.add(country)
        return country

    def person_on(self, person_ids: list[str], day: dt.date | None) -> str:
        """Return which of several people sharing a name is meant on `day`.

        The one in office wins, then the one who left office most recently.
        """
        ranked = {"current": 0, "undated": 0, "former": 1, "before": 2}

        def rank(person_id: str) -> tuple[int, int]:
            term, status = self.term_on(person_id, day)
            moment = term.end if status == "former" and term.end else term.start
            return ranked[status], -moment.toordinal()

        return min(person_ids, key=rank)

    def organisation_on(self, org_ids: list[str], day: dt.date | None) -> Organisation:
        """Return the organisation row valid on `day` among rows sharing a name (else the latest)."""
        rows = [self.organisations[i] for i in org_ids]
        if day is not None:
            for row in rows:
                if (row.start is None or row.start <= day) and (row.end is None or day < row.end):
                    return row
        return max(rows, key=lambda r: r.start or dt.date.min)


def group_people(terms: Iterable[Term]) -> dict[str, Person]:
    """Return the people of the office terms, each with all its aliases and terms by start."""
    by_person: dict[str, list[Term]] = {}
    for term in terms:
        by_person.setdefault(term.person, []).append(term)
    people = {}
    for person_id, rows in by_person.items():
        rows.sort(key=lambda t: t.start)
        aliases = tuple(dict.fromkeys(a for t in rows for a in (t.name, *t.aliases)))
        people[person_id] = Person(person_id, rows[0].name, aliases, tuple(rows))
    return people


def iter_aliases(kb: KnowledgeBase) -> Iterator[tuple[str, Target, str]]:
    """Yield (alias, target, origin) for every name the knowledge base knows."""
    for c in kb.countries.values():
        for name in (c.name, *c.names):
            yield name, Target("country", c.id), c.origin
        for adjective in _with_plurals(c.adjectives):
            yield adjective, Target("adjective", c.id), c.origin
        for capital in c.capitals:
            yield capital, Target("capital", c.id), c.origin
    for i in kb.institutions.values():
        for name in (i.name, *i.names):
            yield name, Target("institution", i.id), i.origin
    for o in kb.organisations.values():
        for name in (o.name, *o.names):
            yield name, Target("org", o.id), o.origin
    for p in kb.provinces.values():  # a region of one state: its name and people name the state
        for name in (p.name, *p.names):
            yield name, Target("province", p.id), p.origin
        for adjective in _with_plurals(p.adjectives):
            yield adjective, Target("province-adjective", p.id), p.origin
    for r in kb.regions.values():
        for name in (r.name, *r.names, *r.adjectives):
            yield name, Target("region", r.id), r.origin
    for role in kb.roles.values():
        for name in role.names:
            yield name, Target("role", role.id), role.origin
            if name.islower() and not name.endswith("s"):
                yield plural_of(name), Target("role", role.id), role.origin
    for person in kb.people.values():
        for alias in person.aliases:
            yield alias, Target("person", person.id), person.terms[0].origin


def _with_plurals(adjectives: Iterable[str]) -> Iterator[str]:
    """Yield the demonyms and, for those ending in -an or -i, their plural ("Iraqis", "Tibetans")."""
    for adjective in adjectives:
        yield adjective
        if adjective.endswith(PLURAL_DEMONYM_ENDINGS) and adjective[:1].isupper() and "." not in adjective:
            yield adjective + "s"


def _looks_like_country(prefix: str) -> bool:
    return len(prefix) == 3 and prefix.isalpha() and prefix.isupper()


def _claim(name: str, claimed: set[str]) -> bool:
    """Return True the first time a name (in any case) is met among a user's entries."""
    key = normalize_name(name)
    if key in claimed:
        return False
    claimed.add(key)
    return True


def _collect(loader: Callable[[Path], Any], path: Path, problems: list[str]) -> Any:
    try:
        return loader(path)
    except DataFileError as error:
        problems.extend(error.problems)
        return {}
    except FileNotFoundError:
        problems.append(f"{path}:0: file: missing")
        return {}


LOADERS: dict[str, Callable[[Path], Any]] = {
    "countries": load_countries,
    "institutions": load_institutions,
    "organisations": load_organisations,
    "regions": load_regions,
    "roles": load_roles,
    "people": load_people,
    "successor_states": load_successor_states,
    "people_nouns": load_people_nouns,
    "provinces": load_provinces,
}
