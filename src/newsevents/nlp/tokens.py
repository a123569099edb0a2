"""Walks over the dependency tree of `Token` records, shared by every stage.

`DependencyTree` indexes an article's tokens once (children of each word, sentence bounds),
so the many small questions the quote finder and the event coder ask ("what are this
verb's dependents?", "what is its subject?") cost a dictionary look-up, not a scan.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence

from newsevents.records import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# how far `subject_of` climbs to borrow a subject ("..., adding:" takes the subject of "said")
MAX_SUBJECT_CLIMB = 4


class DependencyTree:
    """The tokens of one article with their dependents indexed."""

    def __init__(self, tokens: Sequence[Token]):
        self.tokens = tokens
        self._children: dict[int, list[Token]] = defaultdict(list)
        self._below: dict[int, list[Token]] = {}  # word -> the words below it, in text order (cache)
        firsts: dict[int, int] = {}
        ends: dict[int, int] = {}
        for token in tokens:
            if token.head != token.i:
                self._children[token.head].append(token)
            if token.sentence not in firsts:
                firsts[token.sentence] = token.i
            ends[token.sentence] = token.i + 1
        self._sentence_bounds: dict[int, tuple[int, int]] = {n: (first, ends[n]) for n, first in firsts.items()}

    def sentence_of(self, token: Token) -> Sequence[Token]:
        """Return the tokens of the sentence that holds `token`."""
        first, end = self._sentence_bounds[token.sentence]
        return self.tokens[first:end]

    def children(self, head: Token) -> list[Token]:
        """Return the direct dependents of `head`, in text order."""
        return self._children.get(head.i, [])

    def subtree(self, head: Token) -> list[Token]:
        """Return `head` and everything below it, in text order (what is below a word is
        walked once per tree: the coder asks for the same clauses many times)."""
        below = self._below.get(head.i)
        if below is None:
            found: list[Token] = []
            frontier = [head]
            while frontier:
                children = self.children(frontier.pop())
                found += children
                frontier += children
            below = self._below[head.i] = sorted(found, key=lambda t: t.i)
        before = bisect_left(below, head.i, key=lambda t: t.i)
        return [*below[:before], head, *below[before:]]

    def subject_of(self, verb: Token) -> Token | None:
        """Return the subject of `verb`, borrowing it from the governing verb for "adding"/xcomp/conj."""
        node = verb
        for _ in range(MAX_SUBJECT_CLIMB):
            # of two subjects the parser gives one verb, a noun it tagged as a verb is not the
            # head: "Old *rivals* Greece and Turkey have renewed ties"
            subjects = [c for c in self.children(node) if c.dep in SUBJECT_DEPS]
            if subjects:
                subject = next((c for c in subjects if c.pos != "VERB"), subjects[0])
                subject = self._described_name(subject, subjects) or subject
                return self._misread_participle_subject(subject) or subject
            if node.dep not in ("advcl", "xcomp", "conj", "acomp") or node.head == node.i:  # acomp: "is about to"
                return None
            node = self.tokens[node.head]
        return None

    def _described_name(self, subject: Token, subjects: Sequence[Token]) -> Token | None:
        """Return the name a common noun right before it describes, when the parser made both
        subjects of one verb: in "Old *foes* Greece and Turkey have renewed ties" the subject is
        "Greece (and Turkey)", "foes" its description."""
        if subject.pos != "NOUN":
            return None
        follows = max(t.i for t in self.subtree(subject)) + 1
        return next((c for c in subjects if c.i > subject.i and c.pos == "PROPN"
                     and min(t.i for t in self.subtree(c)) == follows), None)

    def _misread_participle_subject(self, subject: Token) -> Token | None:
        """Return who a participle taken for a subject describes: in "the Red Cross operating
        in Iraq said", the small model makes "operating" the subject and "Red Cross" its own."""
        if subject.pos != "VERB" or subject.tag != "VBG":
            return None
        return next((c for c in self.children(subject) if c.dep == "nsubj" and c.i < subject.i), None)
