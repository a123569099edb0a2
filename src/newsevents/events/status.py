"""Decide whether an event occurred, is planned, denied, hypothetical or only claimed.

Cues come from `status_cues.tsv`. They are looked for on the event word, on the verbs it
hangs from through infinitives ("will seek to meet"), and on the verb that governs it
("plans to meet", "denied that it had recalled"). An event reported by someone ("X said
Y would meet Z") reads "would" as the future of the past: planned, not hypothetical.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsevents.events.clause import SentenceView
from newsevents.events.data import StatusCue
from newsevents.records import Actor, Token

# when cues disagree, the strongest doubt wins
STATUS_ORDER = ("denied", "reported-claim", "hypothetical", "planned", "occurred")
# dependents that carry a status cue, by the relation named in the data file
# "neg" includes a paired negation's first word ("would *neither* accept nor recognise"), which the
# parser hangs on the first verb as a preconjunction
CUE_RELATIONS = {"aux": ("aux", "auxpass"), "neg": ("neg", "preconj"), "advmod": ("advmod",), "mark": ("mark",)}
# heads through which a status climbs ("will seek to meet": "will" counts for "meet";
# "is not ready": "not" counts for "ready")
CHAIN_DEPS = frozenset({"xcomp", "acomp", "conj"})
# relations through which a governing word's own meaning applies ("refused to meet", "its
# demand that Syria allow ...")
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "acl"})


def event_status(view: SentenceView, trigger: Token, cues: tuple[StatusCue, ...], conditions: bool = True) -> str:
    """Return the status of the event signalled by `trigger`.

    "Biden and Putin will speak by phone" -> planned; "Russia did not recall its envoy" ->
    denied; "Russia refused to meet" -> the refusal occurred (the verb is the event);
    "Britain plans to impose sanctions" -> planned (a noun event takes its verb's status);
    "X will withdraw unless Y ..." -> a plan that hangs on a condition is hypothetical
    (`conditions=False`: the plan as stated, condition aside).
    """
    found, conditional = set(), set()
    reported = view.reporting_verb_above(trigger) is not None
    verb = view.event_verb(trigger)
    if verb is not trigger and view.event_noun(trigger).dep == "dobj":
        # a noun act named as what is demanded, offered or refused is not asserted ("demanded
        # an Israeli *withdrawal*"); a planned one ("ordered the expulsion") the verb codes itself
        found.update(c.status for c in cues if c.relation == "governor" and c.cue == verb.lemma and c.status != "planned")
    for node, via, _ in _climb(view, verb, "for"):
        if via in GOVERNED_DEPS:  # "demanded that ...", and "reiterated its *demand* that ..."
            governors = {w.lemma for w in _governing_words(view, node)}
            found.update(c.status for c in cues if c.relation == "governor" and c.cue in governors)
        if via == "ccomp":
            break
        found.update(_cues_on(view, node, cues, reported))
        conditional.update(_conditions_on(view, node, cues))
        governor = view.gerund_governor(node)
        if governor is not None:  # "accused Y *of shelling*": the governing verb's meaning applies
            found.update(c.status for c in cues if c.relation == "governor" and c.cue == governor.lemma)
    status = next((s for s in STATUS_ORDER if s in found), "occurred")
    if status == "planned" and conditions and conditional:
        return next(s for s in STATUS_ORDER if s in conditional)
    return status


def _conditions_on(view: SentenceView, node: Token, cues: tuple[StatusCue, ...]) -> set[str]:
    """Return the statuses of the conditions a clause hangs on `node` ("... *unless* Y leaves")."""
    marks = {m.lemma for c in view.tree.children(node) if c.dep == "advcl"
             for m in view.tree.children(c) if m.dep == "mark"}
    return {cue.status for cue in cues if cue.relation == "condition" and cue.cue in marks}


def is_refusal(view: SentenceView, trigger: Token, negations: frozenset[str] = frozenset()) -> bool:
    """Whether the event is one its actor says will not happen: a negated future ("will not
    negotiate", "won't attend", "said it would not seek to meet", "would neither accept nor
    recognise" with "neither" among `negations`), which is itself a rejection."""
    node = view.event_verb(trigger)
    while True:
        children = view.tree.children(node)
        negated = any(c.dep == "neg" or (c.dep in CUE_RELATIONS["neg"] and c.text.lower() in negations) for c in children)
        if negated and any(c.dep == "aux" and c.lemma in view.refusal_auxiliaries for c in children):
            return True
        if node.dep not in CHAIN_DEPS or node.head == node.i:
            return False
        node = view.tokens[node.head]


def _cues_on(view: SentenceView, node: Token, cues: tuple[StatusCue, ...], reported: bool) -> set[str]:
    words = {
        relation: {c.lemma for c in view.tree.children(node) if c.dep in deps}
        | {c.text.lower() for c in view.tree.children(node) if c.dep in deps}
        for relation, deps in CUE_RELATIONS.items()
    }
    found = set()
    for cue in cues:
        if cue.relation in words and cue.cue in words[cue.relation]:
            future_of_past = reported and cue.cue == "would" and not words["mark"] & {"if", "unless"}
            found.add("planned" if future_of_past else cue.status)
    return found


def demanding_word(view: SentenceView, trigger: Token, cues: tuple[StatusCue, ...], uncoded: str = "addressee") -> Token | None:
    """Return the demand, appeal, request or pressure word (a governor row of `status_cues.tsv`
    marked `uncoded` addressee) whose content the event is: "demanded that Y *withdraw*", "urged Y
    to *free* ...", "demanded the *withdrawal* of Y's forces", "its demand that Syria *allow*
    ...", "an ultimatum to Syria to *halt* ..."; else None."""
    words = {c.cue for c in cues if c.relation == "governor" and c.uncoded == uncoded}
    node = view.event_verb(trigger)
    if node is not trigger and view.event_noun(trigger).dep == "dobj" and node.lemma in words:
        return node
    noun = view.event_noun(trigger)
    if noun.dep == "pobj" and noun.head != noun.i and view.tokens[noun.head].text.lower() == "for":
        # what a demand or appeal is "for" is its content: "called *for an inquiry*", "a call *for
        # sanctions*", "pressed *for the release* of ..."
        asker = view.tokens[view.tokens[noun.head].head]
        if asker.lemma in words:
            return asker
    # "pressed for Iran to release ...": the clause of "for" is what is asked, as an infinitive is
    for head, via, clause in _climb(view, node):
        if via == "ccomp" and _tells_a_fact(view, clause):  # "insisted that Y *had shelled* the town"
            return None
        if via in GOVERNED_DEPS:
            found = [w for w in _governing_words(view, head) if w.lemma in words]
            if found:
                return found[0]
    return None


def obliging_word(view: SentenceView, trigger: Token, cues: tuple[StatusCue, ...]) -> Token | None:
    """Return the auxiliary of obligation (an aux row of `status_cues.tsv` marked `uncoded`
    obligation) on the event verb or a verb it hangs from as an infinitive: "Y *must* withdraw",
    "Y *must* stop backing the rebels", "Y *must* reach an agreement"; else None."""
    words = {c.cue for c in cues if c.relation == "aux" and c.uncoded == "obligation"}
    for node, via, _ in _climb(view, view.event_verb(trigger)):
        if via == "ccomp":
            return None
        for child in view.tree.children(node):
            if child.dep in CUE_RELATIONS["aux"] and child.lemma in words:
                return child
    return None


def _climb(view: SentenceView, verb: Token, preposition: str | None = None) -> Iterator[tuple[Token, str | None, Token | None]]:
    """Yield the words an event's meaning climbs through, as (word, relation, clause below):
    first `verb` itself (relation None), then each head it hangs from as an infinitive or a
    complement ("will *seek* to meet", "*plans* to meet", "*demanded* that ..."; an infinitive
    with its own subject opened by `preposition`, any if None, counts as one: "called *for*
    Israel to withdraw"). The walk ends after a "that" clause's governor, and at a gerund's
    governor ("accused Y of shelling"), which is not climbed to."""
    node = verb
    yield node, None, None
    while view.gerund_governor(node) is None:
        via = "xcomp" if view.is_infinitive_complement(node) or view.is_subject_infinitive(node, preposition) else node.dep
        if via not in CHAIN_DEPS | GOVERNED_DEPS or node.head == node.i:
            return
        head = view.tokens[node.head]
        yield head, via, node
        if via == "ccomp":
            return
        node = head


def _governing_words(view: SentenceView, governor: Token) -> list[Token]:
    """Return a governing word and its direct objects, which may name what the clause below is
    ("demanded that ...", "reiterated its *demand* that ...")."""
    return [governor, *(c for c in view.tree.children(governor) if c.dep == "dobj")]


def is_speakers_own(view: SentenceView, demand: Token, trigger: Token, source_code: str,
                    source_country: str | None = None) -> bool:
    """Whether an act inside a demand's content is the speaker's own ("Iran asked *to join* the
    talks"): its source is who makes the demand, and the demand is addressed to no one else
    (no object or non-place preposition naming another actor: "called *on Japan* to ...").
    With `source_country`, an order: the speaker's own country's forces or officials are its
    own ("Moscow ordered its troops to withdraw"); another country or body is another actor."""
    speakers = demanders(view, demand)
    codes, countries = {a.code for a in speakers}, {a.country for a in speakers} - {None}

    def own(actor_code: str, country: str | None) -> bool:
        # of an order, a bare role ("ordered troops to ...") is taken as the orderer's own
        return actor_code in codes or (source_country is not None and (country is None or country in countries))

    if not own(source_code, source_country):
        return False
    verb = view.event_verb(demand)
    content = view.event_noun(trigger).i
    for word in (demand, verb):
        for child in view.tree.children(word):
            if child.i == content:
                continue
            if child.dep in ("dobj", "dative"):
                named = [child]
            elif child.dep == "prep" and child.text.lower() not in view.locating_prepositions:
                named = [c for c in view.tree.children(child) if c.dep == "pobj"]
            else:
                continue
            if any(not own(a.code, a.country) for n in named for a in view.actors_in(n, set())):
                return False
    return True


def makers(view: SentenceView, noun: Token) -> list[Actor]:
    """Return the actors a demand, order, threat or other act noun names as who makes it: its
    owner ("the court's *order* to halt", "a Security Council *demand*") or its `maker` phrase of
    slot_prepositions.tsv ("demands *by* the rebels", "an appeal *from* the president")."""
    if noun.pos not in ("NOUN", "PROPN"):
        return []
    prepositions = view.slot_prepositions["maker"]
    owners = [c for c in view.tree.children(noun) if c.dep in ("poss", "compound")]
    owners += [o for p in view.tree.children(noun) if p.dep == "prep" and p.text.lower() in prepositions
               for o in view.tree.children(p) if o.dep == "pobj"]
    return [a for o in owners for a in view.actors_in(o, set())]


def demanders(view: SentenceView, demand: Token) -> list[Actor]:
    """Return who makes a demand, order or threat: a noun's maker when it names one (`makers`),
    else the subject of the verb that carries it."""
    found = makers(view, demand)
    if found:
        return found
    subject = view.subject(view.event_verb(demand))
    return view.actors_in(subject, set()) if subject is not None else []


def condition_head(view: SentenceView, trigger: Token, cues: tuple[StatusCue, ...]) -> Token | None:
    """Return the threat, warning, ultimatum or demand word, or the planned or possible act,
    whose condition clause (opened by a mark row of `status_cues.tsv` marked `uncoded` condition)
    holds the event: "threatened sanctions if Y *invades*", "will cut off gas unless Y *pays*";
    else None."""
    marks = {c.cue for c in cues if c.relation == "mark" and c.uncoded == "condition"}
    governors = {c.cue for c in cues if c.relation == "governor" and c.status == "hypothetical"}
    node = view.clause_root(view.event_verb(trigger))
    while node.head != node.i:
        head = view.tokens[node.head]
        if node.dep == "advcl" and any(c.dep == "mark" and c.lemma in marks for c in view.tree.children(node)):
            said = {head.lemma} | {c.lemma for c in view.tree.children(head) if c.dep == "dobj"}
            if said & governors or event_status(view, head, cues) in ("planned", "hypothetical"):
                return head
            return None
        if node.dep not in CHAIN_DEPS:
            return None
        node = head
    return None


def _tells_a_fact(view: SentenceView, clause: Token) -> bool:
    """Whether a "that" clause is in the past or perfect tense, so reports what happened ("insisted
    that Y had shelled the town") rather than what is asked (a subjunctive or modal: "insisted that
    Y withdraw", "demanded that Y should withdraw")."""
    auxiliaries = [c for c in view.tree.children(clause) if c.dep in ("aux", "auxpass")]
    if auxiliaries:
        return auxiliaries[0].tag in ("VBD", "VBZ") and auxiliaries[0].lemma == "have"
    return clause.tag == "VBD"
