"""Where a pattern's source and target actors stand in the parse: its slots.

Each slot names a place relative to the trigger word ("subject", "dobj", "prep:with",
"owner", "complement", ...); `find_actors` tries a pattern's slots in order and returns the
actors of the first that names any. An actor named only by a group's role ("police") is
given a home country, or dropped: "no source actor, no event".
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence

from newsevents.events.clause import OWNER_PREPOSITIONS, SentenceView, of_country
from newsevents.records import Actor, Token

# how a mention names a town or a region of a country, not the country itself (actors/resolve.py)
PLACE_MENTIONS = ("place:", "province:")
# slots that name a clause subject, which may lend the actor of its modifiers
SUBJECT_SLOTS = ("subject", "governor")
# the object of an event, when it names no actor, lends the actors of its possessor or first
# prepositional phrase that names any, or of the phrase right after it the parser hung on the
# verb: "rejected a fresh offer *from Kabul*", "a camp *for Congolese refugees* was attacked" (not
# of its adjective: "meet *Russian* demands" does not meet Russia)
LENDING_SLOTS = ("dobj", "condition-subject", "bearer")  # "if *Ukraine's* counteroffensive succeeded"
# of an object's dependents, those that name whom it stands for ("*Serbia's* suppression of ...",
# "the NATO-led mission", "the mission, KFOR"), unlike its adjective ("meet Russian demands")
OBJECT_OWNER_DEPS = ("poss", "npadvmod", "appos")
# of an unknown name's dependents, those that describe whose it is ("*U.S.* basketball star X")
NAME_OWNER_DEPS = ("poss", "compound", "amod", "appos")
# roles of the forces a commander orders or sends: soldiers, police, agents
COMMANDED_ROLES = frozenset({"MIL", "COP", "SPY"})
# dependents that say whose a phrase is ("npadvmod": "Saudi-led")
OWNER_DEPS = ("poss", "amod", "compound", "nmod", "npadvmod", "appos")  # "appos": "the Office, *ILO*"
# "the resumption of ties *with* X", "parties *to* the conflict in Yemen"
TARGET_PREPOSITIONS = OWNER_PREPOSITIONS + ("for", "against", "with", "between", "to")
# the role of news outlets, which report events and take no side in them
MEDIA_ROLE = "MED"
# the role of a country's government, whose coordinated partners named only by role are its own
GOVERNMENT_ROLE = "GOV"


def find_actors(
    view: SentenceView, trigger: Token, slots: Sequence[str], exclude: set[str], home: str | None
) -> list[Actor]:
    """Return the actors of the first slot that names any ("subject", "prep:with", ...).

    An actor named only by its role ("police", "refugees") belongs to the country its own
    phrase names ("refugees fleeing the war in Liberia"), else to `home`: for a source, the
    country where the event takes place; for a target, that place or the source's country, as
    in "Egyptian police dispersed demonstrators" (EGYCOP -> EGYOPP). Else it is dropped.
    """
    for slot in slots:
        deep = slot.startswith("prep:") or slot == "complement"
        for head in _slot_heads(view, trigger, slot):
            # a town or region of the source's own country is a target, as the country is not
            # ("deployed troops to Chechnya")
            outside = exclude - _places_named(view, head) if exclude else exclude
            found = view.actors_in(head, outside, deep=deep)
            if slot in SUBJECT_SLOTS and not any(map(is_identified, found)):
                if head.pos == "PRON" and head.text.lower() in view.actor_pronouns and not found:
                    # "France said it had rejected ...": the speaker itself ("this", "which" never are)
                    found = find_actors(view, trigger, ("speaker",), outside, home)
                elif not found:  # "Israeli bulldozers ...", "thousands of Iraqi Kurds ...", "rebels in Chad ..."
                    found = _lent_actors(view, head, outside)
            elif slot == "clause-subject" and not found and head.pos == "NOUN":
                # the subject of a demanded act that names no actor is whose its modifier says:
                # "demanded that *the East African Community* regional force leave"
                found = _lent_actors(view, head, outside)
            elif slot in LENDING_SLOTS and not found and head.pos == "NOUN" and not _owned(view, head, slots, outside):
                found = (_lent_actors(view, head, outside, prepositions=TARGET_PREPOSITIONS, deps=OBJECT_OWNER_DEPS)
                         or _stranded_phrase_actors(view, trigger, head, outside)
                         or _topic_stranded_actors(view, head, outside))
            elif slot in LENDING_SLOTS and not found and head.pos == "PROPN":
                # a person no table knows is of the country their description names:
                # "freed *U.S.* basketball star Brittney Griner"
                found = _lent_actors(view, head, outside, prepositions=(), deps=NAME_OWNER_DEPS)
            if found and _is_ethnic_group(view, head):  # "ethnic Albanians in Serbia" live in Serbia
                where = _phrase_country(view, head) or home
                found = [_living_in(a, where) for a in found]
            placed = [p for a in found for p in _placed(view, trigger, head, a, home)]
            actors = [a for a in placed if a.code not in outside]
            if actors:
                return actors
    return []


def _places_named(view: SentenceView, head: Token) -> set[str]:
    """Return the codes of the towns and regions a phrase names ("Chechnya", "Grozny"): a place
    within the source's own country is a target, where the country itself would not be."""
    mentions = {view.mention_at.get(t.i) for t in view.tree.subtree(head)} - {None}
    return {m.actor.code for m in mentions if m.actor and m.how.startswith(PLACE_MENTIONS)}


