"""Cut an article's tokens into actor phrases: "U.S. President Joe Biden" is one phrase.

A phrase is a run of *units* with nothing but qualifiers between them:

    modifier*  role*  name?        modifier = country, demonym, capital, seat of power,
                                              organisation, region, a person ("Biden administration"),
                                              a town or city ("Basra police"),
                                              a country with a people's noun ("Bosnian Serbs"),
                                              or any entry of a user's PETRARCH dictionary ("Gondor")
                                   role     = a title, group or body noun ("President", "troops")
                                   name     = a known person, or a person the text names

so "National Security Council spokeswoman Emily Horne", "Biden administration officials",
"Russia's foreign minister", "the president of Ukraine", "Prime Minister Aziz Rahmani of
Afghanistan", "Nigerian Information Minister Femi Okoro" (a portfolio between country and
title) and "Hong Kong police" are each one phrase, while "Russia, Ukraine" or "U.S.-Russia
talks" give one phrase per country. A title phrase in apposition to a name ("Sergei Lavrov,
Russia's foreign minister," or "Jean Dupont, the French ambassador,") joins it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from newsevents.actors.aliases import AliasMatch, Target
from newsevents.actors.data import (
    PeopleNoun,
    load_affiliation_suffixes,
    load_name_extras,
    load_place_nouns,
    load_qualifiers,
    load_stance_prefixes,
    load_water_nouns,
)
from newsevents.actors.kb import KnowledgeBase
from newsevents.actors.places import place_span
from newsevents.ingest.data import load_name_particles
from newsevents.records import Entity, Token

MODIFIER, ROLE, NAME = "M", "R", "N"
MODIFIER_KINDS = frozenset(
    {"country", "adjective", "capital", "institution", "org", "region", "imported", "province", "province-adjective"}
)
JOINING_ORDERS = frozenset(
    {(MODIFIER, MODIFIER), (MODIFIER, ROLE), (MODIFIER, NAME), (ROLE, ROLE), (ROLE, NAME), (NAME, ROLE)}
)
# "Nigerian Information Minister", "Brazil's Health Ministry": the words naming a portfolio
MAX_PORTFOLIO_WORDS = 3
# "Nigerian oil workers": the lower-case nouns naming a trade
MAX_TRADE_WORDS = 2
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# entity labels of places and things: a person's name inside one is part of another name (the
# small model often labels people ORG, so ORG is not among them)
# names of a country or its people: an entity made only of these is a people, not a person
PEOPLE_KINDS = frozenset({"country", "adjective"})
# entities whose one word may be a misspelt country or nationality ("Afganistan", "Quatar's emir")
MISSPELT_LABELS = frozenset({"GPE", "NORP", "ORG"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


@dataclass(slots=True)
class Unit:
    first: int
    end: int
    kind: str  # M | R | N
    targets: tuple[Target, ...] = ()  # empty for a name the knowledge base lacks
    people_noun: PeopleNoun | None = None  # the people's noun joined to a country ("Bosnian *Serbs*")


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
    matches = kb.aliases.find(tokens)
    peoples = {i for m in matches if {t.kind for t in m.targets} <= PEOPLE_KINDS for i in range(m.first, m.end)}
    peoples |= {t.i for t in tokens if t.text in kb.people_nouns}  # "Iraqi Kurds"
    person_spans = [
        _without_possessive(tokens, e.first_token, e.end_token) for e in entities
        if e.label == "PERSON" and not set(range(e.first_token, e.end_token)) <= peoples  # "Bosnian Serbs": a people
    ]
    place_spans = [(e.first_token, e.end_token) for e in entities if e.label in PLACE_LABELS]
    units = [u for m in matches if (u := _unit_of(m, tokens, kb, person_spans, place_spans))]
    units = _join_people_nouns(tokens, units, kb)
    units = _drop_role_modifiers(tokens, units)
    units = _add_person_names(tokens, units, person_spans)
    units = _add_surnames(tokens, units)
    units = _add_misspelt_countries(tokens, entities, units, kb)
    return _add_places(tokens, entities, units, kb)


def _add_misspelt_countries(
    tokens: Sequence[Token], entities: Sequence[Entity], units: list[Unit], kb: KnowledgeBase
) -> list[Unit]:
    """Add the one-word places and nationalities no table knows that misspell a country ("Ethopia")."""
    if kb.spelling is None:
        return units
    taken = {i for u in units for i in range(u.first, u.end)}
    labelled = {e.first_token: e for e in entities}
    for token in tokens:
        entity = labelled.get(token.i)
        if entity is None and token.pos == "PROPN" and not token.ent_type:  # "Ethopia has agreed": no label at all
            words = (token.i, token.i + 1)
        elif entity is not None and entity.label in MISSPELT_LABELS and entity.end_token - entity.first_token == 1:
            words = (entity.first_token, entity.end_token)
        else:
            continue
        targets = () if token.i in taken else kb.spelling.correct(token.text)
        if targets:
            units.append(Unit(words[0], words[1], MODIFIER, targets))
    return sorted(units, key=lambda u: u.first)


def _unit_of(match: AliasMatch, tokens: Sequence[Token], kb: KnowledgeBase, person_spans, place_spans) -> Unit | None:
    kinds = {t.kind for t in match.targets}
    last = tokens[match.end - 1]
    span = next(((s, e) for s, e in person_spans if s <= match.first and match.end <= e), None)
    if kinds == {"role"}:
        return Unit(match.first, match.end, ROLE, match.targets) if last.pos in NOUN_POS else None
    if kinds == {"person"}:
        if _inside_larger(match, place_spans):
            return None  # "Dar" in "Dar es Salaam"
        if span and span != (match.first, match.end):
            return _widen_person(match, span, tokens, kb)
        if match.end - match.first == 1 and last.pos != "PROPN" and last.ent_type != "PERSON" and not _lone_entity(tokens, last):
            return None
        return Unit(match.first, match.end, NAME, match.targets)
    if span and span != (match.first, match.end):
        return None  # "Jordan" inside "Michael Jordan"
    if _after_stance_prefix(tokens, match.first):
        return None  # "pro-Russian separatists" are not Russia's
    if _names_water(tokens, match.first, match.end):
        return None  # "the South China Sea" is no actor
    if kinds == {"region"} and _names_part_of_country(tokens, match.end):
        return None  # "the Western province" of Sri Lanka is not the West
    targets = tuple(t for t in match.targets if t.kind in MODIFIER_KINDS)
    return Unit(match.first, match.end, MODIFIER, targets) if targets else None


def _after_stance_prefix(tokens: Sequence[Token], first: int) -> bool:
    """Return True after "pro-" or "anti-": the country is whom the phrase is for or against."""
    return first >= 2 and tokens[first - 1].text == "-" and tokens[first - 2].text.lower() in load_stance_prefixes()


def _names_water(tokens: Sequence[Token], first: int, end: int) -> bool:
    """Return True for a name inside the proper name of a sea, gulf or river (water_nouns.tsv):
    right before the capitalised noun ("the South China *Sea*", "the Taiwan *Strait*") or after
    it and "of" ("the *Gulf* of Mexico")."""
    def is_water(token: Token) -> bool:
        return token.text[:1].isupper() and token.text.lower() in load_water_nouns()

    after = end < len(tokens) and is_water(tokens[end])
    before = first >= 2 and tokens[first - 1].text == "of" and is_water(tokens[first - 2])
    return after or before


def _names_part_of_country(tokens: Sequence[Token], end: int) -> bool:
    """Return True for a region's word right before a place noun (place_nouns.tsv): "the *Western*
    province", "the *Eastern* region" name a part of a country, not a bloc or a continent."""
    return end < len(tokens) and tokens[end].text.lower() in load_place_nouns()


