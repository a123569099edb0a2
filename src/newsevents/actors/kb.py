"""The actor knowledge base: every table, loaded and checked once, with its alias index.

    kb = KnowledgeBase.load()            # the shipped tables, or KnowledgeBase.load(my_dir)
    kb.aliases.find(tokens)              # every known name in an article
    kb.term_on("vladimir-putin", date)   # the office a person held on a date

Callers load it once and pass it down; nothing here is cached between calls.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.actors.aliases import AliasIndex, Target, plural_of
from newsevents.actors.checks import check_tables
from newsevents.actors.data import (
    DATA_DIR,
    Country,
    Institution,
    Organisation,
    Region,
    Role,
    Term,
    load_countries,
    load_institutions,
    load_organisations,
    load_people,
    load_regions,
    load_roles,
)
from newsevents.errors import DataFileError

# demonyms that also name the people take a plural: "Ukrainian" -> "Ukrainians", "Iraqi" -> "Iraqis"
PLURAL_DEMONYM_ENDINGS = ("an", "i")


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

    @classmethod
    def load(cls, data_dir: Path | None = None) -> KnowledgeBase:
        """Return the knowledge base read from `data_dir` (default: the shipped tables).

        Raises one DataFileError listing the problems of every file and every cross-check.
        """
        folder = data_dir or DATA_DIR
        problems: list[str] = []
        tables = {
            name: _collect(loader, folder / f"{name}.tsv", problems)
            for name, loader in LOADERS.items()
        }
        if problems:
            raise DataFileError(problems)
        kb = cls.build(**tables)
        problems = check_tables(kb, iter_aliases(kb))
        if problems:
            raise DataFileError(problems)
        return kb

    @classmethod
    def build(
        cls,
        countries: Mapping[str, Country] | None = None,
        institutions: Mapping[str, Institution] | None = None,
        organisations: Mapping[str, Organisation] | None = None,
        regions: Mapping[str, Region] | None = None,
        roles: Mapping[str, Role] | None = None,
        people: Mapping[str, Term] | None = None,
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
        )
        for alias, target, _ in iter_aliases(kb):
            kb.aliases.add(alias, target)
        return kb

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
        for adjective in c.adjectives:
            yield adjective, Target("adjective", c.id), c.origin
            if adjective.endswith(PLURAL_DEMONYM_ENDINGS) and adjective[:1].isupper() and "." not in adjective:
                yield adjective + "s", Target("adjective", c.id), c.origin
        for capital in c.capitals:
            yield capital, Target("capital", c.id), c.origin
    for i in kb.institutions.values():
        for name in (i.name, *i.names):
            yield name, Target("institution", i.id), i.origin
    for o in kb.organisations.values():
        for name in (o.name, *o.names):
            yield name, Target("org", o.id), o.origin
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
}