def _placed(view: SentenceView, trigger: Token, head: Token, actor: Actor, home: str | None) -> list[Actor]:
    """Return an actor named only by its role ("police", "their forces") in the countries its own
    phrase names ("rebels in Darfur", "lawmakers in Serbia and Croatia"), else the whole slot's
    phrase, else its owner's (a pronoun in reported speech), else `home`; any other actor as it is."""
    if is_identified(actor):
        return [actor]
    own = next((t for t in view.conjuncts(head) if view.actor_of(t) is actor), None)
    homes = (_phrase_countries(view, own) if own is not None and own.i != head.i else []) or _phrase_countries(view, head)
    homes = homes or [_possessor_country(view, trigger, head) or _commander_country(view, trigger, head)
                      or _government_partner_country(view, head, own) or home
                      or _speaker_country(view, trigger, head) or _titled_officials_country(view, own or head)]
    return [a for a in (_with_home(actor, h) for h in homes) if a]


def _government_partner_country(view: SentenceView, head: Token, own: Token | None) -> str | None:
    """Return the country of the one government a group named only by its role is coordinated
    with: "Venezuela's government and *the opposition* agreed in Barbados", "the Polish government
    and *the union*": an opposition, union or rebel force named beside a government is that
    country's (not the meeting place's)."""
    if own is None:
        return None
    partners = [a for t in view.conjuncts(head) if t.i != own.i and (a := view.actor_of(t)) is not None]
    countries = {a.country for a in partners if a.role == GOVERNMENT_ROLE and a.country}
    return countries.pop() if len(countries) == 1 else None


def _titled_officials_country(view: SentenceView, head: Token) -> str | None:
    """Return the one country a sentence names, for an official named by title and name but no
    country ("Brig. Gen. X resigned to make way for civilian rule in Honduras"): wire copy names
    the country once, and an official's title ties him to it; with two countries, none."""
    mention = view.mention_at.get(head.i)
    if mention is None or not mention.how.startswith("title:"):
        return None
    countries = {m.actor.country for m in set(view.mention_at.values()) if m.actor is not None and m.actor.country}
    return countries.pop() if len(countries) == 1 else None


def _commander_country(view: SentenceView, trigger: Token, head: Token) -> str | None:
    """Return the country of whoever orders or sends forces named only by their role to act:
    "Shoigu ordered *troops* to withdraw from Kherson" are Russia's troops, not the place's (a
    newspaper ordered to close is not the orderer's)."""
    actor = view.actor_of(head)
    if actor is None or actor.role not in COMMANDED_ROLES:
        return None
    if head.dep != "dobj" or head.head == head.i or trigger.head != head.head or not view.is_infinitive_complement(trigger):
        return None
    commander = view.tree.subject_of(view.tokens[head.head])
    actors = view.actors_in(commander, set()) if commander is not None else []
    return next((a.country for a in actors if a.country), None)


def _lent_actors(view: SentenceView, head: Token, exclude: set[str], depth: int = 2,
                 prepositions: tuple[str, ...] = OWNER_PREPOSITIONS, deps: tuple[str, ...] = OWNER_DEPS) -> list[Actor]:
    """Return the identified actors of the first modifier of a phrase that names any, with its
    conjuncts ("ties *with Iran, Syria and Iraq*"), looking `depth` levels down."""
    for modifier in _modifiers(view, head, frozenset(prepositions) | view.place_prepositions, deps):
        found = [a for a in view.actors_in(modifier, exclude) if is_identified(a)]
        if not found and depth > 1:
            found = _lent_actors(view, modifier, exclude, depth - 1, prepositions)
        if found:
            return found
    return []


def _owned(view: SentenceView, head: Token, slots: Sequence[str], exclude: set[str]) -> bool:
    """Whether an object names its owner by an adjective or compound the pattern's `owner` slot
    reads: "rejected *British* proposals for reform in Hong Kong", "released 35 *Kuwaiti*
    prisoners to the Red Cross" are Britain's and Kuwait's, not lent by a later phrase."""
    return "owner" in slots and any(
        is_identified(a) for c in view.tree.children(head) if c.dep in ("amod", "compound")
        for a in view.actors_in(c, exclude))


