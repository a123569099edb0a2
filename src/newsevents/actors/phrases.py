"""Cut an article's tokens into actor phrases: "U.S. President Joe Biden" is one phrase.

A phrase is a run of *units* with nothing but qualifiers between them:

    modifier*  role*  name?        modifier = country, demonym, capital, seat of power,
                                              organisation, region, or a person ("Biden administration")
                                   role     = a title, group or body noun ("President", "troops")
                                   name     = a known person, or a person the text names

so "National Security Council spokeswoman Emily Horne", "Biden administration officials",
"Russia's foreign minister", "the president of Ukraine" and "Hong Kong police" are each one
phrase, while "Russia, Ukraine" or "U.S.-Russia talks" give one phrase per country. A title
phrase in apposition to a name ("Sergei Lavrov, Russia's foreign minister,") joins it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from newsevents.actors.aliases import AliasMatch, Target
from newsevents.actors.kb import KnowledgeBase
from newsevents.records import Entity, Token

MODIFIER, ROLE, NAME = "M", "R", "N"
MODIFIER_KINDS = frozenset({"country", "adjective", "capital", "institution", "org", "region"})
# words allowed inside or just before a phrase; "former" and the like change the actor's status
QUALIFIERS = frozenset(
    "former ex - late acting deputy vice senior top then outgoing incoming interim caretaker "
    "first chief new current longtime veteran special assistant junior de facto".split()
)
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# tokens of a person's name that are not a first name: "Joseph R. Biden Jr."
NAME_EXTRAS = frozenset({"mr.", "mrs.", "ms.", "dr.", "jr.", "jr", "sr.", "mr", "mrs", "ms", "dr"})


@dataclass(slots=True)
class Unit:
    first: int
    end: int
    kind: str  # M | R | N
    targets: tuple[Target, ...] = ()  # empty for a name the knowledge base lacks


@dataclass(slots=True)
class Phrase:
    units: list[Unit]
    first: int
    end: int
    qualifiers: set[str] = field(default_factory=set)

    @property
    def name(self) -> Unit | None:
        return self.units[-1] if self.units[-1].kind == NAME else None

    @property
    def roles(self) -> list[Unit]:
        return [u for u in self.units if u.kind == ROLE]

    @property
    def modifiers(self) -> list[Unit]:
        last = self.name
        return [u for u in self.units if u.kind == MODIFIER or (u.kind == NAME and u is not last)]


def find_units(tokens: Sequence[Token], entities: Sequence[Entity], kb: KnowledgeBase) -> list[Unit]:
    """Return the known names, role nouns and person names of the article, in text order."""
    person_spans = [(e.first_token, e.end_token) for e in entities if e.label == "PERSON"]
    units = [u for m in kb.aliases.find(tokens) if (u := _unit_of(m, tokens, kb, person_spans))]
    units = _drop_role_modifiers(tokens, units)
    units = _add_person_names(tokens, units, person_spans)
    return _add_surnames(tokens, units)


def _unit_of(match: AliasMatch, tokens: Sequence[Token], kb: KnowledgeBase, person_spans) -> Unit | None:
    kinds = {t.kind for t in match.targets}
    last = tokens[match.end - 1]
    span = next(((s, e) for s, e in person_spans if s <= match.first and match.end <= e), None)
    if kinds == {"role"}:
        return Unit(match.first, match.end, ROLE, match.targets) if last.pos in NOUN_POS else None
    if kinds == {"person"}:
        if span and span != (match.first, match.end):
            return _widen_person(match, span, tokens, kb)
        if match.end - match.first == 1 and last.pos != "PROPN" and last.ent_type != "PERSON":
            return None
        return Unit(match.first, match.end, NAME, match.targets)
    if span and span != (match.first, match.end):
        return None  # "Jordan" inside "Michael Jordan"
    targets = tuple(t for t in match.targets if t.kind in MODIFIER_KINDS)
    return Unit(match.first, match.end, MODIFIER, targets) if targets else None


def _widen_person(match: AliasMatch, span: tuple[int, int], tokens: Sequence[Token], kb: KnowledgeBase) -> Unit | None:
    """Return the whole PERSON entity as the person when its other words fit ("Joseph R. Biden").

    A family member ("Hunter Biden") does not fit, and stays an unknown name.
    """
    words = {w.lower() for t in match.targets for a in kb.people[t.key].aliases for w in a.split()}
    for token in tokens[span[0] : span[1]]:
        text = token.text.lower()
        if match.first <= token.i < match.end or text in words or text in NAME_EXTRAS:
            continue
        if not (len(text) == 2 and text.endswith(".")):  # an initial
            return None
    return Unit(span[0], span[1], NAME, match.targets)


def _drop_role_modifiers(tokens: Sequence[Token], units: list[Unit]) -> list[Unit]:
    """Drop role nouns that only modify another noun ("police station", "military buildup").

    A role noun modifying a proper noun is a title before a name ("President Ivan Petrenko"),
    whether or not the knowledge base knows the name.
    """
    covered = {i for u in units for i in range(u.first, u.end)}
    kept = []
    for unit in units:
        last = tokens[unit.end - 1]
        modifies_other = last.dep in ("compound", "amod", "nmod") and last.head >= unit.end
        modifies_name = tokens[last.head].pos == "PROPN"
        if unit.kind == ROLE and modifies_other and not modifies_name and last.head not in covered:
            continue
        kept.append(unit)
    return kept


def _add_person_names(tokens: Sequence[Token], units: list[Unit], person_spans) -> list[Unit]:
    """Add the PERSON entities the knowledge base does not know, and capitalised words after a title."""
    covered = {i for u in units for i in range(u.first, u.end)}
    added = [Unit(s, e, NAME) for s, e in _uncovered_runs(person_spans, covered)]
    covered.update(i for u in added for i in range(u.first, u.end))
    for unit in (u for u in units if u.kind == ROLE):
        end = unit.end
        while end < len(tokens) and end not in covered and _is_name_word(tokens[end]):
            end += 1
        if end > unit.end:
            added.append(Unit(unit.end, end, NAME))
    return sorted(units + added, key=lambda u: u.first)


def _uncovered_runs(spans, covered: set[int]) -> list[tuple[int, int]]:
    runs = []
    for start, end in spans:
        run_start = None
        for i in range(start, end + 1):
            free = i < end and i not in covered
            if free and run_start is None:
                run_start = i
            elif not free and run_start is not None:
                runs.append((run_start, i))
                run_start = None
    return runs


def _is_name_word(token: Token) -> bool:
    return token.pos == "PROPN" and token.text[:1].isupper() and token.ent_type in ("", "PERSON", "ORG", "GPE")


def _add_surnames(tokens: Sequence[Token], units: list[Unit]) -> list[Unit]:
    """Add later bare surnames of people named in full earlier ("Price" after "Ned Price")."""
    covered = {i for u in units for i in range(u.first, u.end)}
    full_names = sorted((u.end, tokens[u.end - 1].text) for u in units if u.kind == NAME and u.end - u.first > 1)
    added = []
    for token in tokens:
        if token.i in covered or not token.text[:1].isupper() or token.pos not in NOUN_POS:
            continue
        if any(end <= token.i and surname == token.text for end, surname in full_names):
            added.append(Unit(token.i, token.i + 1, NAME))
    return sorted(units + added, key=lambda u: u.first)


def group_phrases(tokens: Sequence[Token], units: list[Unit]) -> list[Phrase]:
    """Return the phrases the units form, leading qualifiers and appositions included."""
    runs: list[list[Unit]] = []
    for unit in units:
        if runs and _joins(tokens, runs[-1][-1], unit):
            runs[-1].append(unit)
        else:
            runs.append([unit])
    phrases = [_phrase(tokens, run) for units_ in runs for run in _split_modifier_runs(units_)]
    return _merge_appositions(tokens, phrases)


def _joins(tokens: Sequence[Token], before: Unit, after: Unit) -> bool:
    if tokens[before.end - 1].sentence != tokens[after.first].sentence:
        return False
    gap = [t.text.lower() for t in tokens[before.end : after.first]]
    order_ok = {
        (MODIFIER, MODIFIER), (MODIFIER, ROLE), (MODIFIER, NAME),
        (ROLE, ROLE), (ROLE, NAME), (NAME, ROLE),
    }
    if before.kind == ROLE and after.kind == MODIFIER:  # "the president of Ukraine"
        return gap in (["of"], ["of", "the"])
    if (before.kind, after.kind) not in order_ok:
        return False
    if gap and gap[0] in POSSESSIVES and before.kind in (MODIFIER, NAME):
        gap = gap[1:]
    return all(word in QUALIFIERS for word in gap)


def _split_modifier_runs(run: list[Unit]) -> list[list[Unit]]:
    """Keep several modifiers together only when a role or name follows ("U.S. State Department
    spokesman"); "Russia Ukraine talks" is two phrases."""
    if len(run) > 1 and all(u.kind == MODIFIER for u in run):
        return [[u] for u in run]
    return [run]


def _phrase(tokens: Sequence[Token], run: list[Unit]) -> Phrase:
    first = run[0].first
    while first > 0 and tokens[first - 1].text.lower() in QUALIFIERS and tokens[first - 1].sentence == tokens[first].sentence:
        first -= 1
    inside = {i for u in run for i in range(u.first, u.end)}
    qualifiers = {t.text.lower() for t in tokens[first : run[-1].end] if t.i not in inside}
    return Phrase(run, first, run[-1].end, qualifiers & QUALIFIERS)


def _merge_appositions(tokens: Sequence[Token], phrases: list[Phrase]) -> list[Phrase]:
    """Join "NAME, TITLE" and "TITLE, NAME" when the parser marks one as the other's apposition."""
    merged: list[Phrase] = []
    for phrase in phrases:
        if merged and _in_apposition(tokens, merged[-1], phrase):
            before = merged.pop()
            # the name goes last, where `Phrase.name` looks for it
            units = phrase.units + before.units if before.name else before.units + phrase.units
            phrase = Phrase(units, before.first, phrase.end, before.qualifiers | phrase.qualifiers)
        merged.append(phrase)
    return merged


def _in_apposition(tokens: Sequence[Token], a: Phrase, b: Phrase) -> bool:
    if [t.text for t in tokens[a.end : b.first]] != [","]:
        return False
    if not ((a.name and b.roles and not b.name) or (b.name and a.roles and not a.name)):
        return False
    head_a, head_b = tokens[a.end - 1], tokens[b.end - 1]
    return (head_b.dep == "appos" and a.first <= head_b.head < a.end) or (
        head_a.dep == "appos" and b.first <= head_a.head < b.end
    )