def _inside_larger(match: AliasMatch, spans) -> bool:
    """Return True when the match is a strict part of one of the entity spans."""
    return any(s <= match.first and match.end <= e and e - s > match.end - match.first for s, e in spans)


def _without_possessive(tokens: Sequence[Token], first: int, end: int) -> tuple[int, int]:
    """Return an entity's span without the possessive ending the model may count in it: the
    person of "*Vladimir Putin*'s proposal" is named by the words before "'s"."""
    while end - first > 1 and tokens[end - 1].dep == "case" and tokens[end - 1].text.lower() in POSSESSIVES:
        end -= 1
    return first, end


def _widen_person(match: AliasMatch, span: tuple[int, int], tokens: Sequence[Token], kb: KnowledgeBase) -> Unit | None:
    """Return the whole PERSON entity as the person when its other words fit ("Joseph R. Biden").

    A name particle fits however it is spelt ("Omar *El* Bashir" is Omar al-Bashir). A family
    member ("Hunter Biden") does not fit, and stays an unknown name.
    """
    words = {w.lower() for t in match.targets for a in kb.people[t.key].aliases for w in a.split()}
    for token in tokens[span[0] : span[1]]:
        text = token.text.lower()
        if (match.first <= token.i < match.end or text in words or text in load_name_extras()
                or text in load_name_particles() or text == "-"):  # "el-Bashir" is three tokens
            continue
        if not (len(text) == 2 and text.endswith(".")):  # an initial
            return None
    return Unit(span[0], span[1], NAME, match.targets)