def _stranded_phrase_actors(view: SentenceView, trigger: Token, head: Token, exclude: set[str]) -> list[Actor]:
    """Return the actors of the prepositional phrase right after an object that the parser hung
    on the verb instead: "urged parties *to the conflict in Yemen* to allow ...", also after
    another such phrase: "welcomed memos on trade *from Cairo*"."""
    follows = max(t.i for t in view.tree.subtree(head)) + 1
    while follows < len(view.tokens) and view.tokens[follows].pos == "PUNCT":  # "17 missionaries, including five children, from"
        follows += 1
    for prep in sorted(view.tree.children(trigger), key=lambda t: t.i):
        if prep.i < follows:
            continue
        if prep.i > follows or prep.dep != "prep":
            return []
        if prep.text.lower() in TARGET_PREPOSITIONS:
            phrases = [c for c in view.tree.children(prep) if c.dep == "pobj"]
            # "from a *U.S.-based* aid group": a group of no country lends its modifier's
            return [a for p in phrases for a in ([a for a in view.actors_in(p, exclude) if is_identified(a)]
                                                 or _lent_actors(view, p, exclude))]
        # a phrase on the object's topic the parser also hung on the verb may come between:
        # "welcomed memos *on trade* from Cairo", or hold the owner's phrase: "on trade *from Cairo*"
        if found := _owner_inside_topic(view, prep, exclude):
            return found
        follows = max(t.i for t in view.tree.subtree(prep)) + 1
    return []


def _topic_stranded_actors(view: SentenceView, head: Token, exclude: set[str]) -> list[Actor]:
    """Return the actors of the phrase naming whose an object is ("from Cairo", "by Oslo") that the
    parser hung on the noun of the object's topic phrase instead: "rejected complaints about
    fishing quotas *from Norway*" are Norway's complaints (slot_prepositions.tsv: topic)."""
    for prep in view.tree.children(head):
        if prep.dep == "prep" and (found := _owner_inside_topic(view, prep, exclude)):
            return found
    return []


def _owner_inside_topic(view: SentenceView, prep: Token, exclude: set[str]) -> list[Actor]:
    """Return the identified actors of a "from"/"by" phrase (participle-owner) hung on the noun of
    a topic phrase, or on a participle after it ("on security *from Washington*", "on trade sent
    *from Cairo*"), when `prep` opens a topic phrase."""
    if prep.text.lower() not in view.slot_prepositions["topic"]:
        return []
    owners = frozenset(view.slot_prepositions["participle-owner"])
    for topic in (c for c in view.tree.children(prep) if c.dep == "pobj"):
        for owner in _modifiers(view, topic, owners, deps=()):  # "on trade *(sent) from Cairo*"
            found = [a for a in view.actors_in(owner, exclude) if is_identified(a)]
            if found:
                return found
    return []


def _is_ethnic_group(view: SentenceView, head: Token) -> bool:
    """Whether a phrase names people by their ethnicity ("*ethnic* Albanians", "*ethnic*
    Albanian guerrillas", "the Albanians *of southern Serbia*"): they belong where they live,
    not to the state of that name."""
    modifiers = [c for c in view.tree.children(head) if c.dep in ("amod", "compound")]
    words = modifiers + [g for m in modifiers for g in view.tree.children(m) if g.dep in ("amod", "advmod")]
    own = view.mention_at.get(head.i)
    people = own is not None and own.how.startswith("country:")
    # an "of" phrase inside the name itself ("the State *of Palestine*") names no place they live in,
    # nor one that names no place at all ("warned the United States *of consequences*")
    of_object = view.prep_object(head, "of")
    of_mention = view.mention_at.get(of_object.i) if of_object is not None else None
    of_place = (people and of_mention is not None and of_mention is not own
                and of_mention.actor is not None and of_mention.actor.country is not None)
    return of_place or any(w.lemma in view.ethnic_markers for w in words)


def _phrase_country(view: SentenceView, head: Token) -> str | None:
    """Return the first country named inside a phrase, its head's own mention aside."""
    return next(iter(_phrase_countries(view, head)), None)


def _phrase_countries(view: SentenceView, head: Token) -> list[str]:
    """Return the first country named inside a phrase, its head's own mention aside, with the
    countries coordinated with it ("lawmakers in Serbia and Montenegro": both)."""
    own = view.mention_at.get(head.i)
    for token in view.tree.subtree(head):
        mention = view.mention_at.get(token.i)
        if mention is not own and mention and mention.actor and mention.actor.country:
            actors = [view.actor_of(t) for t in view.conjuncts(_mention_head(view, token))]
            return list(dict.fromkeys(a.country for a in actors if a and a.country))
    return []


def _mention_head(view: SentenceView, token: Token) -> Token:
    """Return the word of a mention that hangs outside it ("Republic" in "the Czech Republic"),
    which its conjuncts hang from."""
    mention = view.mention_at[token.i]
    while mention.first_token <= token.head < mention.end_token and token.head != token.i:
        token = view.tokens[token.head]
    return token


def _possessor_country(view: SentenceView, trigger: Token, head: Token) -> str | None:
    """Return the speaker's country for a phrase owned by a pronoun in reported speech:
    "Bosnian Serbs said *their* forces had withdrawn" (the forces are the speaker's)."""
    if not any(c.dep == "poss" and c.pos == "PRON" for c in view.tree.children(head)):
        return None
    speakers = [a for h in _speaker(view, trigger) for a in view.actors_in(h, set())]
    return next((a.country for a in speakers if a.country), None)


