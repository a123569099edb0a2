"""Resolve the actor phrases of an analysed article to CAMEO-style actors, on its publication date.

    "U.S. President Joe Biden"        -> USAGOV  Joe Biden, President     people:usa-biden-president
    "Ukrainian President Ivan Petrov" -> UKRGOV  Ivan Petrov, President   title:president
    "Russian troops"                  -> RUSMIL                           role:troops
    "the Kremlin"                     -> RUSGOV                           metonym:rus-kremlin
    "Biden" (after "Joe Biden")       -> USAGOV  Joe Biden                coref:name
    "he" (subject, after "Putin")     -> RUSGOV  Vladimir Putin           coref:pronoun
    "near the town of Samarra"        -> IRQ     Sāmarrā’                 place:91597
    "Juba" (in 2000)                  -> SDN                              capital:SSD:before-independence
    "Bosnian Serbs"                   -> BIH                              country:BIH:ethnic:serbs
    "Chechen rebels"                  -> RUSREB                           role:rebels:province:chechnya

Each phrase (see `phrases.py`) becomes one `Mention`; the people table is read on the
article's date, so "Medvedev" is Russia's president in 2010 and its prime minister in 2015.
A former office holder keeps their country but no role (`USA`, office "former President"); a
town or city the text uses as a place (see `places.py`) is its country without a role, and a
town or capital of a state not yet independent on that date is its predecessor's
(`successor_states.tsv`). A people's noun after a country's adjective names one group, coded
where it lives (`people_nouns.tsv`).
Named entities no rule resolves are returned with `actor=None` and `how="unresolved"`. A user's
dictionary entry with a compound code ("THE_SHIRE [FRO/BIL/SAM]") names several actors at once:
its phrase gives one mention per actor, on the same span, the first in the usual place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsevents.actors.coref import Antecedent, Memory, is_coreferent_pronoun
from newsevents.actors.kb import KnowledgeBase
from newsevents.actors.phrases import NAME, Phrase, Unit, find_units, group_phrases, phrase_head
from newsevents.actors.places import PLACE_ENTITY_LABELS, after_place_noun, is_locative
from newsevents.actors.data import Term, load_non_state_roles, load_pronouns, load_qualifiers
from newsevents.records import Actor, AnalyzedArticle, Mention, Token

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# marks a town or capital coded to the state it belonged to before its own became independent
BEFORE_INDEPENDENCE = ":before-independence"
# a further actor of a dictionary entry's compound code, on the same span as the first: "how" ends so
COMPOUND_MEMBER = "compound-member"
# a region of one state gave the country (provinces.tsv): "province:chechnya"
PROVINCE_HOW = "province:"
MODIFIER_MENTION_KINDS = {
    "country": "GPE", "capital": "GPE", "place": "GPE", "adjective": "NORP", "region": "LOC",
    "province": "GPE", "province-adjective": "NORP",
}
# after a locative preposition (locative_prepositions.tsv) a capital or seat of power is a place, not its government ("talks in
# Moscow"), and an organisation's name the parser calls a place (PLACE_ENTITY_LABELS) is a place
# ("in Brussels")


@dataclass(frozen=True, slots=True)
class Base:
    """Who a phrase's modifiers name: a country, organisation or region, maybe with a role."""

    code: str
    country: str | None
    role: str | None
    name: str
    how: str
    fixed_code: bool = False  # organisations and regions: the role never joins the code ("EU", "EUR")

    def actor(self, role: str | None, name: str | None = None, office: str | None = None) -> Actor:
        code = self.code if self.fixed_code or not role else join_agent(self.code, role)
        return Actor(code=code, country=self.country, role=_bare(role), name=name or self.name, office=office)


def join_agent(code: str, role: str) -> str:
    """Return the actor code with a role joined as PETRARCH joins an agent.

    "GON" + "GOV" -> GONGOV; a role the code already holds after its country is not repeated
    ("USAGOV" from a user's dictionary + "GOV" -> USAGOV); a prefix agent of a user's agents
    file, written "NGO~", goes first: "NGO~" + "GON" -> NGOGON.
    """
    if role.endswith("~"):
        return role[:-1] + code
    return code if role in code[3:] else code + role