def _join_people_nouns(tokens: Sequence[Token], units: list[Unit], kb: KnowledgeBase) -> list[Unit]:
    """Join a country's adjective or name and a people's noun right after it into one unit that
    names where the group lives (`people_nouns.tsv`): "Bosnian Serbs" and "Iraqi Kurds" live in
    the adjective's country (BIH, IRQ), "Turkish Cypriots" in Cyprus. Only the very next word
    counts ("Greek-Albanian" names two countries), and a noun starting a longer name ("Arab
    League") is not a people's.
    """
    starts = {u.first: u for u in units}
    covered = {i for u in units for i in range(u.first, u.end)}
    joined: list[Unit] = []
    for unit in units:
        if joined and joined[-1].people_noun and joined[-1].end == unit.end:
            continue  # the people's noun, now inside the joined unit
        if _after_nations_name(tokens, unit, covered, kb):
            continue  # "Mohawk Indians" are no nationals of India
        noun = _people_noun_after(tokens, unit, kb)
        after = starts.get(unit.end)
        if noun is None or (after is not None and after.end > unit.end + 1):
            joined.append(unit)
            continue
        country = unit.targets[0].key if noun.kind == "ethnic" else noun.country
        joined.append(Unit(unit.first, unit.end + 1, MODIFIER, (Target("adjective", country),), noun))
    return joined


def _after_nations_name(tokens: Sequence[Token], unit: Unit, covered: set[int], kb: KnowledgeBase) -> bool:
    """Return True for an ethnic people's noun of one word right after the capitalised name of a
    tribe, nation or region that no table knows ("*Mohawk* Indians", "*Marsh* Arabs"): the pair
    names a people where it lives, not the state whose demonym the noun shares."""
    noun = kb.people_nouns.get(tokens[unit.first].text)
    if unit.end - unit.first != 1 or noun is None or noun.kind != "ethnic" or unit.first == 0:
        return False
    before = tokens[unit.first - 1]
    joined = before.dep in ("compound", "amod", "nmod") and before.head == unit.first
    return joined and before.i not in covered and _is_name_word(before) and before.sentence == tokens[unit.first].sentence


def _people_noun_after(tokens: Sequence[Token], unit: Unit, kb: KnowledgeBase) -> PeopleNoun | None:
    """Return the people's noun right after a country's name or adjective, if one follows."""
    if unit.kind != MODIFIER or len(unit.targets) != 1 or unit.targets[0].kind not in PEOPLE_KINDS:
        return None
    if unit.end >= len(tokens) or tokens[unit.end].sentence != tokens[unit.first].sentence:
        return None
    return kb.people_nouns.get(tokens[unit.end].text)


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
    """Add the PERSON entities the knowledge base does not know, capitalised words after a
    title, and the name a title stands in apposition to ("Lars Nygaard, Denmark's defence
    minister," even when the parser took "Lars Nygaard" for an organisation)."""
    covered = {i for u in units for i in range(u.first, u.end)}
    added = [Unit(s, e, NAME) for s, e in _uncovered_runs(person_spans, covered)]
    covered.update(i for u in added for i in range(u.first, u.end))
    for unit in (u for u in units if u.kind == ROLE):
        end = unit.end
        while end < len(tokens) and end not in covered and _is_name_word(tokens[end]):
            end += 1
        if end > unit.end:
            added.append(Unit(unit.end, end, NAME))
            covered.update(range(unit.end, end))
        appositive = _apposed_name(tokens, unit, covered)
        if appositive:
            added.append(appositive)
            covered.update(range(appositive.first, appositive.end))
    return sorted(units + added, key=lambda u: u.first)


def _apposed_name(tokens: Sequence[Token], title: Unit, covered: set[int]) -> Unit | None:
    """Return the proper name before a comma that the title noun is in apposition to, if free."""
    last = tokens[title.end - 1]
    head = tokens[last.head]
    if last.dep != "appos" or head.i >= title.first or head.i in covered or not _is_name_word(head):
        return None
    first = head.i
    while first > 0 and tokens[first - 1].dep == "compound" and _is_name_word(tokens[first - 1]):
        first -= 1
    return Unit(first, head.i + 1, NAME) if not covered & set(range(first, head.i + 1)) else None


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