def _speaker_country(view: SentenceView, trigger: Token, head: Token) -> str | None:
    """Return the country of who reports an event whose actor the text names only by its role,
    where nothing else places it: "the army chief said *troops* would shoot rioters" (his troops);
    a news outlet only reports ("*the Washington Post* reported" places no one)."""
    speakers = [a for h in _speaker(view, trigger) if h.i != head.i for a in view.actors_in(h, set())]
    return next((a.country for a in speakers if a.country and a.role != MEDIA_ROLE), None)


def _living_in(actor: Actor, where: str | None) -> Actor:
    """Return a people's actor moved to the country they live in (ALB -> SRB, ALBREB -> MKDREB)."""
    if where is None or not actor.country or not actor.code.startswith(actor.country):
        return actor
    return of_country(actor, where)


def _with_home(actor: Actor, home: str | None) -> Actor | None:
    """Return the actor, given the `home` country when it names only a role, else None."""
    if is_identified(actor):
        return actor
    if home is None or not actor.role:
        return None
    return of_country(actor, home)


def place_country(view: SentenceView, trigger: Token) -> str | None:
    """Return the country where the trigger's clause says the event happens: "in Algiers",
    "near the town of Samarra", "outside the Iraqi city of Basra", "in an explosion in Beirut"."""
    verb = view.carrying_verb(trigger)
    clause = view.own_clause(trigger) + (view.own_clause(verb) if verb else [])
    return next(_located_countries(view, clause + _object_conjuncts(view, clause), of_places=True), None)


def _located_countries(view: SentenceView, tokens: Iterable[Token], of_places: bool = False) -> Iterator[str]:
    """Yield, in order, the countries of the locative phrases among `tokens` ("in Algiers", "near
    the town of Samarra"); with `of_places`, also of the "of" phrases of place nouns the act
    covers (`_of_place_object`)."""
    for token in tokens:
        if token.dep != "pobj":
            continue
        if _is_locating(view, view.tokens[token.head]) or (of_places and _of_place_object(view, token)):
            country = _place_in_phrase(view, token)
            if country:
                yield country


def _of_place_object(view: SentenceView, token: Token) -> bool:
    """Whether `token` is the "of" phrase of a place noun that is the direct object, or the object
    of a scene preposition (slot_prepositions.tsv): "filled the streets *of Seoul*", "took to the
    streets *of Lima*", "shelled the outskirts *of Homs*"; not "fled from the town *of Gorazde*"."""
    preposition = view.tokens[token.head]
    if preposition.text.lower() != "of" or preposition.head == preposition.i:
        return False
    noun = view.tokens[preposition.head]
    place_noun = noun.text.lower() in view.place_nouns or noun.lemma in view.place_nouns
    if not place_noun or noun.dep not in ("dobj", "pobj"):
        return False
    return noun.dep == "dobj" or view.tokens[noun.head].text.lower() in view.slot_prepositions["scene"]


def _object_conjuncts(view: SentenceView, clause: list[Token]) -> list[Token]:
    """Return the phrases of the nouns coordinated with the clause's object, which `own_clause`
    leaves out with the clause's other conjuncts: in "struck depots and missile sites near
    Mosul", the place hangs from the second object."""
    found: list[Token] = []
    frontier = [t for t in clause if t.dep == "dobj" and t.pos in ("NOUN", "PROPN")]
    while frontier:
        token = frontier.pop(0)
        for child in view.tree.children(token):
            if child.dep == "conj" and child.pos in ("NOUN", "PROPN"):
                found += view.tree.subtree(child)
                frontier.append(child)
    return found


def meeting_places(view: SentenceView, trigger: Token) -> set[str]:
    """Return the countries the trigger's clause, or the clause it governs, names as where the
    act happens ("agreed to open talks *in Oslo*", "talks between A and B *in Oslo*"): where
    parties meet is not whom they meet."""
    clauses = [trigger] + [c for c in view.tree.children(trigger) if c.dep in ("xcomp", "ccomp")]
    tokens = [t for clause in clauses for t in view.own_clause(clause)]
    if trigger.pos == "NOUN":  # the noun's own phrase, coordinations and all
        tokens += view.tree.subtree(trigger)
    return set(_located_countries(view, tokens))


def _is_locating(view: SentenceView, preposition: Token) -> bool:
    """Whether a preposition locates an event: "in", "near", and "outside *of*"."""
    word = preposition.text.lower()
    if word == "of" and preposition.head != preposition.i:
        word = view.tokens[preposition.head].text.lower()
    return word in view.locating_prepositions


def _place_in_phrase(view: SentenceView, head: Token) -> str | None:
    """Return the country of the first place a locative phrase names, read down its "of" and
    place phrases (never its "with": "near the border with Ukraine"), and the adjective of a
    place noun ("the *Iraqi* city of Basra", not "the Palestinian uprising")."""
    frontier = [head]
    while frontier:
        token = frontier.pop(0)
        mention = view.mention_at.get(token.i)
        actor = mention.actor if mention else None
        if actor and actor.country and (actor.role is None or mention.how.startswith("capital:")):
            return actor.country
        for child in view.tree.children(token):
            if child.dep in ("pobj", "appos") or (
                child.dep == "prep" and (child.text.lower() == "of" or child.text.lower() in view.locating_prepositions)
            ) or (child.dep in ("amod", "compound", "nmod", "poss") and token.lemma in view.place_nouns):
                frontier.append(child)  # "in Pakistan's Bajaur district": the district's country
    return None


