"""Run spaCy over an article body and copy out what later stages need."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import groupby

import spacy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsevents.errors import NlpError
from newsevents.nlp.data import load_lemma_fixes, load_reporting_verbs
from newsevents.nlp.quotes import find_quote_spans
from newsevents.nlp.triage import Triage, build_triage, unparsed_tokens, word_columns
from newsevents.records import AnalyzedArticle, Article, Entity, Sentence, Token
from newsevents.settings import DEFAULT_MODEL

# the pieces of an article to parse go through `nlp.pipe` together, as many at a time
PIPE_BATCH_SIZE = 16
# dependencies only a noun can fill: a word there that the tagger read as a verb in -s
# ("launched military *drills*", VBZ) is a plural noun, and is kept as one
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})
# what `_Records.add_parsed` reads of each token, in one array; HEAD is the offset to the head
TOKEN_ATTRS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, IDX, ENT_TYPE, MORPH]
# the array is unsigned: a head before its token is an offset below zero, wrapped around this
UINT64 = 1 << 64
# how the vocabulary writes a token without morphological features (`str(token.morph)` is "")
EMPTY_MORPH = "_"


@dataclass(frozen=True, slots=True)
class Analyzer:
    """The loaded spaCy pipeline and the word lists the analysis needs, loaded once.

    With a `triage`, only the sentences that can hold an event are parsed; without one, all are.
    """

    nlp: Language
    reporting_verbs: frozenset[str]
    lemma_fixes: dict[str, str]
    triage: Triage | None = None


def build_analyzer(model: str = DEFAULT_MODEL) -> Analyzer:
    """Return the English pipeline, loaded from its installed package (never from a hub)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # the model package is missing: a configuration problem
        raise NlpError("nlp.no_model", f"spaCy pipeline {model!r} is not installed: {exc}") from exc
    return Analyzer(nlp, load_reporting_verbs(), load_lemma_fixes())


def with_triage(
    analyzer: Analyzer, triggers: Iterable[str], names_actor: Callable[[Sequence[Token]], bool], context: int
) -> Analyzer:
    """Return the analyzer that parses only the sentences that can hold an event and those they
    may refer back to (`Triage.choose`); `context` is how far back coreference looks."""
    triage = build_triage(analyzer.nlp, analyzer.lemma_fixes, triggers, names_actor, context, analyzer.reporting_verbs)
    return dataclasses.replace(analyzer, triage=triage)


def analyze(article: Article, analyzer: Analyzer) -> AnalyzedArticle:
    """Return the article with its tokens, sentences, entities and quotations as records."""
    if analyzer.triage is None:
        return analyze_doc(article, analyzer.nlp(article.body), analyzer)
    return _analyze_triaged(article, analyzer, analyzer.triage)


def analyze_doc(article: Article, doc: Doc, analyzer: Analyzer) -> AnalyzedArticle:
    """Copy a parsed `Doc` of `article.body` into records (lets batch runners use `nlp.pipe`)."""
    records = _Records()
    records.add_parsed(doc, 0, analyzer.lemma_fixes)
    return records.finish(article, analyzer)


def _analyze_triaged(article: Article, analyzer: Analyzer, triage: Triage) -> AnalyzedArticle:
    """Parse each run of consecutive sentences the triage chooses as one piece of the body; the
    other sentences keep their tokens only."""
    doc = analyzer.nlp.make_doc(article.body)
    sentences, columns = triage.sentences(doc), word_columns(doc)
    runs = [
        (parse, [sentence for _, sentence in run])
        for parse, run in groupby(zip(triage.choose(sentences, columns), sentences), key=lambda pair: pair[0])
    ]
    pieces = [article.body[run[0].start_char : run[-1].end_char] for parse, run in runs if parse]
    parsed = iter(analyzer.nlp.pipe(pieces, batch_size=PIPE_BATCH_SIZE))
    records = _Records()
    for parse, run in runs:
        if parse:
            records.add_parsed(next(parsed), run[0].start_char, analyzer.lemma_fixes)
        else:
            for sentence in run:
                records.add_unparsed(sentence, analyzer.lemma_fixes, columns)
    return records.finish(article, analyzer)


@dataclass(slots=True)
class _Records:
    """The records of one article, gathered piece by piece in text order: indices stay global."""

    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def add_parsed(self, doc: Doc, char_offset: int, lemma_fixes: dict[str, str]) -> None:
        """Add a parsed doc of the body's text from `char_offset` on.

        The annotations are read out of the doc in one array (`Doc.to_array`) and their names
        looked up in the vocabulary's strings: asking every spaCy token for its ten attributes
        one by one costs more than the parse's own bookkeeping."""
        first = len(self.tokens)
        columns = doc.to_array(TOKEN_ATTRS)
        strings = doc.vocab.strings
        rows = columns.tolist()
        for sent in doc.sents:
            index = len(self.sentences)
            self.sentences.append(Sentence(index, char_offset + sent.start_char, char_offset + sent.end_char,
                                           first + sent.start, first + sent.end))
            for n in range(sent.start, sent.end):
                orth, lower, lemma, pos, tag, dep, head, idx, ent_type, morph = rows[n]
                text, lower_, pos_, tag_, dep_ = strings[orth], strings[lower], strings[pos], strings[tag], strings[dep]
                morph_ = strings[morph]
                self.tokens.append(
                    Token(
                        i=first + n,
                        text=text,
                        lemma=lemma_fixes.get(lower_, strings[lemma].lower()),
                        pos=_part_of_speech(pos_, tag_, dep_),
                        tag=tag_,
                        dep=dep_,
                        head=first + n + (head - UINT64 if head >= UINT64 // 2 else head),
                        start=char_offset + idx,
                        end=char_offset + idx + len(text),
                        sentence=index,
                        ent_type=strings[ent_type],
                        morph="" if morph_ == EMPTY_MORPH else morph_,
                    )
                )
        self.entities.extend(
            Entity(e.text, e.label_, char_offset + e.start_char, char_offset + e.end_char,
                   first + e.start, first + e.end)
            for e in doc.ents
        )

    def add_unparsed(self, sentence: Span, lemma_fixes: dict[str, str], columns: Sequence[tuple[str, str, int]]) -> None:
        """Add a sentence of the body that was only tokenized (`columns`: the words of its doc)."""
        first, index = len(self.tokens), len(self.sentences)
        self.sentences.append(Sentence(index, sentence.start_char, sentence.end_char, first, first + len(sentence),
                                       parsed=False))
        self.tokens.extend(unparsed_tokens(sentence, first, index, lemma_fixes, columns))

    def finish(self, article: Article, analyzer: Analyzer) -> AnalyzedArticle:
        tokens = tuple(self.tokens)
        return AnalyzedArticle(
            article=article,
            tokens=tokens,
            sentences=tuple(self.sentences),
            entities=tuple(self.entities),
            quote_spans=find_quote_spans(article.body, tokens, analyzer.reporting_verbs),
        )


def _part_of_speech(pos: str, tag: str, dep: str) -> str:
    """Return the token's part of speech, a plural noun the tagger took for a verb in -s
    ("China launched military *drills*": VBZ as a direct object) read as the noun it is."""
    if pos == "VERB" and tag == "VBZ" and dep in NOMINAL_DEPS:
        return "NOUN"
    return pos
