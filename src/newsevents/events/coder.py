"""Code events from an analysed article: who did what to whom, when, and whether it happened.

For every word that starts a pattern of `patterns.tsv`, the coder checks the pattern's
conditions on the parse, finds the source and target actors in the slots the pattern names,
and builds one `Event` per (source, target) pair. No source actor or no pattern: no event.

    "Russia accused Ukraine of shelling Kharkiv" -> RUS 112 UKR
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from newsevents.actors.data import load_locative_prepositions, load_place_nouns, load_pronouns
from newsevents.events.clause import TIME_LABELS, SentenceView
from newsevents.events.codebook import Codebook, load_codebook
from newsevents.events.data import (
    ActFamilyTable,
    ActorCodeTable,
    Condition,
    IntentTable,
    Pattern,
    PatternTable,
    RelativeDate,
    StatusCue,
    load_act_families,
    load_protest_purposes,
    load_actor_codes,
    load_cargo_verbs,
    load_carrier_prepositions,
    load_causative_verbs,
    load_conditional_threats,
    load_ethnic_markers,
    load_exercise_nouns,
    load_intents,
    load_journey_verbs,
    load_measure_nouns,
    load_particles,
    load_patterns,
    load_refusal_auxiliaries,
    load_refusals,
    load_own_act_nouns,
    load_relational_nouns,
    load_relative_dates,
    load_same_act_marks,
    load_slot_prepositions,
    load_status_cues,
    load_support_verbs,
)
from newsevents.events.slots import causee, find_actors, is_identified, meeting_places, place_country, reaction_targets
from newsevents.events.status import (
    condition_head,
    demanding_word,
    event_status,
    is_refusal,
    is_speakers_own,
    makers,
    obliging_word,
)
from newsevents.events.time import publication_date, resolve_date_phrase
from newsevents.nlp.data import load_reporting_verbs
from newsevents.nlp.tokens import DependencyTree
from newsevents.records import Actor, AnalyzedArticle, Event, EventDate, Evidence, Mention, Token

# statuses under which the date named in the clause lies ahead of publication
FUTURE_STATUSES = frozenset({"planned", "hypothetical"})
# families whose events need a counterpart: one actor alone meets, consults or cooperates with no one
COUNTERPART_ROOTS = frozenset({"04", "06"})
# intents and threats: saying what one will do, to whom the act would be done
STATED_ACT_ROOTS = frozenset({"03", "13"})
# a visit: the one event of those families whose counterpart the place it goes to may name
VISIT_CODE = "042"
# force used in an exercise is training: cooperation among those exercising together, a show of
# force by one side alone (exercise_nouns.tsv, slot_prepositions.tsv)
FORCE_ROOTS = frozenset({"18", "19", "20"})
EXERCISE_TOGETHER, EXERCISE_ALONE = "062", "150"
# families whose events, naming no target, fall on the country where they happen: concessions
# (a curfew lifted), protests, shows of force ("police in Lagos were placed on alert"),
# repression and violence (CAMEO coders place the target there);
# the first three are domestic by nature, so without a place they fall on the source's country
HOME_TARGET_ROOTS = frozenset({"08", "14", "15", "17", "18", "19", "20"})
DOMESTIC_ROOTS = frozenset({"08", "14", "17"})
# families whose act, naming no target in its own clause, answers one the sentence names: shows
# of force, alerts and mobilisations ("went on alert as China began firing missiles"), whose
# target CAMEO coders take to be the actor answered (slot_prepositions.tsv, kinds reaction-*)
REACTION_ROOTS = frozenset({"15"})
# roles that act at home: police, rebel and insurgent violence naming no target falls on their own
# country ("Colombian guerrillas kidnapped a senator")
DOMESTIC_ROLES = frozenset({"COP", "REB", "INS"})
# courts, prosecutors and police judge and investigate at home: their verdict, charge or inquiry
# naming no one of another country falls on their own ("a Lima court convicted a retired officer",
# "prosecutors charged 43 men with plotting a coup", "police opened an inquiry into the murder")
LEGAL_ROLES = frozenset({"JUD", "COP"})
LEGAL_ROOTS = frozenset({"09", "11"})
# violence whose perpetrator the text does not name is coded to where it happened
UNATTRIBUTED_ROOTS = frozenset({"18", "19", "20"})
# and so are the acts only a state performs: investigations, administrative sanctions, arrests,
# deportations ("were put under investigation in Morocco", "were arrested in Moscow")
STATE_ACT_CODES = ("09", "172", "173", "174")
# families whose event is the act of saying it (issue 5): statements, appeals, intents,
# demands, disapproval, rejections, threats
SPEECH_ACT_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
# bare statements: coded only when the sentence yields no other event, however weak
STATEMENT_ROOTS = frozenset({"01"})
# how one word's event hangs on another's when both may tell one act (act_families.tsv):
# a purpose or participle clause ("opened fire to disperse", "shelled X, killing 20"), an
# infinitive complement ("pledged to withdraw"), a participle of a noun event ("a strike demanding ...")
LINKED_ACT_DEPS = frozenset({"advcl", "xcomp", "acl"})
# acts that are about another act, which they name as known (`_concern`): investigations,
# disapprovals and accusations, protests
CONCERN_ROOTS = frozenset({"09", "11", "14"})
# rule suffixes of a target the text does not name: the place an event happened, the source's home
INFERRED_TARGETS = (">home-target", ">place-target")


@dataclass(frozen=True, slots=True)
class CoderRules:
    """Everything the coder reads from data files, loaded once and passed in."""

    patterns: PatternTable
    codebook: Codebook
    status_cues: tuple[StatusCue, ...]
    relative_dates: dict[str, RelativeDate]
    reporting_verbs: frozenset[str]
    intents: IntentTable
    refusals: IntentTable
    support_verbs: frozenset[str]
    place_nouns: frozenset[str]
    relational_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    particles: frozenset[str]
    actor_codes: ActorCodeTable
    conditional_threats: dict[str, tuple[str, frozenset[int], str]]
    journey_verbs: frozenset[str]
    carrier_prepositions: frozenset[str]
    causative_verbs: frozenset[str]
    ethnic_markers: frozenset[str]
    refusal_auxiliaries: frozenset[str]
    actor_pronouns: frozenset[str]  # from actors/data/pronouns.tsv: all but the possessives
    place_prepositions: frozenset[str]  # from actors/data/locative_prepositions.tsv: kind "where"
    locating_prepositions: frozenset[str]  # all of locative_prepositions.tsv
    act_families: ActFamilyTable
    same_act_marks: frozenset[str]
    cargo_verbs: frozenset[str]
    exercise_nouns: frozenset[str]
    own_act_nouns: frozenset[str]
    slot_prepositions: Mapping[str, tuple[str, ...]]
    protest_purposes: Mapping[tuple[str, str], tuple[str, str]]

    @classmethod
    def load(cls) -> CoderRules:
        pronouns, locative = load_pronouns(), load_locative_prepositions()
        return cls(
            load_patterns(),
            load_codebook(),
            load_status_cues(),
            load_relative_dates(),
            load_reporting_verbs(),
            load_intents(),
            load_refusals(),
            load_support_verbs(),
            load_place_nouns(),
            load_relational_nouns(),
            load_measure_nouns(),
            load_particles(),
            load_actor_codes(),
            load_conditional_threats(),
            load_journey_verbs(),
            load_carrier_prepositions(),
            load_causative_verbs(),
            load_ethnic_markers(),
            load_refusal_auxiliaries(),
            frozenset().union(*(words for kind, words in pronouns.items() if kind != "possessive")),
            locative["where"],
            frozenset().union(*locative.values()),
            load_act_families(),
            load_same_act_marks(),
            load_cargo_verbs(),
            load_exercise_nouns(),
            load_own_act_nouns(),
            load_slot_prepositions(),
            load_protest_purposes(),
        )


def code_events(
    analyzed: AnalyzedArticle, mentions: Sequence[Mention], rules: CoderRules
) -> tuple[Event, ...]:
    """Return the events of an article, at most one per (source, target, code) in a sentence."""
    mention_at: dict[int, Mention] = {}
    fellows: dict[int, list[Actor]] = {}  # the further actors of a compound code, on the first's span
    for m in mentions:
        first = mention_at.setdefault(m.first_token, m)
        if first is not m and (first.first_token, first.end_token) == (m.first_token, m.end_token) and m.actor:
            fellows.setdefault(m.first_token, []).append(m.actor)
        for i in range(m.first_token + 1, m.end_token):
            mention_at.setdefault(i, m)
    tokens = _joined_hyphenations(analyzed.tokens, rules.patterns.words)
    view = SentenceView(DependencyTree(tokens), mention_at, rules.reporting_verbs, rules.support_verbs,
                        rules.place_nouns, frozenset(rules.conditional_threats), rules.relational_nouns,
                        rules.measure_nouns, rules.particles, rules.journey_verbs, rules.carrier_prepositions,
                        rules.causative_verbs, rules.ethnic_markers, rules.refusal_auxiliaries, rules.actor_pronouns,
                        rules.place_prepositions, rules.locating_prepositions, rules.cargo_verbs,
                        rules.own_act_nouns, {i: tuple(actors) for i, actors in fellows.items()},
                        rules.slot_prepositions)
    events: list[Event] = []
    for sentence in analyzed.sentences:
        found: dict[tuple, tuple[Event, str, Token]] = {}
        objects: dict[int, int] = {}  # a noun a verb pattern names as its object -> that verb
        for trigger in tokens[sentence.first_token : sentence.end_token]:
            pattern = _own_pattern(view, trigger, rules.patterns)
            if pattern is None:
                continue
            objects.update(dict.fromkeys(_named_objects(view, trigger, pattern), trigger.i))
            for event in _events_for(view, analyzed, trigger, pattern, rules):
                key = (event.source.code, event.target.code if event.target else None, event.cameo)
                found.setdefault(key, (event, _standing(view, trigger, pattern, event), trigger))
        sentence_found = list(found.values())
        one_act = _one_act_merges(view, sentence_found, rules)
        merges = one_act + _verb_object_merges(sentence_found, objects, standing_for={kept for kept, _ in one_act})
        events.extend(_kept(_merged(_protest_aims(sentence_found, merges, rules), merges)))
    return tuple(events)


def _named_objects(view: SentenceView, trigger: Token, pattern: Pattern) -> list[int]:
    """Return the objects a verb pattern names by lemma ("lodged a *protest*", "called off the
    *talks*"): the verb and its object tell one act, coded by the verb's pattern."""
    if trigger.pos != "VERB":
        return []
    return [word.i for condition in pattern.requires if condition.relation == "dobj" and condition.lemmas
            and not condition.absent for word in _condition_words(view, trigger, condition)
            if word.lemma in condition.lemmas]


def _verb_object_merges(found: list[tuple[Event, str, Token]], objects: dict[int, int],
                        standing_for: set[int]) -> list[tuple[int, int]]:
    """Return (kept, dropped) pairs of a verb's event and the event its named object codes for the
    same source: "Canada lodged a protest over China's arrest ..." is one complaint (114), not
    also a demonstration (141); "Pakistan called off talks with India" is no meeting. The more
    confident pattern's reading is kept, the verb's on a tie ("ordered the expulsion of the
    ambassador" is the expulsion of a diplomat, which the noun's pattern knows). An event that
    already stands for another word's act (`standing_for`: "agreed to step up *joint patrols*" is
    the agreement) is not the object's to give up."""
    merges = []
    for n, (event, _, word) in enumerate(found):
        if word.i not in objects or n in standing_for:
            continue
        for v, (verb_event, _, verb) in enumerate(found):
            if verb.i == objects[word.i] and verb_event.source.code == event.source.code:
                merges.append((n, v) if event.confidence > verb_event.confidence else (v, n))
    return merges


def _joined_hyphenations(tokens: Sequence[Token], words: frozenset[str]) -> tuple[Token, ...]:
    """Return the tokens with the last word of each hyphenated noun the lexicon knows whole
    standing for it ("build-up" -> buildup, "cease-fires" -> ceasefire, "pull-out" -> pullout)."""
    joined = list(tokens)
    for first, hyphen, last in zip(tokens, tokens[1:], tokens[2:]):
        word = first.text.lower() + last.lemma
        adjacent = hyphen.text == "-" and hyphen.start == first.end and last.start == hyphen.end
        if adjacent and word in words and last.pos != "VERB":
            joined[last.i - tokens[0].i] = dataclasses.replace(last, lemma=word, pos="NOUN")
    return tuple(joined)


def _standing(view: SentenceView, trigger: Token, pattern: Pattern, event: Event) -> str:
    """Return how an event stands among its sentence's: "weak" (a bare statement), "echo" (a
    noun coded to its place: "an *arrest* in Lagos was followed by ..." may name an act again; a
    noun of violence takes no place source at all, see `_pairs`), "aside" (an act a relative
    clause tells of a noun: "aid to Macedonia, *which is preparing an offensive*", kept but
    not the sentence's report), else "strong"."""
    if pattern.weak:
        return "weak"
    if view.clause_root(trigger).dep == "relcl":
        return "aside"
    return "echo" if trigger.pos == "NOUN" and ">place-source" in event.rule else "strong"


def _kept(found: list[tuple[Event, str]]) -> list[Event]:
    """Return the sentence's events worth keeping: echoes only where no violence is coded
    from a verb, weak readings only where nothing strong is, bare statements only where nothing
    else is ("Japan will provide loans, the embassy said": the provision, not the saying), and
    no event without a target that another word codes with one ("launched fire against X,
    killing 50": one event); an aside is kept beside them all but displaces no weak reading."""
    strong = [e for e, standing in found if standing == "strong"]
    if not any(e.root in UNATTRIBUTED_ROOTS for e in strong):
        strong += [e for e, standing in found if standing == "echo"]
    weak = [e for e, standing in found if e.root not in STATEMENT_ROOTS and standing != "aside"]
    asides = [e for e, standing in found if standing == "aside" and e.root not in STATEMENT_ROOTS]
    kept = strong or weak or asides or [e for e, standing in found if standing != "aside"]
    kept += [e for e in asides if e not in kept]
    aimed = {(e.source.code, e.cameo) for e in kept if e.target is not None}
    return [e for e in kept if e.target is not None or (e.source.code, e.cameo) not in aimed]


def _one_act_merges(view: SentenceView, found: list[tuple[Event, str, Token]], rules: CoderRules) -> list[tuple[int, int]]:
    """Return (kept, dropped) pairs of events where linked words of one family tell one act for
    one source (act_families.tsv), kept at the word that names it: "shelled the town, killing 20"
    is one shelling, "staged a rally to demand reforms" one protest, "pledged to withdraw its
    troops" one statement of intent."""
    families = [rules.act_families.family_of(event.cameo) for event, _, _ in found]
    merges = []
    for b, (event_b, _, word) in enumerate(found):
        for a, (event_a, _, governor) in enumerate(found):
            family_a, family_b = families[a], families[b]
            if a == b or family_a is None or family_b is None or family_a[0] != family_b[0]:
                continue
            if event_a.source.code != event_b.source.code or governor.i == word.i:
                continue  # "fired rockets at Israel, prompting Israeli air strikes": two acts
            if not _tells_same_act(view, governor, word, rules.same_act_marks):
                continue
            order_a = (family_a[1], -len(event_a.cameo), 0)
            order_b = (family_b[1], -len(event_b.cameo), 1)
            merges.append((a, b) if order_a <= order_b else (b, a))
    return merges


def _protest_aims(found: list[tuple[Event, str, Token]], merges: list[tuple[int, int]], rules: CoderRules) -> list[tuple[Event, str, Token]]:
    """Return the events with each protest of unspecified aim that one act joins to the demand it
    is staged for coded by that aim (protest_purposes.tsv): "marched to demand the president's
    resignation" is a demonstration for leadership change (1411)."""
    found = list(found)
    for winner, loser in merges:
        protest, demand = found[winner][0], found[loser][0]
        aims = [(len(purpose), row) for (code, purpose), row in rules.protest_purposes.items()
                if code == protest.cameo and demand.cameo.startswith(purpose)]
        if not aims:
            continue
        row_id, code = max(aims)[1]
        entry = rules.codebook.get(code)
        protest = dataclasses.replace(protest, cameo=entry.code, root=entry.code[:2], plover=entry.plover,
                                      goldstein=entry.goldstein, quad_class=entry.quad_class,
                                      rule=protest.rule + ">" + row_id)
        found[winner] = (protest, *found[winner][1:])
    return found


def _merged(found: list[tuple[Event, str, Token]], merges: list[tuple[int, int]]) -> list[tuple[Event, str]]:
    """Return the sentence's events with each act coded once: every dropped event of a (kept,
    dropped) pair goes, and the kept event takes the target the dropped one names when it names
    none itself ("bombed the town, killing seven civilians")."""
    dropped = {loser for _, loser in merges}
    taken: dict[int, Actor] = {}
    for winner, loser in merges:
        named = found[loser][0].target
        if named is not None and not _inferred_target(found[loser][0]) and (
            found[winner][0].target is None or _inferred_target(found[winner][0])
        ):
            taken.setdefault(winner, named)
    kept = []
    for i, (event, standing, _) in enumerate(found):
        if i in dropped:
            continue
        if i in taken:
            event = dataclasses.replace(event, target=taken[i], rule=event.rule + ">merged-target")
        kept.append((event, standing))
    return kept


def _tells_same_act(view: SentenceView, governor: Token, word: Token, marks: frozenset[str]) -> bool:
    """Whether `word`, an event of the same source, tells the act of `governor` again: it hangs
    on it (or on the verb carrying it) as a purpose, participle or infinitive complement with no
    subject of its own (a participle of a noun: on that noun only), or as a clause opened by a
    word of `marks` ("killed 23 *when* they blew ...")."""
    verb = view.event_verb(word)
    if verb.dep not in LINKED_ACT_DEPS or verb.head == verb.i:
        return False
    governors = {governor.i} if verb.dep == "acl" else {governor.i, view.event_verb(governor).i, view.clause_root(governor).i}
    if verb.head not in governors:
        return False
    children = view.tree.children(verb)
    if not any(c.dep in ("nsubj", "nsubjpass") for c in children):
        return True
    return any(c.dep in ("mark", "advmod") and c.lemma in marks for c in children)


def _inferred_target(event: Event) -> bool:
    """Whether the event's target stands for one the text does not name (its place or home)."""
    return any(how in event.rule for how in INFERRED_TARGETS)


def _conditions_hold(view: SentenceView, trigger: Token, requires: tuple[Condition, ...]) -> bool:
    return all(_condition_holds(view, trigger, c) for c in requires)


def _condition_holds(view: SentenceView, trigger: Token, condition: Condition) -> bool:
    filled = any(_fills_condition(view, word, condition) for word in _condition_words(view, trigger, condition))
    return filled != condition.absent


def _condition_words(view: SentenceView, trigger: Token, condition: Condition) -> list[Token]:
    """Return the words standing in the condition's relation to the trigger (a noun may have
    several compounds: "a 24-hour *hunger* strike")."""
    if condition.relation == "prep":  # on the trigger, or on the verb that carries a noun event,
        # or on a particle the parser read as a preposition ("pulled *out* of the talks") or an
        # adverb particle carrying it ("stayed *away* from work")
        words = (trigger, view.event_verb(trigger), *(p for p in view.particles(trigger) if p.dep in ("prep", "advmod")))
        return [w for w in (view.prep_object(w, condition.preposition or "") for w in words) if w][:1]
    if condition.relation == "xcomp":
        return [c for c in view.tree.children(trigger) if view.is_infinitive_complement(c)][:1]
    if condition.relation == "dobj":  # the object of a passive is its subject ("protesters were beaten")
        objects = [c for c in view.tree.children(trigger) if c.dep == "dobj" or (c.dep == "nsubjpass" and c.head == trigger.i)]
        return objects or causee(view, trigger)  # "will allow *observers* to monitor ..."
    if condition.relation == "prt":
        return view.particles(trigger)
    if condition.relation == "nsubj":
        return _subject_words(view, trigger)
    if condition.relation == "oprd":  # what the object is declared to be: "found *two officers* guilty";
        # the parser reads the predicate as the verb's own complement or as an adjective of the object
        # ("found two officers guilty"); of a passive, as the verb's complement ("was found guilty");
        # put before a long object, right after the verb, as an adjective of the object ("set *free*
        # 14 fishermen", "found *guilty* two officers")
        objects = [c for c in view.tree.children(trigger) if c.dep in ("dobj", "nsubjpass")]
        own = [c for c in view.tree.children(trigger) if c.dep in ("oprd", "acomp", "ccomp", "xcomp", "advmod")]
        return own + [c for o in objects for c in view.tree.children(o)
                      if c.dep == "amod" and (c.i > o.i or c.i == trigger.i + 1)]
    if condition.relation == "coordinated":  # "Indian and French warships held war games": together
        verb = view.carrying_verb(trigger) or trigger
        subject = view.subject(verb)
        countries = {a.country for a in view.actors_in(subject, set())} if subject is not None else set()
        return [subject] if len(countries - {None}) > 1 else []
    return [c for c in view.tree.children(trigger) if c.dep == condition.relation]


def _subject_words(view: SentenceView, trigger: Token) -> list[Token]:
    """Return the subject of the trigger's clause with the words that say what it is: its noun
    modifiers and adjectives ("UN *peacekeeping* troops"); and, for a subject that names no actor
    itself, those of its "of" phrase ("the first deployment *of* peacekeepers", "a batch *of* troops")."""
    subject = view.subject(trigger)
    if subject is None:
        return []
    of_object = view.prep_object(subject, "of") if view.actor_of(subject) is None else None
    heads = [subject] + ([of_object] if of_object is not None else [])
    return [w for head in heads for w in (head, *(c for c in view.tree.children(head) if c.dep in ("compound", "amod")))]


# the lemma a condition lists for people of a country ("released six nationals"), which a
# people noun of a nationality ("Americans", "Britons") fills too
NATIONALS = "national"


def _fills_condition(view: SentenceView, word: Token, condition: Condition) -> bool:
    if not condition.lemmas or word.lemma in condition.lemmas:
        return True
    # a phrasal verb is its lemma joined to its particle: "step+down" (not "step up")
    if any(f"{word.lemma}+{particle.text.lower()}" in condition.lemmas for particle in view.particles(word)):
        return True
    # a compound noun is its modifier's lemma joined to its own: "tear_gas" (not "nerve gas")
    modifiers = (c for c in view.tree.children(word) if c.dep in ("compound", "amod"))
    if any(f"{modifier.lemma}_{word.lemma}" in condition.lemmas for modifier in modifiers):
        return True
    if condition.relation == "prep":  # "put the army on the highest *level of* readiness"
        whole = view.whole(word)
        return whole.i != word.i and whole.lemma in condition.lemmas
    if condition.relation != "dobj":
        return False
    # a named object by its title: "received *Foreign Minister* Igor Ivanov"
    titles = [c for c in view.tree.children(word) if c.dep == "compound"] if word.pos == "PROPN" else []
    # "allow the return of inspectors", "demand the release of prisoners": the object of "of"
    of_object = view.prep_object(word, "of")
    # "sent a ship carrying relief supplies": what is sent is the load
    loads = view.cargo(word)
    # the thing an apposition renames: "dissolved the main opposition, the National Rescue *Party*"
    named = [c for c in view.tree.children(word) if c.dep == "appos"]
    # "released six Americans": people named by their nationality alone are its nationals
    mention = view.mention_at.get(word.i)
    if NATIONALS in condition.lemmas and mention is not None and mention.kind == "NORP" and mention.end_token == word.i + 1:
        return True
    words = titles + ([of_object] if of_object is not None else []) + loads + named
    return any(w.lemma in condition.lemmas for w in words)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a trigger says happened: the code and rule, its status, date and reporter."""

    code: str
    rule: str
    confidence: float
    status: str
    when: EventDate
    attributed_to: Actor | None


def _events_for(
    view: SentenceView, analyzed: AnalyzedArticle, trigger: Token, pattern: Pattern, rules: CoderRules
) -> Iterator[Event]:
    if _background(view, trigger) or _answered(view, trigger, pattern) or _concern(view, trigger, pattern, rules):
        return
    pairs, how = _pairs(view, trigger, pattern, rules.patterns)
    pairs = [(s, t) for s, t in pairs if not _uncoded(view, trigger, s, rules)]
    for reading in _readings(view, analyzed, trigger, pattern, rules) if pairs else ():
        for source, target in pairs:
            coded = _reading_for_source(reading, source, rules, how)
            yield _make_event(analyzed, trigger, coded, rules.codebook, source, target)


def _background(view: SentenceView, trigger: Token) -> bool:
    """Whether a noun event is the object of a preposition that tells the occasion or cause of
    what the sentence reports (the `background` rows of slot_prepositions.tsv: "restored ties
    eight years *after* the invasion", "cut ties *following* the raid", "the first visit *since*
    the war"): an event told as known, which CAMEO and PLOVER leave to the report that told it."""
    if trigger.pos != "NOUN" or trigger.dep != "pobj" or trigger.head == trigger.i:
        return False
    preposition = view.tokens[trigger.head]
    if preposition.text.lower() == "of" and preposition.head != preposition.i:
        # "on the anniversary *of* the invasion": the rows of kind background-of are the nouns
        # whose "of" phrase names a past event marked or remembered, not one reported
        return view.tokens[preposition.head].lemma in view.slot_prepositions["background-of"]
    return preposition.text.lower() in view.slot_prepositions["background"]


def _concern(view: SentenceView, trigger: Token, pattern: Pattern, rules: CoderRules) -> bool:
    """Whether a noun event is what a coded disapproval, accusation, protest or investigation is
    about (CONCERN_ROOTS): its direct object ("condemned China's *crackdown*") or the object of a
    `topic` preposition of slot_prepositions.tsv ("marched to protest against the *siege*", "an
    inquiry into the *killing*"). The act is told as known: CAMEO and PLOVER code the
    condemnation or protest, and leave the act to the report that told it (as `_background`).
    A noun of the stance itself is that act, not its topic ("lodged a *protest*", "opened an
    *inquiry*")."""
    if trigger.pos != "NOUN" or pattern.code[:2] in CONCERN_ROOTS:
        return False
    noun = trigger
    while noun.dep == "conj" and noun.head != noun.i:  # "condemned the arrests and *killings*"
        noun = view.tokens[noun.head]
    if noun.head == noun.i:
        return False
    head = view.tokens[noun.head]
    if noun.dep == "pobj" and head.text.lower() in view.slot_prepositions["concern"] and head.head != head.i:
        # the phrase may hang on the verb that carries the stance noun ("opened an inquiry into
        # ..."), or on a noun that verb carries ("voiced concern over ...")
        governor = view.tokens[head.head]
        abouts = [governor, *(c for c in view.tree.children(governor) if c.dep == "dobj")]
        if governor.dep == "dobj" and governor.head != governor.i:
            abouts.append(view.tokens[governor.head])
    elif noun.dep == "dobj":
        abouts = [head]
    else:
        return False
    return any(_codes_root(view, about, rules, CONCERN_ROOTS) for about in abouts)


def _own_pattern(view: SentenceView, word: Token, patterns: PatternTable) -> Pattern | None:
    """Return the word's own pattern: the most specific whose conditions hold, else None."""
    return next((p for p in patterns.for_token(word.lemma, word.pos) if _conditions_hold(view, word, p.requires)), None)


def _codes_root(view: SentenceView, word: Token, rules: CoderRules, roots: frozenset[str]) -> bool:
    """Whether the word's own pattern has a code of `roots`."""
    pattern = _own_pattern(view, word, rules.patterns)
    return pattern is not None and pattern.code[:2] in roots


def _answered(view: SentenceView, trigger: Token, pattern: Pattern) -> bool:
    """Whether a noun of saying (a demand, appeal, call, offer, proposal, threat: SPEECH_ACT_ROOTS)
    made by one actor is the object of what another does about it ("X rejected Y's *demand*",
    "X dismissed an *appeal* from Y", "X conceded to *demands* by Y"): the answer is the event,
    the saying it answers was reported when it was made."""
    noun = view.event_noun(trigger)
    if trigger.pos != "NOUN" or pattern.code[:2] not in SPEECH_ACT_ROOTS or noun.head == noun.i:
        return False
    head = view.tokens[noun.head]
    verb = head if noun.dep == "dobj" else view.tokens[head.head] if noun.dep == "pobj" else None
    if verb is None or verb.pos != "VERB":
        return False
    subject = view.subject(verb)
    answering = {a.code for a in view.actors_in(subject, set())} if subject is not None else set()
    made_by = {a.code for a in makers(view, noun)}
    return bool(answering) and bool(made_by) and not made_by & answering


def _uncoded(view: SentenceView, trigger: Token, source: Actor, rules: CoderRules) -> bool:
    """Whether the act is one CAMEO and PLOVER do not code, the saying being the one event
    (status_cues.tsv, column uncoded): an act another is asked to do inside a demand, appeal,
    request or pressure ("X urged Y *to free* the prisoners"), or an act in the condition of a
    threat or plan ("X threatened sanctions if Y *invades*"); an act inside a coded offer ("X
    offered *to mediate*", "X is ready to host *talks* between Y and Z"); an act another is said
    to be obliged to do, where the saying is coded as a demand ("X said Y must *withdraw*")."""
    if condition_head(view, trigger, rules.status_cues) is not None:
        return True
    demand = demanding_word(view, trigger, rules.status_cues)
    if demand is not None and not is_speakers_own(view, demand, trigger, source.code):
        return True
    order = demanding_word(view, trigger, rules.status_cues, "foreign-addressee")
    if order is not None and not is_speakers_own(view, order, trigger, source.code, source.country or ""):
        return True
    threat = demanding_word(view, trigger, rules.status_cues, "speaker")
    if threat is not None and is_speakers_own(view, threat, trigger, source.code):
        return True
    offer = demanding_word(view, trigger, rules.status_cues, "offer")
    if offer is not None and _coded_sources(view, offer, rules):
        return True  # "X offered to mediate between Y and Z": the offer (03x) is the one event
    obligation = obliging_word(view, trigger, rules.status_cues)
    if obligation is not None:  # "X said Y must withdraw": X's demand is the one event
        demanders = _coded_sources(view, obligation, rules)
        return bool(demanders) and not any(_same_actor(source, d) for d in demanders)
    return False


def _same_actor(a: Actor, b: Actor) -> bool:
    """Whether two actors are one: the same code, or one is the other's country as a whole
    ("Russia must withdraw, the Russian defence minister said")."""
    return a.code == b.code or a.code == b.country or b.code == a.country


def _coded_sources(view: SentenceView, word: Token, rules: CoderRules) -> list[Actor]:
    """Return the sources the word's own pattern codes it with: empty when the word codes no event."""
    pattern = _own_pattern(view, word, rules.patterns)
    return [] if pattern is None else [s for s, _ in _pairs(view, word, pattern, rules.patterns)[0]]


def _pairs(
    view: SentenceView, trigger: Token, pattern: Pattern, patterns: PatternTable
) -> tuple[list[tuple[Actor, Actor | None]], str]:
    """Return the (source, target) pairs the pattern finds, and a rule suffix when an actor
    was inferred rather than named (">place-source", ">home-target")."""
    place, root = place_country(view, trigger), pattern.code[:2]
    sources = find_actors(view, trigger, pattern.source, set(), home=place)
    if not sources:  # "protesters demanded the resignation of the Serbian premier": at home
        anchor = find_actors(view, trigger, pattern.target, set(), None) or [
            t for t in _stated_act_targets(view, trigger, patterns) if t is not None
        ]  # "activists continued their hunger strike to demand the release of ..."
        if anchor and anchor[0].country:
            sources = find_actors(view, trigger, pattern.source, set(), home=anchor[0].country)
    how = ""
    violent_noun = trigger.pos != "VERB" and root in UNATTRIBUTED_ROOTS
    if (not sources and place and not violent_noun and not view.is_object_of_other_act(trigger)
            and (root in UNATTRIBUTED_ROOTS or pattern.code.startswith(STATE_ACT_CODES))):
        # CAMEO practice: violence by no one named ("killed by a roadside bomb outside Basra") is
        # coded to the country where it happened; not a violent noun, whose place names where it
        # was, not who did it ("protested over the offensive in Gaza", "talks broke off after a
        # bombing in Jerusalem": the act is background, told without its doer), nor a noun another
        # verb speaks about ("will raise the detention of its nationals in China")
        sources, how = [Actor(place, place)], ">place-source"
    if not sources:
        return [], ""
    home = place or sources[0].country
    source_countries = {s.country for s in sources}
    targets: list[Actor | None] = list(find_actors(view, trigger, pattern.target, {a.code for a in sources}, home))
    if pattern.symmetric and len({s.code for s in sources}) > 1:
        # "A and B agreed to open talks in Oslo": the place where the parties act is not a party
        # nor are groups of the place's country no party belongs to ("A and B agreed in Jeddah to
        # protect civilians": the civilians are not the Saudi hosts)
        where = meeting_places(view, trigger)
        targets = [t for t in targets if t is None or (t.code not in where and t.country not in where - source_countries)]
    if root in COUNTERPART_ROOTS:  # no one meets or cooperates with their own country as a whole
        targets = [t for t in targets if t and t.code not in source_countries]
    if not targets and root in STATED_ACT_ROOTS:  # "ready to impose martial law": on whom it falls
        targets = _stated_act_targets(view, trigger, patterns)
        how += ">act-target" if targets else ""
    if not targets and root in REACTION_ROOTS:  # "went on alert as China began firing missiles"
        targets = list(reaction_targets(view, trigger, sources))
        how += ">reaction-target" if targets else ""
    domestic = root in DOMESTIC_ROOTS or sources[0].role in DOMESTIC_ROLES
    aimed_at = place or (sources[0].country if domestic else None)
    paired = pattern.symmetric and len({s.code for s in sources}) > 1  # "battles between A and B": each other
    if not targets and root in HOME_TARGET_ROOTS and aimed_at and not paired:
        # CAMEO practice: "police arrested dozens", "protesters rallied": aimed at home
        targets, how = [Actor(aimed_at, aimed_at)], how + ">home-target"
    legal_home = sources[0].country if sources[0].role in LEGAL_ROLES else None
    if not targets and root in LEGAL_ROOTS and legal_home and not paired:
        targets, how = [Actor(legal_home, legal_home)], how + ">home-target"
    if pattern.symmetric and not targets and (len(sources) > 1 or root in COUNTERPART_ROOTS):
        # "Biden and Putin will speak": each acts on the other; one actor alone consults no one
        return _each_other(sources), how
    if root in COUNTERPART_ROOTS and not targets:
        # a visit names its host by where it goes ("visited a settlement in the West Bank"); a
        # meeting or cooperation with no one named is no event ("South Korea hosts manufacturers")
        if not (pattern.code.startswith(VISIT_CODE) and place and place not in source_countries):
            return [], ""
        targets, how = [Actor(place, place)], how + ">place-target"
    return [(s, t) for s in sources for t in targets or [None]], how


def _each_other(sources: Sequence[Actor]) -> list[tuple[Actor, Actor]]:
    """Return the pairs of a joint act of the sources on each other: of two, each on the other
    ("A and B met": A-B and B-A); of three or more, each once, on the party named after it and
    the last on the first ("A, B and C held talks": A-B, B-C, C-A). A summit or joint exercise
    of several parties is one act by each of them, not one per pair of them: six pairs of three
    parties, twelve of four, would count one meeting as many."""
    parties = list({s.code: s for s in sources}.values())
    if len(parties) < 3:
        return [(s, t) for s in sources for t in sources if s.code != t.code]
    return [(s, parties[(i + 1) % len(parties)]) for i, s in enumerate(parties)]


def _stated_act_targets(view: SentenceView, trigger: Token, patterns: PatternTable) -> list[Actor | None]:
    """Return the targets of the act an intent, threat or protest states ("is prepared to lift
    the ban": the ban is lifted at home; "continued their hunger strike to demand the
    release of Belarusian journalists"), found by the act's own pattern."""
    carriers = (trigger, view.clause_root(trigger), view.event_verb(trigger))
    acts = [child for child in {c.i: c for word in carriers for c in view.tree.children(word)}.values()
            if view.is_infinitive_complement(child)]
    while acts:
        act = acts.pop(0)
        if (pattern := _own_pattern(view, act, patterns)) is not None:
            return [t for _, t in _pairs(view, act, pattern, patterns)[0] if t is not None][:1]
        # an uncoded verb may carry the act down its own infinitive ("offered to help *mediate*")
        acts += [c for c in view.tree.children(act) if view.is_infinitive_complement(c)]
    return []


def _reading_for_source(reading: Reading, source: Actor, rules: CoderRules, how: str) -> Reading:
    """Return the reading with the code the source's role calls for ("Serb forces killed": 190)."""
    by_actor = rules.actor_codes.for_source(reading.code, source.role)
    code, rule = (by_actor[1], f"{reading.rule}>{by_actor[0]}") if by_actor else (reading.code, reading.rule)
    return dataclasses.replace(reading, code=code, rule=rule + how)


def _readings(
    view: SentenceView, analyzed: AnalyzedArticle, trigger: Token, pattern: Pattern, rules: CoderRules
) -> list[Reading]:
    """Return the pattern's event and, for a planned act, the intent its actor expressed."""
    status = event_status(view, trigger, rules.status_cues)
    future = status in FUTURE_STATUSES
    speech_act = pattern.code[:2] in SPEECH_ACT_ROOTS
    when = _event_date(analyzed, trigger, _date_scopes(view, trigger, speech_act), future, rules)
    attributed_to = _attribution(view, trigger)
    code, rule_id = pattern.code, pattern.id
    if code[:2] in FORCE_ROOTS and (exercise := _exercise(view, trigger, rules.exercise_nouns)) is not None:
        # "fired rockets at a decommissioned ship during joint exercises": training, not force
        code, rule_id = (EXERCISE_TOGETHER if _together(view, trigger, exercise) else EXERCISE_ALONE), f"{rule_id}>exercise"
    readings = [Reading(code, rule_id, pattern.confidence, status, when, attributed_to)]
    # a plan that hangs on a condition is hypothetical, but its stating is a threat or an intent
    stated = status if status != "hypothetical" else event_status(view, trigger, rules.status_cues, conditions=False)
    if stated == "planned" and demanding_word(view, trigger, rules.status_cues, "foreign-addressee") is not None:
        # "Russia ordered its troops to pull out of Kherson": the order is the withdrawal decided,
        # coded once as that act (planned); an order to one's own forces states no intent
        statement = None
    elif stated == "planned":  # "Israel will evacuate the settlements": Israel expressed an intent to yield
        statement = _stated_intent(view, trigger, pattern.code, rules)
    elif status == "hypothetical" and _says_of_itself(view, trigger):
        # "ECOWAS said it could use force if they refused": a possible act on a condition is a threat
        statement = _conditional_threat(view, trigger, pattern.code, rules)
    elif status == "denied" and is_refusal(view, trigger, frozenset(c.cue for c in rules.status_cues if c.relation == "neg")):  # "Iran will not negotiate": a rejection
        statement = rules.refusals.for_code(pattern.code)
    else:
        statement = None
    if statement:
        said = _event_date(analyzed, trigger, _report_scope(view, trigger), False, rules)
        readings.append(Reading(statement[1], f"{pattern.id}>{statement[0]}", pattern.confidence, "occurred", said,
                                attributed_to))
    return readings


def _exercise(view: SentenceView, trigger: Token, exercise_nouns: frozenset[str]) -> Token | None:
    """Return the exercise an act of force is done in ("fired rockets *during joint exercises*",
    "fired missiles *in war games*"), else None."""
    for word in dict.fromkeys((trigger, view.event_verb(trigger))):
        for preposition in view.slot_prepositions["exercise"]:
            found = view.prep_object(word, preposition)
            if found is not None and view.whole(found).lemma in exercise_nouns:
                return view.whole(found)
    return None


def _together(view: SentenceView, trigger: Token, exercise: Token) -> bool:
    """Whether an exercise is held together: by actors of several countries ("American and
    Filipino troops fired ..."), or with someone ("during exercises *with Japan*")."""
    partner = view.prep_object(exercise, "with")
    if partner is not None and view.actors_in(partner, set(), deep=True):
        return True
    subject = view.subject(view.event_verb(trigger))
    countries = {a.country for a in view.actors_in(subject, set())} - {None} if subject is not None else set()
    return len(countries) > 1


def _attribution(view: SentenceView, trigger: Token) -> Actor | None:
    """Return who the text credits with the report of this event ("..., the White House said")."""
    verb = view.reporting_verb_above(trigger)
    speaker = view.subject(verb) if verb else view.according_to(trigger)
    actor = view.actor_of(speaker) if speaker else None
    return actor if actor and is_identified(actor) else None


def _stated_intent(view: SentenceView, trigger: Token, code: str, rules: CoderRules) -> tuple[str, str] | None:
    """Return (rule id, code) of what a planned act says of its actor: a threat when the plan
    hangs on a condition ("will withdraw unless ..."), else an intent ("will evacuate")."""
    return _conditional_threat(view, trigger, code, rules) or rules.intents.for_code(code)


def _conditional_threat(view: SentenceView, trigger: Token, code: str, rules: CoderRules) -> tuple[str, str] | None:
    """Return (rule id, code) of the threat an act makes when it hangs on a condition of the
    other side's ("will withdraw unless ...", "could use force if ..."), else None."""
    quad_class = rules.codebook.get(code).quad_class
    roots = dict.fromkeys((view.clause_root(trigger), view.clause_root(view.event_verb(trigger))))
    for clause in (c for root in roots for c in view.tree.children(root)):  # "could launch an offensive if ..."
        marks = [m for m in view.tree.children(clause) if clause.dep == "advcl" and m.dep == "mark"]
        for mark in marks:
            row_id, classes, threat = rules.conditional_threats.get(mark.text.lower(), ("", frozenset(), ""))
            if quad_class in classes:
                return row_id, threat
    return None


def _says_of_itself(view: SentenceView, trigger: Token) -> bool:
    """Whether a reported act is the speaker's own, named by a pronoun ("Russia said *it*
    could retaliate"), not another's ("Russia said Ukraine could ...")."""
    if view.reporting_verb_above(trigger) is None:
        return False
    subject = view.tree.subject_of(view.event_verb(trigger))
    return subject is not None and subject.pos == "PRON"


def _event_date(
    analyzed: AnalyzedArticle, trigger: Token, scopes: Iterable[set[int]], future: bool, rules: CoderRules
) -> EventDate:
    """Return the first date named in `scopes` (nearest the trigger first), else publication."""
    published = analyzed.article.published
    if published is None:
        return publication_date(None)
    for scope in scopes:
        entities = [e for e in analyzed.entities if e.label in TIME_LABELS and e.first_token in scope]
        for entity in sorted(entities, key=lambda e: abs(e.first_token - trigger.i)):
            order = analyzed.article.date_order
            resolved = resolve_date_phrase(entity.text, published, future, rules.relative_dates, order)
            if resolved:
                return resolved
    return publication_date(published)


def _date_scopes(view: SentenceView, trigger: Token, speech_act: bool) -> Iterator[set[int]]:
    """Yield the token sets where the event's date may stand, nearest first.

    The trigger's own clause, with the verb of a noun event ("imposed sanctions on Monday").
    For a speech act, the act of saying is the event: a past-tense appeal takes a date from its
    infinitive ("urged Germany to send weapons on Thursday"), and a reported one the date of
    its report ("said on Friday that it was ready to negotiate").
    """
    root = view.clause_root(trigger)
    scope = {t.i for t in view.own_clause(trigger)} | {t.i for t in view.own_clause(view.event_verb(trigger))}
    if speech_act and "Tense=Past" in root.morph:
        for complement in view.tree.children(root):
            if complement.dep == "xcomp":
                scope.update(t.i for t in view.tree.subtree(complement))
    yield scope
    if speech_act:
        yield from _report_scope(view, trigger)


def _report_scope(view: SentenceView, trigger: Token) -> Iterator[set[int]]:
    """Yield the clause of the verb that reports the trigger's clause, if any."""
    report = view.reporting_verb_above(trigger)
    if report is not None:
        yield {t.i for t in view.own_clause(report)}


def _make_event(
    analyzed: AnalyzedArticle,
    trigger: Token,
    reading: Reading,
    codebook: Codebook,
    source: Actor,
    target: Actor | None,
) -> Event:
    article = analyzed.article
    sentence = analyzed.sentences[trigger.sentence]
    code = codebook.get(reading.code)
    key = f"{article.article_id}|{sentence.index}|{trigger.i}|{source.code}|{target.code if target else ''}|{code.code}"
    when = reading.when
    return Event(
        id=hashlib.sha1(key.encode()).hexdigest()[:16],
        article_id=article.article_id,
        doc_id=article.doc_id,
        sentence=sentence.index,
        evidence=Evidence(article.body[sentence.start : sentence.end], sentence.start, sentence.end),
        source=source,
        target=target,
        cameo=code.code,
        root=code.code[:2],
        plover=code.plover,
        goldstein=code.goldstein,
        quad_class=code.quad_class,
        date=when.date,
        date_range=when.date_range,
        date_precision=when.precision,
        status=reading.status,
        attributed_to=reading.attributed_to if reading.attributed_to != source else None,
        location=None,
        rule=reading.rule,
        confidence=reading.confidence,
    )