def is_identified(actor: Actor) -> bool:
    """Whether an actor says whose it is: a country, an organisation or a region, not a bare
    role ("a defence minister" of no known country is nobody an analyst can count)."""
    return actor.country is not None or actor.code != actor.role


def _slot_heads(view: SentenceView, trigger: Token, slot: str) -> list[Token]:
    """Return the words that head the phrase standing in `slot` of the trigger; of a part
    ("*hundreds* of Tamil rebels", "*one third* of the guerrillas"), the whole it is part of."""
    if slot.startswith("prep:"):
        heads = _prep_heads(view, trigger, slot.removeprefix("prep:"))
    elif slot in SLOT_FINDERS:
        heads = SLOT_FINDERS[slot](view, trigger)
    else:
        heads = [c for c in view.tree.children(trigger) if c.dep == slot]
    return [view.whole(head) for head in heads]


def _passive_subject(view: SentenceView, trigger: Token) -> Token | None:
    subject = view.subject(trigger)
    return subject if subject is not None and view.is_passive(trigger, subject) else None


def _subject(view: SentenceView, trigger: Token) -> list[Token]:
    """The clause subject; in a passive the "by" agent ("Ukraine was attacked by Russia"), which
    the parser may hang on the verb's "as" phrase ("were recognised as states *by Germany*")."""
    if _passive_subject(view, trigger) is not None:
        root = view.clause_root(trigger)
        agent = view.prep_object(root, "by")
        description = view.prep_object(root, "as")
        if agent is None and description is not None:
            agent = view.prep_object(description, "by")
        if agent is None:  # "was promised loans *by* the IMF": the parser hangs it on the object kept
            kept = [c for c in view.tree.children(root) if c.dep == "dobj"]
            agent = next((a for c in kept if (a := view.prep_object(c, "by")) is not None), None)
        if agent is None:  # "was accused of running a network *by* the commission", "was threatened
            # with a cut in supplies *by* X": the parser hangs the agent inside the verb's phrase
            agent = _agent_in_phrase(view, root)
        return [agent] if agent else []
    subject = view.subject(trigger)
    return [subject] if subject else []


def _agent_in_phrase(view: SentenceView, root: Token) -> Token | None:
    """The "by" agent of a passive that the parser hung on the object of the verb's own "of",
    "with" or "for" phrase ("was charged *with* corruption *by* a court"), when it names an actor."""
    for preposition in view.slot_prepositions["agent-phrase"]:
        inner = view.prep_object(root, preposition)
        agent = view.prep_object(inner, "by") if inner is not None else None
        if agent is None:
            continue
        agent = view.whole(agent)
        words, frontier = [agent], [agent]
        for _ in range(2):  # "*Malaysian* ruling party politicians"
            frontier = [c for w in frontier for c in view.tree.children(w) if c.dep in ("amod", "compound", "poss")]
            words += frontier
        if any(view.actor_of(word) is not None for word in words):
            return agent
    return None


def _passive_subjects(view: SentenceView, trigger: Token) -> list[Token]:
    """The subject of a passive that names no "by" agent: "troops were deployed in the capital"
    names only the troops, which their own state deployed."""
    passive = _passive_subject(view, trigger)
    if passive is None and trigger.pos == "NOUN" and trigger.dep == "pobj" and trigger.head != trigger.i:
        # a noun event of fighting in which a passive's subject fell: "*soldiers* were killed in a
        # clash with Chinese troops" (slot_prepositions.tsv, kind casualty)
        preposition = view.tokens[trigger.head]
        verb = view.tokens[preposition.head]
        if preposition.text.lower() in view.slot_prepositions["casualty"] and verb.pos == "VERB":
            subject = view.tree.subject_of(verb)
            if subject is not None and subject.dep == "nsubjpass" and subject.head == verb.i and not _subject(view, verb):
                return [subject]
    return [passive] if passive is not None and not _subject(view, trigger) else []


def _object(view: SentenceView, trigger: Token) -> list[Token]:
    """The direct object; in a passive the subject, which is acted on."""
    passive = _passive_subject(view, trigger)
    if passive:
        return [passive]
    return [c for c in view.tree.children(trigger) if c.dep == "dobj"] or _shifted_object(view, trigger) or causee(view, trigger)


def causee(view: SentenceView, trigger: Token) -> list[Token]:
    """Who a causative verb lets or makes act, which the parser reads as the subject of the
    clause that follows: "will allow *observers* to monitor the vote" (observers are allowed)."""
    if trigger.lemma not in view.causative_verbs:
        return []
    return [s for c in view.tree.children(trigger) if c.dep == "ccomp"
            and (s := view.tree.subject_of(c)) is not None and s.head == c.i] + [
        # "refused to let *aid* into the country": the parser, finding no verb after the noun, makes
        # the noun itself the clause
        c for c in view.tree.children(trigger) if c.dep == "ccomp" and c.pos == "NOUN"]


