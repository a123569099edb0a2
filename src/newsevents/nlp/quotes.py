"""Find quotations and the verb and subject that report them.

Direct quotes are the text between quotation marks; the reporting verb is the nearest verb of
`reporting_verbs` outside the marks in the same sentence, preferring one after the quote
(`"...," Horne said`) to one before it (`Horne said: "..."`). Indirect quotes are the clausal
complement of a reporting verb (`Price said that ...`). The speaker is the verb's subject as a
token; the actors stage resolves it (including "he" after an earlier full mention).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from newsevents.nlp.tokens import DependencyTree
from newsevents.records import QuoteSpan, Token

# curly pairs, straight double quotes; a quote never runs past a paragraph break
QUOTE_PATTERN = re.compile(r"“([^”\n]+)”|\"([^\"\n]+)\"")
# a quotation shorter than this is a scare quote or a title, not speech
MIN_QUOTE_CHARS = 12


def find_quote_spans(
    body: str, tokens: Sequence[Token], reporting_verbs: frozenset[str]
) -> tuple[QuoteSpan, ...]:
    """Return the direct and indirect quotations of the body, in text order."""
    tree = DependencyTree(tokens)
    direct = list(_direct_quotes(body, tree, reporting_verbs))
    covered = [(q.start, q.end) for q in direct]
    indirect = [
        q
        for q in _indirect_quotes(body, tree, reporting_verbs)
        if not any(s <= q.start < e or q.start <= s < q.end for s, e in covered)
    ]
    return tuple(sorted(direct + indirect, key=lambda q: q.start))


def _direct_quotes(body: str, tree: DependencyTree, reporting_verbs: frozenset[str]):
    starts = [t.start for t in tree.tokens]  # in text order: a quote's words are found by bisection
    for match in QUOTE_PATTERN.finditer(body):
        group = 1 if match.group(1) is not None else 2
        start, end = match.start(group), match.end(group)
        text = body[start:end].strip(" ,")
        if len(text) < MIN_QUOTE_CHARS:
            continue
        verb = _reporting_verb_near(tree, starts, start, end, reporting_verbs)
        if verb is None:
            continue
        speaker = tree.subject_of(verb)
        yield QuoteSpan(
            start=start,
            end=start + len(body[start:end].rstrip(" ,")),
            text=text,
            verb=verb.lemma,
            verb_token=verb.i,
            speaker_token=speaker.i if speaker else None,
            direct=True,
        )


def _reporting_verb_near(
    tree: DependencyTree, starts: list[int], start: int, end: int, reporting_verbs: frozenset[str]
) -> Token | None:
    """Return the reporting verb of a quote spanning body[start:end], or None (`starts`: the
    tokens' start offsets, in text order)."""
    first, last = bisect_left(starts, start), bisect_left(starts, end) - 1
    if first > last:
        return None
    sentences = tree.sentence_of(tree.tokens[first])
    if tree.tokens[last].sentence != tree.tokens[first].sentence:
        sentences = [*sentences, *tree.sentence_of(tree.tokens[last])]
    candidates = [
        t
        for t in sentences
        if t.lemma in reporting_verbs
        and t.pos in ("VERB", "AUX")
        and not start - 1 <= t.start < end + 1
    ]
    after = [t for t in candidates if t.start >= end]
    before = [t for t in candidates if t.end <= start]
    if after:
        return after[0]
    return before[-1] if before else None


def _indirect_quotes(body: str, tree: DependencyTree, reporting_verbs: frozenset[str]):
    for verb in tree.tokens:
        if verb.lemma not in reporting_verbs or verb.pos != "VERB":
            continue
        for clause in tree.children(verb):
            if clause.dep != "ccomp":
                continue
            span = [t for t in tree.subtree(clause) if t.dep != "mark" or t.head != clause.i]
            start, end = span[0].start, span[-1].end
            speaker = tree.subject_of(verb)
            yield QuoteSpan(
                start=start,
                end=end,
                text=body[start:end],
                verb=verb.lemma,
                verb_token=verb.i,
                speaker_token=speaker.i if speaker else None,
                direct=False,
            )
