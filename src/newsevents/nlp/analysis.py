"""Run spaCy over an article body and copy out what later stages need."""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.errors import NlpError
from newsevents.nlp.data import load_lemma_fixes, load_reporting_verbs
from newsevents.nlp.quotes import find_quote_spans
from newsevents.records import AnalyzedArticle, Article, Entity, Sentence, Token
from newsevents.settings import DEFAULT_MODEL


@dataclass(frozen=True, slots=True)
class Analyzer:
    """The loaded spaCy pipeline and the word lists the analysis needs, loaded once."""

    nlp: Language
    reporting_verbs: frozenset[str]
    lemma_fixes: dict[str, str]


def build_analyzer(model: str = DEFAULT_MODEL) -> Analyzer:
    """Return the English pipeline, loaded from its installed package (never from a hub)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # the model package is missing: a configuration problem
        raise NlpError("nlp.no_model", f"spaCy pipeline {model!r} is not installed: {exc}") from exc
    return Analyzer(nlp, load_reporting_verbs(), load_lemma_fixes())


def analyze(article: Article, analyzer: Analyzer) -> AnalyzedArticle:
    """Return the article with its tokens, sentences, entities and quotations as records."""
    return analyze_doc(article, analyzer.nlp(article.body), analyzer)


def analyze_doc(article: Article, doc: Doc, analyzer: Analyzer) -> AnalyzedArticle:
    """Copy a parsed `Doc` of `article.body` into records (lets batch runners use `nlp.pipe`)."""
    sentence_of = {}
    sentences = []
    for index, sent in enumerate(doc.sents):
        sentences.append(Sentence(index, sent.start_char, sent.end_char, sent.start, sent.end))
        for i in range(sent.start, sent.end):
            sentence_of[i] = index
    tokens = tuple(
        Token(
            i=t.i,
            text=t.text,
            lemma=analyzer.lemma_fixes.get(t.lower_, t.lemma_.lower()),
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            start=t.idx,
            end=t.idx + len(t.text),
            sentence=sentence_of[t.i],
            ent_type=t.ent_type_,
            morph=str(t.morph),
        )
        for t in doc
    )
    entities = tuple(
        Entity(e.text, e.label_, e.start_char, e.end_char, e.start, e.end) for e in doc.ents
    )
    return AnalyzedArticle(
        article=article,
        tokens=tokens,
        sentences=tuple(sentences),
        entities=entities,
        quote_spans=find_quote_spans(article.body, tokens, analyzer.reporting_verbs),
    )