def _shifted_object(view: SentenceView, trigger: Token) -> list[Token]:
    """The object placed after its "as" phrase, which the parser reads as an apposition of it:
    "denounced *as a provocation* Turkey's detention of ..." is a denunciation of the detention."""
    description = view.prep_object(trigger, "as")
    return [c for c in view.tree.children(description) if c.dep == "appos"] if description else []


def _owner(view: SentenceView, trigger: Token) -> list[Token]:
    """Whose the object is: "rejected an *Indian* proposal", "calls by *Belarus*'s rulers"."""
    # of a measure, whose the measured thing is: "seized 300 acres *of Arab* land"
    return [owner for thing in _object(view, trigger) for owner in _modifiers(view, view.whole(thing))]


def _modifiers(view: SentenceView, head: Token, prepositions: Collection[str] = OWNER_PREPOSITIONS,
               deps: tuple[str, ...] = OWNER_DEPS) -> list[Token]:
    """Return the words that say whose a phrase is: its possessor, adjective, compound (`deps`),
    or the object of one of `prepositions` ("by", "of", "from"; a place's "in": "rebels in Chad").
    A relational noun's possessor names the other party ("*Israel's* ally"; "a *Russian* ally" is Russian)."""
    found = []
    tie = head.lemma in view.relational_nouns  # "Israel's ally" is not Israel
    for child in view.tree.children(head):
        if child.dep in deps and not (tie and child.dep == "poss"):
            found.append(child)
        elif child.dep == "prep" and child.text.lower() in prepositions:
            found += [c for c in view.tree.children(child) if c.dep == "pobj"]
        elif child.dep == "acl" and child.tag == "VBN":  # "a proposal *made by* France", "aid *sent from* Qatar"
            found += [c for p in view.tree.children(child) if p.dep == "agent" and "by" in prepositions
                      or p.dep == "prep" and p.text.lower() in prepositions and p.text.lower() in view.slot_prepositions["participle-owner"]
                      for c in view.tree.children(p) if c.dep == "pobj"]
    return found


def _complement(view: SentenceView, trigger: Token) -> list[Token]:
    """The objects inside the clause the trigger governs: "threatened to cut off electricity
    *to Azerbaijan*", "offered to hand over to *Britain* two suspects"; after a causative verb,
    who it lets or makes act: "refused to let *UN inspectors* visit the sites"."""
    heads = []
    for clause in view.tree.children(trigger):
        if clause.dep == "ccomp" or view.is_infinitive_complement(clause):  # "threatened on Monday *to cut* ..."
            heads += [t for t in view.own_clause(clause) if t.dep in ("dobj", "dative", "pobj") and t.i != trigger.i]
            heads += causee(view, clause)  # "refused to allow *mediators* to meet ...": who is let
    return heads


def _carrier_object(view: SentenceView, trigger: Token) -> list[Token]:
    """The object of the verb that carries a noun event, who undergoes it: "put *two diplomats*
    under investigation" (for a passive, its subject: "*two officers* were placed under arrest")."""
    verb = view.event_verb(trigger)
    return _object(view, verb) if verb is not trigger else []


def _speaker(view: SentenceView, trigger: Token) -> list[Token]:
    """Who reports the trigger's clause ("X said Y would ...")."""
    verb = view.reporting_verb_above(trigger)
    speaker = view.subject(verb) if verb else None
    return [speaker] if speaker else []


def _governor(view: SentenceView, trigger: Token) -> list[Token]:
    """The subject of the support verb whose object a noun event is ("*the EU* imposed
    sanctions"), or of the verb it is the purpose of ("*negotiators* arrived *for* talks");
    a verb with a meaning of its own lends none ("Russia condemned the attack")."""
    verb = view.carrying_verb(trigger)
    return _subject(view, verb) if verb else []  # of a passive, its agent: "was put under investigation *by* ..."


