"""Checks across the actor tables, run once when the knowledge base loads.

- every ISO 3166 country (pycountry) has a row, and every row is an ISO country or Kosovo;
- every country or organisation a row refers to exists (successor states and their predecessors,
  the country of a residence noun and of a province included);
- one person has one canonical name, and the terms of one office never overlap;
- no name points to two different actors on the same date ("Sharif" may not name both Nawaz
  Sharif and Raheel Sharif, who were in office together).

Each problem reads `path:line: column: message`, like the loaders' own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

import pycountry

from newsevents.actors.aliases import Target, normalize_name

if TYPE_CHECKING:
    from newsevents.actors.kb import KnowledgeBase, Person

# codes event data needs beyond ISO 3166 (Kosovo's user-assigned code, as the EU and the IMF use it)
EXTRA_COUNTRY_CODES = frozenset({"XKX"})


def check_tables(kb: KnowledgeBase, aliases: Iterable[tuple[str, Target, str]]) -> list[str]:
    """Return every cross-table problem of the knowledge base (an empty list when it is sound)."""
    return [
        *check_country_codes(kb),
        *check_references(kb),
        *check_terms(kb.people.values()),
        *check_aliases(kb, aliases),
    ]


def check_country_codes(kb: KnowledgeBase) -> list[str]:
    iso = {c.alpha_3 for c in pycountry.countries}
    problems = [
        f"{c.origin}: id: {c.id} is not an ISO 3166 alpha-3 code"
        for c in kb.countries.values()
        if c.id not in iso | EXTRA_COUNTRY_CODES
    ]
    missing = sorted(iso - set(kb.countries))
    if missing and kb.countries:
        origin = next(iter(kb.countries.values())).origin.rsplit(":", 1)[0]
        problems.append(f"{origin}:0: id: no row for ISO countries {', '.join(missing)}")
    return problems


def check_references(kb: KnowledgeBase) -> list[str]:
    problems = []
    for row in kb.institutions.values():
        if row.country not in kb.countries:
            problems.append(f"{row.origin}: country: unknown country {row.country!r}")
    for org in kb.organisations.values():
        if org.country and org.country not in kb.countries:
            problems.append(f"{org.origin}: country: unknown country {org.country!r}")
    for person in kb.people.values():
        for term in person.terms:
            if term.country not in kb.countries and term.country not in kb.organisations:
                problems.append(f"{term.origin}: country: unknown country or organisation {term.country!r}")
    for state in kb.successor_states.values():
        for column in ("id", "predecessor"):
            if getattr(state, column) not in kb.countries:
                problems.append(f"{state.origin}: {column}: unknown country {getattr(state, column)!r}")
    for province in kb.provinces.values():
        if province.country not in kb.countries:
            problems.append(f"{province.origin}: country: unknown country {province.country!r}")
    for noun in {n.id: n for n in kb.people_nouns.values()}.values():
        if noun.country and noun.country not in kb.countries:
            problems.append(f"{noun.origin}: country: unknown country {noun.country!r}")
    return problems


def check_terms(people: Iterable[Person]) -> list[str]:
    problems = []
    offices: dict[tuple[str, str], list] = {}
    for person in people:
        for term in person.terms:
            if term.name != person.name:
                problems.append(f"{term.origin}: name: {term.name!r} differs from {person.name!r} for {person.id}")
            if not term.shared:
                offices.setdefault((term.country, term.office), []).append(term)
    for (country, office), terms in offices.items():
        terms.sort(key=lambda t: t.start)
        for before, after in zip(terms, terms[1:]):
            if before.end is None or before.end > after.start:
                problems.append(
                    f"{after.origin}: start: {country} {office}: {after.id} starts {after.start} "
                    f"before {before.id} ends ({before.end or 'open'})"
                )
    return problems


def check_aliases(kb: KnowledgeBase, aliases: Iterable[tuple[str, Target, str]]) -> list[str]:
    """Return a problem for every name that points to two actors on overlapping dates."""
    seen: dict[str, list[tuple[str, tuple[dt.date, dt.date], str]]] = {}
    problems = []
    for alias, target, origin in aliases:
        identity, span = _identity(kb, target)
        entries = seen.setdefault(normalize_name(alias), [])
        for other, other_span, other_origin in entries:
            if other != identity and _overlap(span, other_span):
                problems.append(
                    f"{origin}: names: {alias!r} names {identity} and {other} ({other_origin}) on the same dates"
                )
        if all(other != identity for other, _, _ in entries):
            entries.append((identity, span, origin))
    return problems


ALWAYS = (dt.date.min, dt.date.max)


def _identity(kb: KnowledgeBase, target: Target) -> tuple[str, tuple[dt.date, dt.date]]:
    """Return the actor a name target stands for and the dates it stands for it."""
    if target.kind in ("country", "adjective", "capital"):
        return f"country {target.key}", ALWAYS
    if target.kind == "institution":
        row = kb.institutions[target.key]
        return f"{row.country}{row.role}", ALWAYS
    if target.kind in ("province", "province-adjective"):
        return f"province {target.key}", ALWAYS
    if target.kind == "org":
        org = kb.organisations[target.key]
        return f"organisation {org.id}", (org.start or dt.date.min, org.end or dt.date.max)
    if target.kind == "person":
        terms = kb.people[target.key].terms
        last = max((t.end or dt.date.max for t in terms), default=dt.date.max)
        return f"person {target.key}", (terms[0].start, last)
    return f"{target.kind} {target.key}", ALWAYS


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