def _lone_entity(tokens: Sequence[Token], token: Token) -> bool:
    """Whether the parser made `token` a named entity of one word, whatever its part of speech
    or label: a surname tagged as a noun ("*Guterres* criticised ...") is still a name, while a
    capitalised common word ("*Ban* on imports") is no entity at all."""
    if not token.ent_type:
        return False
    neighbours = [tokens[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(tokens) and tokens[i].sentence == token.sentence]
    return all(n.ent_type != token.ent_type for n in neighbours)


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


def _add_places(
    tokens: Sequence[Token], entities: Sequence[Entity], units: list[Unit], kb: KnowledgeBase
) -> list[Unit]:
    """Add the towns and cities the text uses as places, with their cue words ("town of Samarra").

    A place takes in the shorter known names inside it ("Benin City" is in Nigeria, not Benin)
    but never a person's name, a name that crosses its edge, or one as long as itself.
    """
    for match in kb.places.find(tokens):
        entity = next((e for e in entities if e.first_token < match.end and match.first < e.end_token), None)
        span = place_span(tokens, match.first, match.end, kb.places.place(match.targets[0].key), entity)
        inside = [u for u in units if span and u.first < span[1] and span[0] < u.end]
        cued = span is not None and span != (match.first, match.end)
        if span and not any(_keeps_out_place(u, span, match, cued) for u in inside):
            units = [u for u in units if u not in inside] + [Unit(span[0], span[1], MODIFIER, match.targets)]
    return sorted(units, key=lambda u: u.first)


def _keeps_out_place(unit: Unit, span: tuple[int, int], match: AliasMatch, cued: bool) -> bool:
    """Return True when a unit met by a place's span wins over the place.

    A name the knowledge base lacks, which the parser alone took for a person's, gives way to a
    town named after a place noun: in "the old city of Dubrovnik" the cue words settle it."""
    same = (unit.first, unit.end) == (match.first, match.end)
    if cued and same and unit.kind == NAME and not unit.targets:
        return False
    return unit.kind == NAME or unit.first < span[0] or unit.end > span[1] or same


def group_phrases(tokens: Sequence[Token], units: list[Unit]) -> list[Phrase]:
    """Return the phrases the units form, leading qualifiers and appositions included."""
    runs: list[list[Unit]] = []
    for unit in units:
        if runs and _holder_name(tokens, runs[-1][-1], unit):
            unit.kind = NAME  # "Prime Minister Romendacil": the entry names the title's holder
            runs[-1].append(unit)
        elif runs and _joins(tokens, runs[-1], unit):
            runs[-1].append(unit)
        else:
            runs.append([unit])
    phrases = [_phrase(tokens, _name_last(run)) for units_ in runs for run in _split_modifier_runs(units_)]
    return _merge_appositions(tokens, phrases)


def _holder_name(tokens: Sequence[Token], title: Unit, after: Unit) -> bool:
    """Return True when a user's dictionary entry right after a title noun is the holder's name.

    PETRARCH files list people and countries alike ("ROMENDACIL [BRE]"), so the entry is a
    modifier unit; after "Prime Minister" or "minister" it names the person the title belongs to
    ("Bree Prime Minister Romendacil", "Ithilen's minister Calimehtar"), when the parser joins
    the two (the title a compound of the name, or the name in apposition to the title).
    """
    if title.kind != ROLE or after.kind != MODIFIER or after.first != title.end:
        return False
    if {t.kind for t in after.targets} != {"imported"} or tokens[after.first].pos != "PROPN":
        return False
    if tokens[title.end - 1].sentence != tokens[after.first].sentence:
        return False
    name_span, title_span = range(after.first, after.end), range(title.first, title.end)
    return tokens[title.end - 1].head in name_span or tokens[after.end - 1].head in title_span


def _joins(tokens: Sequence[Token], run: list[Unit], after: Unit) -> bool:
    before = run[-1]
    if tokens[before.end - 1].sentence != tokens[after.first].sentence:
        return False
    gap = list(tokens[before.end : after.first])
    words = [t.text.lower() for t in gap]
    if after.kind == MODIFIER and before.kind in (ROLE, NAME):
        # "the president of Ukraine", "Prime Minister Aziz Rahmani of Afghanistan"; not "the
        # deputy head of *Iran's* proxy militia", who is the militia's
        titled = before.kind == ROLE or any(u.kind == ROLE for u in run)
        owns_next = after.end < len(tokens) and tokens[after.end].text in POSSESSIVES
        return titled and words in (["of"], ["of", "the"]) and not owns_next
    if (before.kind, after.kind) not in JOINING_ORDERS:
        return False
    owner = bool(words) and words[0] in POSSESSIVES and before.kind in (MODIFIER, NAME)
    if owner:
        gap, words = gap[1:], words[1:]
    if owner and after.kind == ROLE and _describes(gap):
        return True  # "Ithilen's awful and evil minister", "Iran's powerful judiciary"
    if before.kind == MODIFIER and len(words) >= 2 and words[0] == "-" and words[1] in load_affiliation_suffixes():
        gap, words = gap[2:], words[2:]  # "Vietnamese-led forces" are Vietnam's, as "U.S.-led forces"
    if before.kind == MODIFIER and after.kind == ROLE and (_is_portfolio(gap) or _is_trade(gap)):
        return True  # "Nigerian Information Minister", "Brazil's Health Ministry", "Nigerian oil workers"
    return all(_is_qualifier(word) for word in words)


def _is_qualifier(word: str) -> bool:
    """Return True for a word allowed inside or just before a phrase (qualifiers.tsv: "former",
    "deputy", "senior"); "former" and the like change the actor's status."""
    return any(word in words for words in load_qualifiers().values())


def _describes(gap: Sequence[Token]) -> bool:
    """Return True for adjectives, joined by "and" or commas, between an owner and its title."""
    return bool(gap) and gap[-1].pos == "ADJ" and all(
        t.pos == "ADJ" or _is_qualifier(t.text.lower()) or t.text.lower() in ("and", ",") for t in gap
    )


def _is_trade(gap: Sequence[Token]) -> bool:
    """Return True for one or two lower-case nouns naming a trade before a role ("oil workers",
    "steel industry workers"), which modify the role as its compounds."""
    return 0 < len(gap) <= MAX_TRADE_WORDS and all(t.pos == "NOUN" and t.dep == "compound" and t.text.islower() for t in gap)


def _is_portfolio(gap: Sequence[Token]) -> bool:
    """Return True for the capitalised words naming a portfolio between a country and a title."""
    return 0 < len(gap) <= MAX_PORTFOLIO_WORDS and all(t.pos == "PROPN" and t.text[:1].isupper() for t in gap)


def _name_last(run: list[Unit]) -> list[Unit]:
    """Return the run with its person's name last, where `Phrase.name` looks for it, when only
    "of" and a country follow the name ("Prime Minister Aziz Rahmani of Afghanistan")."""
    names = [i for i, u in enumerate(run) if u.kind == NAME]
    if not names or names[-1] == len(run) - 1 or any(u.kind != MODIFIER for u in run[names[-1] + 1 :]):
        return run
    return run[: names[-1]] + run[names[-1] + 1 :] + [run[names[-1]]]


def _split_modifier_runs(run: list[Unit]) -> list[list[Unit]]:
    """Keep several modifiers together only when a role or name follows ("U.S. State Department
    spokesman") or a country names the seat of power after it ("the U.S. Capitol"); "Russia
    Ukraine talks" is two phrases."""
    if len(run) > 1 and all(u.kind == MODIFIER for u in run) and not _country_and_seat(run):
        return [[u] for u in run]
    return [run]


def _country_and_seat(run: list[Unit]) -> bool:
    """Return True for a country followed by a seat of power or national body ("U.S. Capitol")."""
    first, last = run[0].targets, run[-1].targets
    return len(run) == 2 and {t.kind for t in last} == {"institution"} and first[0].kind in ("country", "adjective")


def _phrase(tokens: Sequence[Token], run: list[Unit]) -> Phrase:
    first, end = min(u.first for u in run), max(u.end for u in run)
    while first > 0 and _is_qualifier(tokens[first - 1].text.lower()) and tokens[first - 1].sentence == tokens[first].sentence:
        first -= 1
    inside = {i for u in run for i in range(u.first, u.end)}
    qualifiers = {t.text.lower() for t in tokens[first:end] if t.i not in inside}
    return Phrase(run, first, end, {q for q in qualifiers if _is_qualifier(q)})


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
    gap = [t.text.lower() for t in tokens[a.end : b.first]]
    if gap not in ([","], [",", "the"], [",", "a"]):  # "Jean Dupont, the French ambassador,"
        return False
    if not ((a.name and b.roles and not b.name) or (b.name and a.roles and not a.name)):
        return False
    head_a, head_b = phrase_head(tokens, a), phrase_head(tokens, b)
    return (head_b.dep == "appos" and a.first <= head_b.head < a.end) or (
        head_a.dep == "appos" and b.first <= head_a.head < b.end
    )


def phrase_head(tokens: Sequence[Token], phrase: Phrase) -> Token:
    """Return the phrase's syntactic head: its token attached outside it ("minister" in "the
    foreign minister of Chile")."""
    inside = range(phrase.first, phrase.end)
    return next((t for t in tokens[phrase.first : phrase.end] if t.head not in inside or t.head == t.i), tokens[phrase.end - 1])