def _prep_heads(view: SentenceView, trigger: Token, preposition: str) -> list[Token]:
    """Return the object of the trigger's preposition, else of the verb that carries a noun
    event ("imposed sanctions *on* Iran"), of its particle ("pulled its troops out *of*
    Lebanon"), of its object ("signed a deal *with* Israel"), of the object it takes by "to" or
    "on" ("agreed to a truce *with* the rebels"), or of its infinitive ("ready to
    talk *with* Lebanon", "ready to engage in talks *with* Seoul")."""
    words = [trigger, view.event_noun(trigger), view.event_verb(trigger), *view.particles(trigger)]
    if preposition == "by" and words[2] is not trigger and view.carrying_verb(trigger) is None:
        # the agent of a verb of its own meaning is not the noun event's doer: "the attack on
        # the embassy was condemned *by France*" (a support verb's is: "sanctions were imposed by")
        words.pop(2)
    objects = [c for c in view.tree.children(trigger) if c.dep == "dobj"]
    words += [w for c in objects for w in (c, view.whole(c))]
    # the parser may hang the phrase on the object's own "of" phrase or participle: "sent a team
    # of doctors *to* Honduras", "extradited a governor wanted on drug charges *to* the United States",
    # "sent a ship carrying relief supplies *to* Myanmar" (a participle the tagger may read as a
    # past tense; a carrying verb whatever its tag)
    words += [o for c in objects if (o := view.prep_object(c, "of")) is not None]
    # a noun event's "of" phrase is its object: "the lifting of the embargo *against* Vietnam",
    # "the withdrawal of troops *from* Lebanon"
    acted_on = view.prep_object(trigger, "of") if trigger.pos == "NOUN" and preposition != "of" else None
    words += [acted_on] if acted_on is not None else []
    words += [a for c in objects for a in view.tree.children(c)
              if a.dep == "acl" and (a.tag in ("VBN", "VBD") or a.lemma in view.cargo_verbs)]
    words += causee(view, trigger)
    # a noun event that is the subject of a verb with no object of its own: "fighting broke out
    # *between* A and B", "talks opened *with* the rebels"
    if trigger.pos == "NOUN" and trigger.dep == "nsubj" and trigger.head != trigger.i:
        verb = view.tokens[trigger.head]
        if verb.pos == "VERB" and not any(c.dep in ("dobj", "nsubjpass", "ccomp") for c in view.tree.children(verb)):
            words.append(verb)
    words += [o for p in view.slot_prepositions["object"] if (o := view.prep_object(trigger, p)) is not None and o.pos == "NOUN"]
    for complement in (c for c in view.tree.children(trigger) if c.dep == "xcomp"):
        words += [t for t in view.own_clause(complement) if t.pos in ("VERB", "NOUN")]
    return [head for word in words if (head := view.prep_object(word, preposition))]


def _complement_subjects(view: SentenceView, trigger: Token) -> list[Token]:
    """Return the subject of the clause the trigger governs ("demanded that *Russia* end"), or
    of the verb a modal helps ("*Libya* must hand over the suspects")."""
    if trigger.dep == "aux" and trigger.head != trigger.i:
        subject = view.tree.subject_of(view.tokens[trigger.head])
        return [subject] if subject else []
    verb = view.event_verb(trigger)  # "reiterated its demand that Israel ease ...": the clause hangs from the verb
    clauses = view.tree.children(trigger) + (view.tree.children(verb) if verb is not trigger else [])
    # the content clause of what is demanded: "demanded assurances *that Japan* would withdraw"
    clauses += [c for o in view.tree.children(trigger) if o.dep == "dobj" for c in view.tree.children(o)
                if c.dep == "acl" and any(m.dep == "mark" and m.text.lower() == "that" for m in view.tree.children(c))]
    for clause in clauses:
        if clause.dep in ("ccomp", "xcomp", "acl"):  # "acl": "its demand that Israel ease ..."
            subject = view.tree.subject_of(clause)
            if subject is not None and subject.head == clause.i:
                return [subject]
            if clause.dep == "ccomp" and clause.pos in ("NOUN", "PROPN") and any(
                    c.dep == "mark" and c.text.lower() == "that" for c in view.tree.children(clause)):
                # "demanded that Turkish *troops* stationed there leave": the parser, missing the
                # clause's verb, heads the clause with its subject
                return [clause]
    return []


def _condition_subjects(view: SentenceView, trigger: Token) -> list[Token]:
    """Return the subject of the condition a threat hangs on: "threatened to stop talks *if the
    United States* deploys missiles" is a threat against the United States."""
    # an infinitive after a time phrase the parser reads as an adverbial: "threatened on Monday *to close* ..."
    clauses = [trigger] + [c for c in view.tree.children(trigger) if c.dep == "ccomp" or view.is_infinitive_complement(c)]
    # "warned that Moscow would have *to use* a nuclear weapon if ...": the act the clause states
    clauses += [c for clause in clauses[1:] for c in view.tree.children(clause) if c.dep == "xcomp"]
    # of coordinated acts, the condition may hang on the last: "threatened to open the border
    # and send migrants west *if* ..."
    clauses += [c for clause in clauses[1:] for c in view.tree.children(clause) if c.dep == "conj" and c.pos == "VERB"]
    for clause in clauses:
        for condition in view.tree.children(clause):
            marks = {m.text.lower() for m in view.tree.children(condition) if m.dep == "mark"}
            subject = view.tree.subject_of(condition) if condition.dep == "advcl" and marks & view.condition_marks else None
            if subject is not None:
                return [subject]
    return []


def _dative(view: SentenceView, trigger: Token) -> list[Token]:
    """The indirect object ("promised *Kiev* new loans"); in a passive that keeps its direct object,
    the subject ("*Bolivia* was promised new loans", "*he* was granted asylum"): the recipient."""
    found = [c for c in view.tree.children(trigger) if c.dep == "dative"]
    passive = _passive_subject(view, trigger)
    if not found and passive is not None and any(c.dep == "dobj" for c in view.tree.children(trigger)):
        found = [passive]
    return found


