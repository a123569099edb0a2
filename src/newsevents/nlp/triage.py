"""A cheap pass before the parse: which sentences can hold an event at all.

The coder needs a trigger word and an actor in the same sentence. A sentence without a word
whose lemma could be a trigger ("met" -> meet, "talks" -> talk), or without a name, role noun,
place or pronoun the actors stage could make a mention of, cannot give an event: it is only
tokenized, never tagged, parsed or searched for entities, which is where the time goes. What a
chosen sentence may refer back to is parsed too, since coreference reads it: the sentences just
before it that name an actor ("he", "the minister"), and the one that gave in full a surname it
repeats. The pass costs the tokenizer, a rule-based sentence splitter, one dictionary look-up
per distinct word and the actors stage's name finder.

Candidate lemmas come from the model's own lemmatizer tables without knowing the part of speech,
so they over-generate on purpose: the pass may parse a sentence for nothing, it must never skip
one the coder would code. The trigger lemmas and the test for an actor come from the pipeline:
this package does not read the later stages' tables itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.attrs import IDX, LOWER, ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from newsevents.records import Token

# how far an apposition after a name may say who it is: "Emily Quistorp, a White House spokeswoman,"
APPOSITION_WORDS = 6
# how many words a title abbreviation the splitter cuts off may have ("Lt.", "Lt ."; "Gen.")
ABBREVIATION_WORDS = 2
# marks that open or close a direct quotation (as nlp/quotes.py reads them)
QUOTATION_MARKS = frozenset({'"', "“", "”"})


@dataclass(frozen=True, slots=True)
class Triage:
    """What the cheap pass reads: trigger lemmas, the actors stage's test for an actor, the
    lemmatizer's tables and a rule-based sentence splitter."""

    triggers: frozenset[str]  # trigger lemmas of the event patterns
    reporting: frozenset[str]  # reporting verbs: a quotation they report is parsed for its speaker
    names_actor: Callable[[Sequence[Token]], bool]  # whether words hold a name, role, place or pronoun
    lemma_exceptions: Mapping[str, frozenset[str]]  # word -> irregular lemmas ("met" -> meet)
    suffix_rules: tuple[tuple[str, str], ...]  # ("ies", "y"): the lemmatizer's rules, every part of speech
    context: int  # how many sentences back a chosen sentence may refer to an actor ("he")
    sentencizer: Sentencizer = field(default_factory=Sentencizer)
    _trigger_words: dict[str, bool] = field(default_factory=dict)  # word -> has a trigger lemma (cache)
    _reporting_words: dict[str, bool] = field(default_factory=dict)  # word -> has a reporting lemma (cache)

    def sentences(self, doc: Doc) -> list[Span]:
        """Return the sentences of a tokenized doc: punctuation and paragraph breaks end them, and
        whitespace stays with the sentence before it (as the parser leaves it)."""
        self.sentencizer(doc)
        starts_next = False  # a sentence starts at the next word after this whitespace
        for token in doc[1:]:
            if token.is_space:
                starts_next = starts_next or bool(token.is_sent_start) or "\n" in token.text
                token.is_sent_start = False
            elif starts_next:
                token.is_sent_start, starts_next = True, False
        sentences = list(doc.sents)
        for sentence, following in pairwise(sentences):
            if all(t.is_punct or t.is_space for t in sentence):  # "“" opening a paragraph opens its sentence
                following[0].is_sent_start = False
        return list(doc.sents)

    def choose(self, sentences: Sequence[Span], columns: Sequence[tuple[str, str, int]] | None = None) -> list[bool]:
        """Return, for each sentence, whether to parse it (`columns`: their doc's `word_columns`,
        when already read).

        A sentence that names a possible actor (or repeats the surname of one given in full
        before) and has a possible trigger can hold an event. So that what it refers back to is
        known, the sentences up to `context` before it that name an actor ("he", "the minister")
        and the last one that gave in full a surname it repeats ("spokeswoman Emily Quistorp ...
        Quistorp said") are parsed as well.

        Each sentence's words are read out of spaCy once, as the records the actors stage's test
        takes (`unparsed_tokens`): every question below is asked of those plain records.
        """
        if columns is None:
            columns = word_columns(sentences[0].doc) if sentences else []
        words = [unparsed_tokens(s, s.start, 0, {}, columns) for s in sentences]
        capitalized = [{t.text for t in w if t.text[:1].isupper()} for w in words]
        surnames = self._surnames(words)
        named = [
            any(surnames[word][0] < n for word in cap & surnames.keys()) or self.names_actor(w)
            for n, (w, cap) in enumerate(zip(words, capitalized))
        ]
        holds_event = [name and self._has_trigger(w) for name, w in zip(named, words)]
        chosen = [holds or self._reports_quotation(w) for holds, w in zip(holds_event, words)]
        for n in (n for n, holds in enumerate(holds_event) if holds):
            for before in self._referred_to(n, named, capitalized[n], surnames):
                chosen[before] = True
        for n in range(len(sentences) - 1, 0, -1):  # "Lt." "Gen." split off a title the parser keeps
            if chosen[n] and _is_abbreviation(sentences[n - 1]):
                chosen[n - 1] = True
        return chosen

    def _referred_to(
        self, sentence: int, named: Sequence[bool], words: set[str], surnames: Mapping[str, list[int]]
    ) -> Iterator[int]:
        """Yield the earlier sentences `sentence` may refer back to: those naming an actor within
        `context`, and for each surname among its `words` the last sentence that gave it in full
        (the one the actors stage's memory holds)."""
        yield from (before for before in range(max(0, sentence - self.context), sentence) if named[before])
        for word in words & surnames.keys():
            earlier = [before for before in surnames[word] if before < sentence]
            if earlier:
                yield earlier[-1]

    def has_trigger(self, sentence: Span) -> bool:
        """Whether a word of the sentence, or a hyphenated noun read whole ("build-up" as
        buildup, "cease-fire" as ceasefire, as the coder reads them), could be a trigger."""
        return self._has_trigger(unparsed_tokens(sentence, sentence.start, 0, {}))

    def _has_trigger(self, words: Sequence[Token]) -> bool:
        """`has_trigger` over a sentence's records (lemma: the lower-case word; a word touches
        the next when the next starts where it ends)."""
        if any(self.is_trigger_word(t.lemma) for t in words):
            return True
        return any(
            hyphen.text == "-" and first.end == hyphen.start and hyphen.end == last.start
            and self.is_trigger_word(first.lemma + last.lemma)
            for first, hyphen, last in zip(words, words[1:], words[2:])
        )

    def reports_quotation(self, sentence: Span) -> bool:
        """Whether a sentence holds a quotation mark and a reporting verb ("'...,' a farmer
        said"): its speaker is found in the parse, whoever they are."""
        return self._reports_quotation(unparsed_tokens(sentence, sentence.start, 0, {}))

    def _reports_quotation(self, words: Sequence[Token]) -> bool:
        return any(t.text in QUOTATION_MARKS for t in words) and any(
            self._may_be(t.lemma, self.reporting, self._reporting_words) for t in words)

    def is_trigger_word(self, word: str) -> bool:
        """Whether one of the lemmas the lower-case `word` could have is a trigger."""
        return self._may_be(word, self.triggers, self._trigger_words)

    def _may_be(self, word: str, lemmas: frozenset[str], cache: dict[str, bool]) -> bool:
        """Whether one of the lemmas `word` could have is among `lemmas` (answers kept in `cache`)."""
        verdict = cache.get(word)
        if verdict is None:
            verdict = cache[word] = not lemmas.isdisjoint(self.candidate_lemmas(word))
        return verdict

    def candidate_lemmas(self, word: str) -> set[str]:
        """Return every lemma the lemmatizer could give the lower-case `word`, whatever its part
        of speech ("met" -> met, meet; "talks" -> talks, talk)."""
        lemmas = {word, *self.lemma_exceptions.get(word, ())}
        lemmas.update(word[: len(word) - len(old)] + new for old, new in self.suffix_rules if word.endswith(old))
        lemmas.discard("")
        return lemmas

    def _surnames(self, sentences: Sequence[Sequence[Token]]) -> dict[str, list[int]]:
        """Return the surnames of the full names the actors stage can make an actor of, with the
        sentences that give them in text order: a run of two or more capitalised words with a
        title or known name in it, just before it or in an apposition after it ("spokeswoman
        Emily Quistorp", "Tim Morrison", "Emily Quistorp, a White House spokeswoman,")."""
        found: dict[str, list[int]] = defaultdict(list)
        for n, sentence in enumerate(sentences):
            for first, end in _capitalized_runs(sentence):
                after = end + 1 + APPOSITION_WORDS if end < len(sentence) and sentence[end].text == "," else end
                surname = sentence[end - 1].text
                if self.names_actor(sentence[max(first - 1, 0) : after]) and n not in found[surname]:
                    found[surname].append(n)
        return found


