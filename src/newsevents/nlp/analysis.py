"""Run spaCy over an article body and copy out what later stages need."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import groupby

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsevents.errors import NlpError
from newsevents.nlp.data import load_lemma_fixes, load_reporting_verbs
from newsevents.nlp.quotes import find_quote_spans
from newsevents.nlp.triage import Triage, build_triage, unparsed_tokens
from newsevents.records import AnalyzedArticle, Article, Entity, Sentence, Token
from newsevents.settings import DEFAULT_MODEL

# the pieces of an article to parse go through `nlp.pipe` together, as many at a time
PIPE_BATCH_SIZE = 16
# dependencies only a noun can fill: a word there that the tagger read as a verb in -s
# ("launched military *drills*", VBZ) is a plural noun, and is kept as one
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})


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
    sentences = triage.sentences(analyzer.nlp.make_doc(article.body))
    runs = [
        (parse, [sentence for _, sentence in run])
        for parse, run in groupby(zip(triage.choose(sentences), sentences), key=lambda pair: pair[0])
    ]
    pieces = [article.body[run[0].start_char : run[-1].end_char] for parse, run in runs if parse]
    parsed = iter(analyzer.nlp.pipe(pieces, batch_size=PIPE_BATCH_SIZE))
    records = _Records()
    for parse, run in runs:
        if parse:
            records.add_parsed(next(parsed), run[0].start_char, analyzer.lemma_fixes)
        else:
            for sentence in run:
                records.add_unparsed(sentence, analyzer.lemma_fixes)
    return records.finish(article, analyzer)


@dataclass(slots=True)
class _Records:
    """The records of one article, gathered piece by piece in text order: indices stay global."""

    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def add_parsed(self, doc: Doc, char_offset: int, lemma_fixes: dict[str, str]) -> None:
        """Add a parsed doc of the body's text from `char_offset` on."""
        first = len(self.tokens)
        for sent in doc.sents:
            index = len(self.sentences)
            self.sentences.append(Sentence(index, char_offset + sent.start_char, char_offset + sent.end_char,
                                           first + sent.start, first + sent.end))
            self.tokens.extend(
                Token(
                    i=first + t.i,
                    text=t.text,
                    lemma=lemma_fixes.get(t.lower_, t.lemma_.lower()),
                    pos=_part_of_speech(t),
                    tag=t.tag_,
                    dep=t.dep_,
                    head=first + t.head.i,
                    start=char_offset + t.idx,
                    end=char_offset + t.idx + len(t.text),
                    sentence=index,
                    ent_type=t.ent_type_,
                    morph=str(t.morph),
                )
                for t in sent
            )
        self.entities.extend(
            Entity(e.text, e.label_, char_offset + e.start_char, char_offset + e.end_char,
                   first + e.start, first + e.end)
            for e in doc.ents
        )

    def add_unparsed(self, sentence: Span, lemma_fixes: dict[str, str]) -> None:
        """Add a sentence of the body that was only tokenized."""
        first, index = len(self.tokens), len(self.sentences)
        self.sentences.append(Sentence(index, sentence.start_char, sentence.end_char, first, first + len(sentence),
                                       parsed=False))
        self.tokens.extend(unparsed_tokens(sentence, first, index, lemma_fixes))

    def finish(self, article: Article, analyzer: Analyzer) -> AnalyzedArticle:
        tokens = tuple(self.tokens)
        return AnalyzedArticle(
            article=article,
            tokens=tokens,
            sentences=tuple(self.sentences),
            entities=tuple(self.entities),
            quote_spans=find_quote_spans(article.body, tokens, analyzer.reporting_verbs),
        )


def _part_of_speech(token) -> str:
    """Return the token's part of speech, a plural noun the tagger took for a verb in -s
    ("China launched military *drills*": VBZ as a direct object) read as the noun it is."""
    if token.pos_ == "VERB" and token.tag_ == "VBZ" and token.dep_ in NOMINAL_DEPS:
        return "NOUN"
    return token.pos_