def _bare(role: str | None) -> str | None:
    """Return the role without the prefix mark of a user's agent ("NGO~" -> NGO)."""
    return role.rstrip("~") if role else role


@dataclass(frozen=True, slots=True)
class Resolved:
    actor: Actor | None
    how: str
    kind: str
    person: str | None = None


@dataclass(slots=True)
class Context:
    kb: KnowledgeBase
    day: dt.date | None
    tokens: Sequence[Token]
    memory: Memory
    bases: dict[int, Base] = field(default_factory=dict)  # token -> what its phrase's modifiers name


def resolve_mentions(analyzed: AnalyzedArticle, kb: KnowledgeBase) -> tuple[Mention, ...]:
    """Return one mention per actor phrase, resolved pronoun and unresolved entity, in text order."""
    tokens = analyzed.tokens
    ctx = Context(kb, analyzed.article.published, tokens, Memory())
    phrases = group_phrases(tokens, find_units(tokens, analyzed.entities, kb))
    covered = {i for p in phrases for i in range(p.first, p.end)}
    pronouns = [t for t in tokens if t.i not in covered and _is_subject_pronoun(t)]
    items = sorted([(p.first, p) for p in phrases] + [(t.i, t) for t in pronouns], key=lambda x: x[0])
    mentions = []
    for _, item in items:
        if isinstance(item, Phrase):
            resolved = resolve_phrase(item, ctx)
            span = (item.first, item.end)
            base = _base(item, ctx)
            if base:
                ctx.bases.update(dict.fromkeys(range(item.first, item.end), base))
        else:
            resolved = _resolve_pronoun(item, ctx)
            span = (item.i, item.i + 1)
        if resolved:
            mentions.append(_mention(analyzed, span, resolved))
            if isinstance(item, Phrase):
                mentions.extend(_mention(analyzed, span, other) for other in _compound_members(item, resolved, ctx))
    mentions.extend(_unresolved_entities(analyzed, mentions))
    return tuple(_stated_countries(tokens, _defined_acronyms(tokens, sorted(mentions, key=lambda m: m.first_token))))