def _is_abbreviation(sentence: Span) -> bool:
    """Whether a "sentence" is only an abbreviation the splitter cut off at its period ("Lt.",
    "Brig.", "Gen."): the parser reads it with the sentence that follows."""
    words = [t for t in sentence if not t.is_space]
    return 0 < len(words) <= ABBREVIATION_WORDS and words[-1].text.endswith(".") and all(
        t.text[:1].isupper() or t.text == "." for t in words)


def _capitalized_runs(sentence: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """Yield the [first, end) positions of the runs of two or more capitalised words."""
    first = 0
    for position in range(len(sentence) + 1):
        if position == len(sentence) or not sentence[position].text[:1].isupper():
            if position - first >= 2:
                yield first, position
            first = position + 1


def word_columns(doc: Doc) -> list[tuple[str, str, int]]:
    """Return (text, lowercase form, start offset) of every token of a doc, read out of it in
    one array: cheaper than asking each spaCy token, and every sentence is read more than once."""
    strings = doc.vocab.strings
    return [(strings[orth], strings[lower], idx) for orth, lower, idx in doc.to_array([ORTH, LOWER, IDX]).tolist()]


def unparsed_tokens(
    sentence: Span, first: int, index: int, lemma_fixes: Mapping[str, str],
    columns: Sequence[tuple[str, str, int]] | None = None,
) -> list[Token]:
    """Return the records of a sentence that is only tokenized: its words from token index
    `first` on, lower case (or fixed) as lemma, no tag, dependency or entity, each its own head
    (`columns`: the doc's `word_columns`, when already read)."""
    words = columns[sentence.start : sentence.end] if columns is not None else [(t.text, t.lower_, t.idx) for t in sentence]
    return [
        Token(i=first + n, text=text, lemma=lemma_fixes.get(lower, lower), pos="", tag="", dep="",
              head=first + n, start=start, end=start + len(text), sentence=index)
        for n, (text, lower, start) in enumerate(words)
    ]


def build_triage(
    nlp: Language,
    lemma_fixes: Mapping[str, str],
    triggers: Iterable[str],
    names_actor: Callable[[Sequence[Token]], bool],
    context: int,
    reporting: Iterable[str] = (),
) -> Triage:
    """Return the cheap pass over `nlp`'s lemmatizer tables and the project's lemma fixes, with
    the trigger lemmas, the test for an actor and the reach of coreference the pipeline wires in,
    and the reporting verbs whose quotations are parsed."""
    exceptions: dict[str, set[str]] = defaultdict(set)
    for source in (_lemmatizer_exceptions(nlp), _attribute_ruler_lemmas(nlp)):
        for word, lemmas in source:
            exceptions[word].update(lemmas)
    for word, lemma in lemma_fixes.items():
        exceptions[word].add(lemma)
    return Triage(
        triggers=frozenset(t.lower() for t in triggers),
        reporting=frozenset(reporting),
        names_actor=names_actor,
        lemma_exceptions={word: frozenset(lemmas) for word, lemmas in exceptions.items()},
        suffix_rules=_suffix_rules(nlp),
        context=context,
    )


def _lookups(nlp: Language, table: str) -> Mapping:
    """Return one table of the lemmatizer's lookups (empty when the pipeline has none)."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    return nlp.get_pipe("lemmatizer").lookups.get_table(table, {})


def _lemmatizer_exceptions(nlp: Language) -> Iterable[tuple[str, Iterable[str]]]:
    """Yield (word, lemmas) from the lemmatizer's irregular forms, every part of speech."""
    for by_word in _lookups(nlp, "lemma_exc").values():
        yield from by_word.items()


def _suffix_rules(nlp: Language) -> tuple[tuple[str, str], ...]:
    """Return the lemmatizer's suffix rules of every part of speech, without repeats."""
    rules = (tuple(rule) for by_pos in _lookups(nlp, "lemma_rules").values() for rule in by_pos)
    return tuple(dict.fromkeys((old, new) for old, new in rules if old))


def _attribute_ruler_lemmas(nlp: Language) -> Iterable[tuple[str, Iterable[str]]]:
    """Yield (word, [lemma]) for the attribute ruler's patterns that set a lemma by the word
    ("goin'" -> go, "wo" -> will), as the pipeline does before the lemmatizer runs."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    for rule in nlp.get_pipe("attribute_ruler").patterns:
        lemma = rule["attrs"].get("LEMMA")
        if lemma is None:
            continue
        for pattern in rule["patterns"]:
            lower = pattern[rule.get("index", 0)].get("LOWER")
            words = lower.get("IN", ()) if isinstance(lower, dict) else [lower] if lower else ()
            for word in words:
                yield word, [lemma.lower()]
