"""Decide whether an event occurred, is planned, denied, hypothetical or only claimed.

Cues come from `status_cues.tsv`. They are looked for on the event word, on the verbs it
hangs from through infinitives ("will seek to meet"), and on the verb that governs it
("plans to meet", "denied that it had recalled"). An event reported by someone ("X said
Y would meet Z") reads "would" as the future of the past: planned, not hypothetical.
"""

from __future__ import annotations

from newsevents.events.clause import SentenceView
from newsevents.events.data import StatusCue
from newsevents.records import Token

# when cues disagree, the strongest doubt wins
STATUS_ORDER = ("denied", "reported-claim", "hypothetical", "planned", "occurred")
# dependents that carry a status cue, by the relation named in the data file
CUE_RELATIONS = {"aux": ("aux", "auxpass"), "neg": ("neg",), "advmod": ("advmod",), "mark": ("mark",)}
# heads through which a status climbs ("will seek to meet": "will" counts for "meet";
# "is not ready": "not" counts for "ready")
CHAIN_DEPS = frozenset({"xcomp", "acomp", "conj"})
# relations through which a governing word's own meaning applies ("refused to meet", "its
# demand that Syria allow ...")
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "acl"})


def event_status(view: SentenceView, trigger: Token, cues: tuple[StatusCue, ...]) -> str:
    """Return the status of the event signalled by `trigger`.

    "Biden and Putin will speak by phone" -> planned; "Russia did not recall its envoy" ->
    denied; "Russia refused to meet" -> the refusal occurred (the verb is the event);
    "Britain plans to impose sanctions" -> planned (a noun event takes its verb's status).
    """
    found = set()
    reported = view.reporting_verb_above(trigger) is not None
    node = view.event_verb(trigger)
    while True:
        found.update(_cues_on(view, node, cues, reported))
        via = "xcomp" if view.is_infinitive_complement(node) else node.dep
        if via not in CHAIN_DEPS | GOVERNED_DEPS or node.head == node.i:
            break
        node = view.tokens[node.head]
        if via in GOVERNED_DEPS:  # "demanded that ...", and "reiterated its *demand* that ..."
            governors = {node.lemma} | {c.lemma for c in view.tree.children(node) if c.dep == "dobj"}
            found.update(c.status for c in cues if c.relation == "governor" and c.cue in governors)
        if via == "ccomp":
            break
    return next((s for s in STATUS_ORDER if s in found), "occurred")


def is_refusal(view: SentenceView, trigger: Token) -> bool:
    """Whether the event is one its actor says will not happen: a negated future ("will not
    negotiate", "won't attend", "said it would not seek to meet"), which is itself a rejection."""
    node = view.event_verb(trigger)
    while True:
        children = view.tree.children(node)
        if any(c.dep == "neg" for c in children) and any(c.dep == "aux" and c.lemma in view.refusal_auxiliaries for c in children):
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
