"""The whole chain, in one place: raw document -> article -> analysis -> actors -> events.

Batch runners (the CLI's local loop now, Dask later) only call `code_article` over documents;
there is one pipeline, whatever runs it.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.actors import KnowledgeBase, resolve_mentions, resolve_quotes
from newsevents.errors import IngestError
from newsevents.events import CoderRules, code_events
from newsevents.ingest import IngestTables, clean_document, load_ingest_tables
from newsevents.nlp import Analyzer, analyze, build_analyzer
from newsevents.records import Article, CodedArticle, RawDocument
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
        return cls(load_ingest_tables(), build_analyzer(settings.model), kb, CoderRules.load())


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
