"""Small walks over the dependency tree of `Token` records, shared by every stage.

A dependency tree never crosses a sentence, so every walk looks only at the sentence of the
token it starts from.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.records import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# how far `subject_of` climbs to borrow a subject ("..., adding:" takes the subject of "said")
MAX_SUBJECT_CLIMB = 4


def sentence_of(tokens: Sequence[Token], token: Token) -> Sequence[Token]:
    """Return the tokens of the sentence that holds `token`."""
    first = token.i
    while first > 0 and tokens[first - 1].sentence == token.sentence:
        first -= 1
    last = token.i
    while last + 1 < len(tokens) and tokens[last + 1].sentence == token.sentence:
        last += 1
    return tokens[first : last + 1]


def children(tokens: Sequence[Token], head: Token) -> list[Token]:
    """Return the direct dependents of `head`, in text order."""
    return [t for t in sentence_of(tokens, head) if t.head == head.i and t.i != head.i]


def subtree(tokens: Sequence[Token], head: Token) -> list[Token]:
    """Return `head` and everything below it, in text order."""
    inside = {head.i}
    sentence = sentence_of(tokens, head)
    for token in sentence:
        chain, node = [], token
        while node.i not in inside and node.head != node.i:
            chain.append(node.i)
            node = tokens[node.head]
        if node.i in inside:
            inside.update(chain)
    return [t for t in sentence if t.i in inside]


def subject_of(tokens: Sequence[Token], verb: Token) -> Token | None:
    """Return the subject of `verb`, borrowing it from the governing verb for "adding"/xcomp/conj."""
    node = verb
    for _ in range(MAX_SUBJECT_CLIMB):
        for child in children(tokens, node):
            if child.dep in SUBJECT_DEPS:
                return child
        if node.dep not in ("advcl", "xcomp", "conj") or node.head == node.i:
            return None
        node = tokens[node.head]
    return None