def _stated_countries(tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Put a town in the country the text names for it: "the village of Solhan *in northern
    Burkina Faso*", "the town of Fada *in Burkina Faso*". The gazetteer gives a name shared by
    towns of several countries one of them; the country the sentence names, in an "in" phrase
    hung on the town's name, is the one it means."""
    countries = {i: m for m in mentions if m.actor is not None and m.how.startswith("country:")
                 for i in range(m.first_token, m.end_token)}
    out = []
    for mention in mentions:
        if mention.actor is not None and mention.how.startswith("place:") and mention.how[6:].isdigit():
            span = range(mention.first_token, mention.end_token)
            stated = [countries[obj.i] for prep in tokens if prep.head in span and prep.i not in span
                      and prep.dep == "prep" and prep.text.lower() == "in"
                      for obj in tokens if obj.head == prep.i and obj.dep == "pobj" and obj.i in countries]
            country = stated[0].actor.country if stated else None
            if country and country != mention.actor.country:
                actor = dataclasses.replace(mention.actor, code=country, country=country)
                mention = dataclasses.replace(mention, actor=actor, how=f"{mention.how}:in:{country}")
        out.append(mention)
    return out


def _defined_acronyms(tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Give an acronym the text defines in parentheses right after a name the name's actor:
    "the International Atomic Energy Agency (IAEA)", "the European Union (EU)" name one actor,
    whichever table knows the acronym, or none does. The acronym's letters are initials of the
    name's words, in order ("IAEA"), so a bracketed aside ("(AFP)") is left alone."""
    ending = {m.end_token: m for m in mentions if m.actor is not None and m.how != COMPOUND_MEMBER}
    out = []
    for mention in mentions:
        name = ending.get(mention.first_token - 1)
        if (name is not None and mention.how != COMPOUND_MEMBER and mention.actor != name.actor
                and tokens[mention.first_token - 1].text == "("
                and mention.end_token < len(tokens) and tokens[mention.end_token].text == ")"
                and _is_acronym_of(mention.text, name.text)):
            mention = dataclasses.replace(mention, actor=name.actor, how=f"acronym:{name.how}")
        out.append(mention)
    return out


def _is_acronym_of(acronym: str, name: str) -> bool:
    """Return True when `acronym` is written in capitals and its letters are initials of the
    name's words, in order, some words skipped ("EU": European Union; "NATO": North Atlantic
    Treaty Organization)."""
    letters = acronym.replace(".", "")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    initials = iter(w[0].upper() for w in name.replace("-", " ").split() if w[0].isalpha())
    return all(letter in initials for letter in letters)


def _compound_members(phrase: Phrase, resolved: Resolved, ctx: Context) -> list[Resolved]:
    """Return the other actors of a phrase whose dictionary entry has a compound code: "the
    Shire" of THE_SHIRE [FRO/BIL/SAM] is FRO, and BIL and SAM as well, each on the same span
    (the phrase's role joins each: "Shire police" FROCOP, BILCOP, SAMCOP)."""
    actor = resolved.actor
    if actor is None:
        return []
    for unit in phrase.units:
        if not unit.targets or unit.targets[0].kind != "imported":
            continue
        first, *others = ctx.kb.imported_actors(unit.targets[0].key, ctx.day) or (None,)
        if first is None or not others or first.code not in actor.code:
            continue
        return [Resolved(Actor(actor.code.replace(first.code, other.code, 1), other.country, actor.role, actor.name,
                               actor.office), f"{resolved.how}:{COMPOUND_MEMBER}", resolved.kind, resolved.person)
                for other in others]
    return []


def resolve_phrase(phrase: Phrase, ctx: Context) -> Resolved | None:
    """Return the actor of one phrase and remember it for later coreference."""
    sentence = ctx.tokens[phrase.first].sentence
    if phrase.name and _hyphen_tail(phrase.name, ctx.tokens):
        return Resolved(None, "unresolved", "PERSON")  # "Mazar-i-*Sharif*" is a town, no Sharif
    if phrase.name:
        resolved = _resolve_named(phrase, ctx)
        if resolved.actor:
            name_text = _text(ctx.tokens, phrase.name)
            aliases = ctx.kb.people[resolved.person].aliases if resolved.person else ()
            ctx.memory.remember(Antecedent(sentence, resolved.actor, resolved.person, "person"), name_text, aliases)
        return resolved
    resolved = _resolve_unnamed(phrase, ctx)
    if resolved and resolved.actor:
        kind = "group" if resolved.kind in ("GROUP", "ORG") else "other"
        subject = any(t.dep in SUBJECT_DEPS for t in ctx.tokens[phrase.first : phrase.end])
        ctx.memory.remember(Antecedent(sentence, resolved.actor, resolved.person, kind, subject))
    return resolved


def _resolve_named(phrase: Phrase, ctx: Context) -> Resolved:
    name = phrase.name
    assert name is not None
    former = _is_former(phrase)
    earlier = _earlier_person(name, ctx)
    if earlier and not phrase.roles and not phrase.modifiers:
        return Resolved(earlier.actor, "coref:name", "PERSON", earlier.person)
    bare = name.end - name.first == 1 and not phrase.roles and not phrase.modifiers
    if bare and ctx.memory.is_unknown(_text(ctx.tokens, name)):
        return Resolved(None, "unresolved", "PERSON")  # "Gates" after "Bill Gates"
    if name.targets and name.targets[0].kind == "imported":  # "Prime Minister Romendacil" (see phrases)
        own = _imported_base(name.targets[0].key, ctx)
        if own is not None and own.role and _base(phrase, ctx) is None:
            return Resolved(own.actor(own.role), own.how, "PERSON")  # the entry's own code is complete: USAELI
        actor, how = _titled(phrase, ctx, _text(ctx.tokens, name), own)
        return Resolved(actor, how, "PERSON")
    if name.targets:
        person = ctx.kb.person_on([t.key for t in name.targets], ctx.day)
        term, status = ctx.kb.term_on(person, ctx.day)
        if status in ("current", "undated") and not former:
            written = _written_other_country(phrase, ctx, person, term)
            if written is not None:  # "Soviet Foreign Minister Eduard Shevardnadze" in a 2000 text
                actor, how = _titled(phrase, ctx, term.name, written)
                return Resolved(actor, how, "PERSON", person)
            return Resolved(_term_actor(ctx.kb, term), f"people:{term.id}", "PERSON", person)
        if not phrase.roles or former:
            actor = _former_actor(ctx.kb, term, status, former)
            return Resolved(actor, f"people:{term.id}:{status}", "PERSON", person)
        actor, how = _titled(phrase, ctx, term.name, _country_base(ctx.kb, term))
        return Resolved(actor, how, "PERSON", person)
    if phrase.roles or phrase.modifiers:
        actor, how = _titled(phrase, ctx, _text(ctx.tokens, name))
        return Resolved(actor, how, "PERSON")
    if name.end - name.first > 1:
        ctx.memory.remember_unknown(_text(ctx.tokens, name))
    return Resolved(None, "unresolved", "PERSON")


def _written_other_country(phrase: Phrase, ctx: Context, person: str, term) -> Base | None:
    """Return the country a title written with the name gives, when it is another country in
    which the person held office: the text's own title beats the office held on the date."""
    if not phrase.roles:
        return None
    written = _base(phrase, ctx)
    if written is None or written.country is None or written.country == term.country:
        return None
    if not any(t.country == written.country for t in ctx.kb.people[person].terms):
        return None
    return written


def _hyphen_tail(name: Unit, tokens: Sequence[Token]) -> bool:
    """Whether a name is the last part of a hyphenated compound whose head the entity tagger cut
    off ("Mazar-i-*Sharif*", "Nagorno-*Karabakh*" read as two names): no person of that name."""
    first = tokens[name.first]
    if first.text == "-":
        return True
    before = tokens[name.first - 1] if name.first > 0 else None
    return before is not None and before.text == "-" and before.end == first.start and name.first > 1 \
        and tokens[name.first - 2].end == before.start


def _earlier_person(name: Unit, ctx: Context) -> Antecedent | None:
    """Return the earlier full mention a bare or repeated name refers to, if any."""
    if name.targets and name.end - name.first > 1:
        return None  # a full known name resolves from the table
    antecedent = ctx.memory.by_name(_text(ctx.tokens, name))
    if antecedent and name.targets and antecedent.person not in (None, *(t.key for t in name.targets)):
        return None
    return antecedent


def _titled(
    phrase: Phrase, ctx: Context, name: str | None, fallback: Base | None = None
) -> tuple[Actor | None, str]:
    """Return the actor and rule a title or role noun and its modifiers give.

    "Ukrainian President Ivan Petrov" -> UKRGOV; "President Ivan Petrov" (no country) -> GOV;
    "Pentagon spokesman" -> USAMIL (a spokesman takes the role of the body he speaks for).
    """
    base = _base(phrase, ctx) or fallback or _shared_base(phrase, ctx)
    rows = [ctx.kb.roles[u.targets[0].key] for u in phrase.roles]
    if not rows:
        return (base.actor(base.role, name), base.how) if base else (None, "unresolved")
    role = _role_code(rows, base.role if base else None)
    office = _office(phrase, rows)
    how = f"{'title' if office else 'role'}:{rows[-1].id}"
    if base and base.how.startswith(PROVINCE_HOW):  # "Chechen rebels": say the country came from a region
        how += f":{base.how}"
    if _is_former(phrase):
        role, office, how = None, f"former {office}" if office else None, how + ":former"
    if base is None:  # "President Ivan Petrov" in an article that never says of what
        role = _bare(role)
        return (Actor(code=role, role=role, name=name, office=office), how) if role else (None, "unresolved")
    actor = base.actor(role, name, office)
    # a user's agent that goes before the code ("MSF [NGO~]") still does with another role after
    # it, as PETRARCH joins both: "an MSF Gondor doctor" is NGOGONHLH
    prefix = next((r.role for r in rows if r.role.endswith("~") and r.role != role), None)
    if prefix and not base.fixed_code:
        actor = dataclasses.replace(actor, code=join_agent(actor.code, prefix))
    return actor, how


def _resolve_unnamed(phrase: Phrase, ctx: Context) -> Resolved | None:
    """Return the actor of a role phrase without a name, or None when no country says whose."""
    rows = [ctx.kb.roles[u.targets[0].key] for u in phrase.roles]
    if not rows:
        return _resolve_modifier(phrase, ctx)
    head = rows[-1]
    plural = ctx.tokens[phrase.end - 1].tag in ("NNS", "NNPS")
    kind = "GROUP" if head.kind == "group" or plural else "ORG" if head.kind == "body" else "PERSON"  # "forces" are a group
    actor, how = _titled(phrase, ctx, None)
    if kind == "PERSON" and _definite(phrase, ctx.tokens):  # "the Russian leader", "the president"
        sentence = ctx.tokens[phrase.first].sentence
        country = actor.country if actor else None
        titles = (head.office, *head.names)
        antecedent = ctx.memory.by_title(country, actor.role if actor else head.role, titles, sentence)
        if antecedent:
            return Resolved(antecedent.actor, "coref:title", kind, antecedent.person)
    text = _text_span(ctx.tokens, phrase.first, phrase.end)
    owned = _base(phrase, ctx) or _shared_base(phrase, ctx)
    owned_body = head.kind == "body" and _owned_by_pronoun(phrase, ctx.tokens)
    # "the government", "the army": a body of the country the sentence is about, which the event
    # coder may place (CAMEO coders read "unless the government pays" as the source's own)
    definite_body = head.kind == "body" and _definite(phrase, ctx.tokens)
    if actor is not None and (kind == "GROUP" or owned_body or definite_body) and owned is None:
        # "protesters", "police", "their forces": a role with no country; the event coder may place it
        return Resolved(Actor(actor.code, None, actor.role, text, actor.office), how + ":no-country", kind)
    if actor is None or owned is None:
        return None  # a role noun with no country: "the two leaders"
    return Resolved(Actor(actor.code, actor.country, actor.role, text, actor.office), how, kind)


def _is_former(phrase: Phrase) -> bool:
    """Return True for a phrase qualified as no longer in office: "*former* president", "the *late* king"."""
    return any(q in phrase.qualifiers for q in load_qualifiers()["former"])


def _owned_by_pronoun(phrase: Phrase, tokens: Sequence[Token]) -> bool:
    """Return True for a phrase after a possessive pronoun ("*their* forces", "*its* army"):
    someone named nearby owns it, whom the event coder may find."""
    return phrase.first > 0 and tokens[phrase.first - 1].text.lower() in load_pronouns()["possessive"]


def _resolve_modifier(phrase: Phrase, ctx: Context) -> Resolved | None:
    """Return the actor of a bare country, demonym, capital, seat of power, body or region."""
    unit = phrase.units[-1]
    base = _unit_base(unit, ctx)
    if base is None or _first_name_alone(unit, ctx.tokens):
        return None
    kind = MODIFIER_MENTION_KINDS.get(unit.targets[0].kind, "ORG")
    if base.role and _is_place(phrase, ctx.tokens):
        if not base.fixed_code:
            return Resolved(base.actor(None), f"place:{base.country}", kind)
        if ctx.tokens[unit.first].ent_type in PLACE_ENTITY_LABELS:
            return None  # "arrived in Brussels": a city, not the EU
    return Resolved(base.actor(base.role), base.how, kind)


def _first_name_alone(unit: Unit, tokens: Sequence[Token]) -> bool:
    """Return True for a region's people named alone that the parser calls a person and that
    modifies no noun: "Karen told reporters" is a woman, "the Karen" and "a Karen stronghold" a people."""
    words = tokens[unit.first : unit.end]
    after_the = unit.first > 0 and tokens[unit.first - 1].text.lower() == "the"
    return (
        unit.targets[0].kind == "province-adjective"
        and all(t.ent_type == "PERSON" for t in words)
        and words[-1].dep not in ("amod", "compound", "nmod")
        and not after_the
    )


def _is_place(phrase: Phrase, tokens: Sequence[Token]) -> bool:
    """Return True after "in", "at"... or a place noun: "talks in Moscow", "a meeting at the White
    House", "the capital city of Nairobi"."""
    if after_place_noun(tokens, phrase.first):
        return True
    before = phrase.first - 1
    if before > 0 and tokens[before].text.lower() == "the" and tokens[phrase.first].text.lower() != "the":
        before -= 1
    return before >= 0 and is_locative(tokens[before].text)


def _base(phrase: Phrase, ctx: Context) -> Base | None:
    """Return what the phrase's modifiers name; the modifier nearest the head wins."""
    for unit in reversed(phrase.modifiers):
        base = _unit_base(unit, ctx)
        if base:
            return base
    return None


def _shared_base(phrase: Phrase, ctx: Context) -> Base | None:
    """Return the country a bare role noun shares with the role it is coordinated with: in
    "Kenyan police and army" or "U.S. officials and lawmakers" the second noun is Kenyan
    (American) too. Only a noun right after "and", "or" or a comma, with no article of its own
    ("the Danish media and the government" may be another's), joined to the first role's head.
    """
    if phrase.modifiers or not phrase.roles or phrase.first == 0:
        return None
    if ctx.tokens[phrase.first - 1].text.lower() not in ("and", "or", ","):
        return None
    if any(ctx.kb.roles[u.targets[0].key].role in load_non_state_roles() for u in phrase.roles):
        return None  # "Israeli troops and militants clashed": the militants are the other side
    head = phrase_head(ctx.tokens, phrase)
    return ctx.bases.get(head.head) if head.dep == "conj" and head.head < phrase.first else None


def _unit_base(unit: Unit, ctx: Context) -> Base | None:
    kb = ctx.kb
    if unit.kind == NAME:
        return _person_base(unit, ctx)
    target = unit.targets[0]
    if target.kind in ("country", "adjective"):
        country = kb.countries[target.key]
        how = f"country:{country.id}" + (f":{unit.people_noun.kind}:{unit.people_noun.id}" if unit.people_noun else "")
        return Base(country.id, country.id, None, country.name, how)
    if target.kind in ("province", "province-adjective"):  # "Chechnya", "Chechen rebels": Russia's
        province = kb.provinces[target.key]
        return Base(province.country, province.country, None, province.name, PROVINCE_HOW + province.id)
    if target.kind == "imported":
        return _imported_base(target.key, ctx)
    if target.kind == "capital":
        state = kb.state_on(target.key, ctx.day)
        if state != target.key:  # "Juba" in 2000: a town of Sudan, no government's seat yet
            return Base(state, state, None, _text(ctx.tokens, unit), f"capital:{target.key}{BEFORE_INDEPENDENCE}")
        return Base(target.key, target.key, "GOV", _text(ctx.tokens, unit), f"capital:{target.key}")
    if target.kind == "place":
        place = kb.places.place(target.key)
        state = kb.state_on(place.country, ctx.day)
        how = f"place:{place.id}" + (BEFORE_INDEPENDENCE if state != place.country else "")
        return Base(state, state, None, place.name, how)
    if target.kind == "institution":
        row = kb.institutions[target.key]
        return Base(row.country, row.country, row.role, row.name, f"metonym:{row.id}")
    if target.kind == "org":
        org = kb.organisation_on([t.key for t in unit.targets if t.kind == "org"], ctx.day)
        return Base(org.code, org.country, org.role, org.name, f"org:{org.id}", fixed_code=True)
    region = kb.regions[target.key]
    return Base(region.id, None, None, region.name, f"region:{region.id}", fixed_code=True)


def _imported_base(entry_id: str, ctx: Context) -> Base | None:
    """Return what a user's dictionary entry names on the article's date, None if no code holds."""
    actor = ctx.kb.imported_actor(entry_id, ctx.day)
    if actor is None:
        return None  # none of the entry's codes holds on the article's date
    return Base(actor.code, actor.country, actor.role, actor.name or "", f"dictionary:{entry_id}")


def _person_base(unit: Unit, ctx: Context) -> Base | None:
    """Return the country (or body) of a person used as a modifier: "Biden administration"."""
    if unit.targets and unit.targets[0].kind == "imported":  # a dictionary entry holding a title
        return _imported_base(unit.targets[0].key, ctx)
    earlier = ctx.memory.by_name(_text(ctx.tokens, unit))
    actor = earlier.actor if earlier else None
    if actor is None and unit.targets:
        person = ctx.kb.person_on([t.key for t in unit.targets], ctx.day)
        term, status = ctx.kb.term_on(person, ctx.day)
        actor = _term_actor(ctx.kb, term)
    if actor is None:
        return None
    fixed = actor.country is None or not actor.code.startswith(actor.country)
    prefix = actor.code if fixed else actor.country
    return Base(prefix, actor.country, actor.role, actor.name or "", "people", fixed_code=fixed)


def _role_code(rows, inherited: str | None) -> str:
    """Return the role of the last role noun that has its own; "spokesman" inherits ("Pentagon
    spokesman" is MIL), else the noun's default ("U.S. officials" are GOV). A role that opposes
    the state keeps its side under a title of rank: "rebel commanders" are rebels, not the army."""
    if len(rows) > 1 and rows[-1].role not in load_non_state_roles():
        opposing = [r.role for r in rows[:-1] if r.role in load_non_state_roles()]
        if opposing:
            return opposing[-1]
    for row in reversed(rows):
        if not row.inherit:
            return row.role
    return inherited or rows[-1].role


def _office(phrase: Phrase, rows) -> str | None:
    titles = [r for r in rows if r.kind == "title"]
    if not titles:
        return None
    qualifiers = [q.capitalize() for q in load_qualifiers()["office"] if q in phrase.qualifiers]
    return " ".join([*qualifiers, titles[-1].office])


def _term_actor(kb: KnowledgeBase, term: Term) -> Actor:
    if term.country in kb.organisations:
        org = kb.organisations[term.country]
        return Actor(org.code, org.country, term.role, term.name, term.office)
    return Actor(term.country + term.role, term.country, term.role, term.name, term.office)


def _country_base(kb: KnowledgeBase, term: Term) -> Base:
    """Return the person's country (or organisation) as a modifier would give it."""
    if term.country in kb.organisations:
        org = kb.organisations[term.country]
        return Base(org.code, org.country, org.role, org.name, f"org:{org.id}", fixed_code=True)
    return Base(term.country, term.country, None, kb.countries[term.country].name, f"country:{term.country}")


def _former_actor(kb: KnowledgeBase, term: Term, status: str, former: bool) -> Actor:
    code = kb.organisations[term.country].code if term.country in kb.organisations else term.country
    country = kb.organisations[term.country].country if term.country in kb.organisations else term.country
    office = f"former {term.office}" if status == "former" or former else None
    return Actor(code, country, None, term.name, office)


def _resolve_pronoun(token: Token, ctx: Context) -> Resolved | None:
    antecedent = ctx.memory.by_pronoun(token.text.lower(), token.sentence)
    if antecedent is None:
        return None
    ctx.memory.history.append(Antecedent(token.sentence, antecedent.actor, antecedent.person, antecedent.kind,
                                         token.dep in SUBJECT_DEPS))
    return Resolved(antecedent.actor, "coref:pronoun", "PRON", antecedent.person)


def _is_subject_pronoun(token: Token) -> bool:
    return token.dep in SUBJECT_DEPS and is_coreferent_pronoun(token.text)


def _definite(phrase: Phrase, tokens: Sequence[Token]) -> bool:
    return phrase.first > 0 and tokens[phrase.first - 1].text.lower() == "the"


def _mention(analyzed: AnalyzedArticle, span: tuple[int, int], resolved: Resolved) -> Mention:
    tokens = analyzed.tokens
    start, end = tokens[span[0]].start, tokens[span[1] - 1].end
    return Mention(
        article_id=analyzed.article.article_id,
        start=start,
        end=end,
        text=analyzed.article.body[start:end],
        kind=resolved.kind,
        actor=resolved.actor,
        how=resolved.how,
        sentence=tokens[span[0]].sentence,
        first_token=span[0],
        end_token=span[1],
    )


def _unresolved_entities(analyzed: AnalyzedArticle, mentions: list[Mention]) -> list[Mention]:
    taken = {i for m in mentions for i in range(m.first_token, m.end_token)}
    found = []
    for entity in analyzed.entities:
        if entity.label in ENTITY_LABELS and not taken & set(range(entity.first_token, entity.end_token)):
            found.append(_mention(analyzed, (entity.first_token, entity.end_token), Resolved(None, "unresolved", entity.label)))
    return found


def _text(tokens: Sequence[Token], unit: Unit) -> str:
    return _text_span(tokens, unit.first, unit.end)


def _text_span(tokens: Sequence[Token], first: int, end: int) -> str:
    parts = []
    for token in tokens[first:end]:
        if parts and token.start > tokens[token.i - 1].end:
            parts.append(" ")
        parts.append(token.text)
    return "".join(parts)
