"""The whole chain, in one place: raw document -> article -> analysis -> actors -> events.

Batch runners (the CLI's local loop now, Dask later) only call `code_article` over documents;
there is one pipeline, whatever runs it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsevents.actors import KnowledgeBase, resolve_mentions, resolve_quotes
from newsevents.actors.coref import MAX_SENTENCES_BACK, is_coreferent_pronoun
from newsevents.errors import IngestError
from newsevents.events import CoderRules, code_events
from newsevents.ingest import IngestTables, clean_document, load_ingest_tables
from newsevents.nlp import Analyzer, analyze, build_analyzer, with_triage
from newsevents.records import Article, CodedArticle, RawDocument, Token
from newsevents.settings import Settings

# English, and text too short for the detector to tell ("und"): a one-line English report
# must not be refused as foreign
CODED_LANGUAGES = frozenset({"en", "und"})


@dataclass(frozen=True, slots=True)
class Resources:
    """Every model and data table the pipeline needs, loaded once per process."""

    ingest: IngestTables
    analyzer: Analyzer
    kb: KnowledgeBase
    rules: CoderRules

    @classmethod
    def load(cls, settings: Settings = Settings()) -> Resources:
        kb = KnowledgeBase.load(dictionaries=settings.actor_dictionaries)
        rules = CoderRules.load()
        analyzer = build_analyzer(settings.model)
        if not settings.parse_all:
            analyzer = with_triage(analyzer, trigger_lemmas(rules), names_actor_test(kb), MAX_SENTENCES_BACK)
        return cls(load_ingest_tables(), analyzer, kb, rules)


def trigger_lemmas(rules: CoderRules) -> frozenset[str]:
    """Return the lemmas that can trigger an event: a sentence without one is never coded."""
    return frozenset(pattern.lemma for pattern in rules.patterns)


def names_actor_test(kb: KnowledgeBase) -> Callable[[Sequence[Token]], bool]:
    """Return whether some words hold what an actor mention starts from: a name, role noun or
    place the knowledge base knows, a misspelt country ("Afganistan"), or a pronoun coreference
    resolves ("he" after "Putin")."""

    def names_actor(tokens: Sequence[Token]) -> bool:
        return (
            any(is_coreferent_pronoun(t.text) for t in tokens)
            or bool(kb.aliases.find(tokens))
            or bool(kb.places.find(tokens))
            or any(kb.spelling.correct(t.text) for t in tokens if kb.spelling and t.text[:1].isupper())
        )

    return names_actor


def code_article(raw: RawDocument, resources: Resources, template: frozenset[str] = frozenset()) -> CodedArticle:
    """Return the events, mentions and quotes of one raw document (`template`: the lines its
    site repeats on every page, from `ingest.find_site_templates` over a batch)."""
    return code_clean_article(clean_document(raw, resources.ingest, template=template), resources)  # 1. ingest


def code_clean_article(article: Article, resources: Resources) -> CodedArticle:
    """Return the coded form of an already cleaned article (lets `ingest` skip stored ones)."""
    if article.language not in CODED_LANGUAGES:
        raise IngestError("ingest.not_english", f"language {article.language!r} is not coded", article.doc_id)
    analyzed = analyze(article, resources.analyzer)  # 2. nlp: sentences, entities, quotes
    mentions = resolve_mentions(analyzed, resources.kb)  # 3. actors, on the article's date
    quotes = resolve_quotes(analyzed, mentions)
    events = code_events(analyzed, mentions, resources.rules)  # 4. events, dates, status
    return CodedArticle(article, mentions, events, quotes)
