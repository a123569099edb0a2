"""When a produced event counts as an expected one: the rule of ../shared/eval/README.md.

PLOVER-style gold: found when one produced event has the same PLOVER type, a source whose
country-level key is in the expected source list and a target whose key is in the expected
target list. "Russia accused Ukraine of shelling Kharkiv" -> RUSGOV ACCUSE UKRMIL is found by
{source: [RUS], target: [UKR], plover: ACCUSE}, and by {..., plover: DISAPPROVE}: a gold label
that names a CAMEO cue category is read as the PLOVER type the PLOVER manual gives it (table 7.1).
PETRARCH gold compares actor codes in full.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from newsevents.evaluation.gold import PETRARCH, GoldEvent
from newsevents.events.codebook import PLOVER_TYPES, load_codebook
from newsevents.records import Actor, Event

# Old CAMEO country codes the PLOVER gold still uses, read as their ISO alpha-3 codes.
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# Generic classes (international bodies, armed non-state groups, Islamist groups, NGOs): the
# gold names no particular actor, so any actor on that side is accepted.
GENERIC_CLASSES = frozenset({"IGO", "IMG", "ISM", "NGO"})
# How PETRARCH writes a side it could not fill.
NO_ACTOR = "---"

Matcher = Callable[[Event, GoldEvent, str], bool]


def country_key(actor: Actor) -> str:
    """Return the actor's country-level key: its ISO alpha-3 country, else its own code (NATO)."""
    return actor.country or actor.code


def side_found(actor: Actor | None, accepted: Sequence[str]) -> bool:
    """Return whether a PLOVER-style side accepts `actor`; an empty list is not checked."""
    if not accepted:
        return True
    if actor is None:
        return False
    keys = {LEGACY_CODES.get(code, code) for code in accepted}
    return bool(keys & GENERIC_CLASSES) or country_key(actor) in keys


def side_agrees_in_full(actor: Actor | None, accepted: Sequence[str]) -> bool:
    """Return whether the actor's full code (USAGOV, not USA) is the PETRARCH gold's."""
    return (actor.code if actor else NO_ACTOR) in accepted


def actors_agree(event: Event, gold: GoldEvent, fmt: str) -> bool:
    """Return whether source and target agree, at the level the gold format names them."""
    side = side_agrees_in_full if fmt == PETRARCH else side_found
    return side(event.source, gold.source) and side(event.target, gold.target)


@cache
def cue_categories() -> dict[str, str]:
    """Map each CAMEO cue category's name ("DEMAND") to its PLOVER type ("REQUEST").

    The PLOVER gold labels some events with the CAMEO name of their cue category (DEMAND,
    DISAPPROVE, INVESTIGATE, FIGHT) rather than a PLOVER 0.8 type; the PLOVER manual's table 7.1
    gives each cue category its PLOVER type, and the codebook's root rows carry that table.
    """
    return {code.name: code.plover for code in load_codebook() if code.code == code.root and code.plover}


def plover_category(label: str) -> str:
    """Return the PLOVER type a gold label names: itself, or its CAMEO cue category's type."""
    return label if label in PLOVER_TYPES else cue_categories().get(label, label)


def same_plover(event: Event, gold: GoldEvent) -> bool:
    """Same PLOVER type as the gold's, reading a CAMEO cue-category label through table 7.1."""
    return gold.plover is not None and event.plover == plover_category(gold.plover)


def same_plover_as_written(event: Event, gold: GoldEvent) -> bool:
    """Same PLOVER type as the gold's label compared as written (DEMAND never matches)."""
    return gold.plover is not None and event.plover == gold.plover


def same_code(event: Event, gold: GoldEvent) -> bool:
    return gold.code is not None and event.cameo == gold.code


def same_root(event: Event, gold: GoldEvent) -> bool:
    """CAMEO roots are the code's first two digits ("1123" -> "11")."""
    return gold.code is not None and event.root == gold.code[:2]


def plover_found(event: Event, gold: GoldEvent, fmt: str) -> bool:
    """Return whether `event` finds `gold` under the README's PLOVER rule."""
    return same_plover(event, gold) and actors_agree(event, gold, fmt)


# Each metric: which gold field it needs, and when a produced event matches an expected one.
# "actors" alone is the actor agreement, "code"/"code_root" alone the code agreement.
METRICS: dict[str, tuple[str | None, Matcher]] = {
    "plover": ("plover", plover_found),
    "plover_as_written": ("plover", lambda e, g, fmt: same_plover_as_written(e, g) and actors_agree(e, g, fmt)),
    "actors": (None, actors_agree),
    "cameo": ("code", lambda e, g, fmt: same_code(e, g) and actors_agree(e, g, fmt)),
    "cameo_root": ("code", lambda e, g, fmt: same_root(e, g) and actors_agree(e, g, fmt)),
    "code": ("code", lambda e, g, fmt: same_code(e, g)),
    "code_root": ("code", lambda e, g, fmt: same_root(e, g)),
}