def _bearer(view: SentenceView, trigger: Token) -> list[Token]:
    """The subject of the verb whose object a noun of reaction is, which the reaction falls on:
    "*Moscow's decision* drew condemnation from ...", "*the minister* faced criticism from ..."
    (of a support verb, the subject is the source instead: "*France* voiced criticism")."""
    noun = view.event_noun(trigger)
    verb = view.tokens[noun.head]
    if noun.dep != "dobj" or noun.head == noun.i or verb.pos != "VERB" or verb.lemma in view.support_verbs:
        return []
    subject = view.tree.subject_of(verb)
    return [subject] if subject is not None else []


def _act_agent(view: SentenceView, trigger: Token) -> list[Token]:
    """The "by" agent of the act an inquiry looks into, who is the one investigated: "an
    inquiry into killings *by the security forces*" (not the victims the act names)."""
    for preposition in ("into", "of"):
        for act in _prep_heads(view, trigger, preposition):
            agent = view.prep_object(view.whole(act), "by")
            if agent is not None:
                return [agent]
    return []


SLOT_FINDERS = {
    "act-agent": _act_agent,
    "bearer": _bearer,
    "dative": _dative,
    "subject": _subject,
    "dobj": _object,
    "passive-subject": _passive_subjects,
    "owner": _owner,
    "complement": _complement,
    "carrier-object": _carrier_object,
    "speaker": _speaker,
    "governor": _governor,
    "clause-subject": _complement_subjects,
    "condition-subject": _condition_subjects,
}


def reaction_targets(view: SentenceView, trigger: Token, sources: Sequence[Actor]) -> list[Actor]:
    """Return whom an act answers when its own clause names no target: the subject of a clause
    opened by a `reaction-clause` word of slot_prepositions.tsv ("went on alert *as China* began
    firing missiles"), or the owner of the noun event a `reaction-phrase` preposition or a
    `reaction-noun` phrase names ("moved troops *after Pakistani* shelling", "in response to
    *U.S.* exercises"). CAMEO coders take that actor as the target. An actor of the source's own
    side or country is none ("put its troops on alert as *it* held exercises"), nor is a subject
    that names no actor ("as tension rose": "as" saying "while")."""
    own = {s.code for s in sources} | {s.country for s in sources if s.country}
    for verb in _reacting_words(view, trigger):
        for answer in _answers(view, verb):
            found = [a for a in _answer_actors(view, answer) if a.code not in own and a.country not in own]
            if found:
                return list({a.code: a for a in found}.values())
    return []


def _reacting_words(view: SentenceView, trigger: Token) -> list[Token]:
    """Return the trigger, the verb that carries it and the verbs coordinated with that verb
    that share its subject ("put its forces on alert and *dispatched* warships after ...")."""
    words = list({t.i: t for t in (trigger, view.event_verb(trigger), view.clause_root(view.event_verb(trigger)))}.values())
    for word in list(words):
        linked = [c for c in view.tree.children(word) if c.dep == "conj" and c.pos == "VERB"]
        if word.dep == "conj" and word.head != word.i:
            linked.append(view.tokens[word.head])
        words += [v for v in linked if v.pos == "VERB" and all(v.i != w.i for w in words)
                  and (view.tree.subject_of(v) is None or view.tree.subject_of(v).head != v.i or v.i == word.head)]
    return words


def _answers(view: SentenceView, verb: Token) -> list[Token]:
    """Return the answering clauses and nouns hanging on `verb`, in order: for a clause, the
    subject of its verb; for a phrase, the noun event."""
    found = []
    for child in sorted(view.tree.children(verb), key=lambda t: t.i):
        if child.dep == "advcl" and any(m.dep == "mark" and m.text.lower() in view.slot_prepositions["reaction-clause"]
                                        for m in view.tree.children(child)):
            subject = view.tree.subject_of(child)
            if subject is not None and subject.head == child.i and subject.pos != "PRON":
                found.append(subject)
            elif subject is None or subject.head != child.i:  # a passive's agent: "as missiles were fired by China"
                agent = view.prep_object(child, "by")
                found += [agent] if agent is not None else []
        elif child.dep == "prep":
            objects = [c for c in view.tree.children(child) if c.dep in ("pobj", "dobj")]
            if child.text.lower() in view.slot_prepositions["reaction-phrase"]:
                found += objects
            for noun in objects:
                if noun.lemma in view.slot_prepositions["reaction-noun"]:
                    found += [o for p in view.tree.children(noun) if p.dep == "prep"
                              for o in view.tree.children(p) if o.dep == "pobj"]
    return found


def _answer_actors(view: SentenceView, answer: Token) -> list[Actor]:
    """Return the identified actors of an answering subject or noun event: its own, else its
    owner's ("*Pakistani* shelling", "*Russia's* buildup") or its doer's phrase
    (slot_prepositions.tsv, kind reaction-doer)."""
    found = [a for a in view.actors_in(answer, set()) if is_identified(a)]
    # a gerund's subject is its doer: "after *Moroccan* shelling" (the parser's "nsubj")
    for modifier in ([] if found else _modifiers(view, answer, view.slot_prepositions["reaction-doer"], OWNER_DEPS + ("nsubj",))):
        found = [a for a in view.actors_in(modifier, set()) if is_identified(a)]
        if found:
            break
    return found
