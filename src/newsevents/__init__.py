"""newsevents: raw news pages in, coded political events out.

    from newsevents import Resources, code_article, iter_documents
    resources = Resources.load()
    for raw in iter_documents(["examples/"]):
        coded = code_article(raw, resources)
"""

from newsevents.errors import DataFileError, DocumentError, NewsEventsError
from newsevents.ingest import iter_documents
from newsevents.pipeline import Resources, code_article
from newsevents.records import Actor, Article, CodedArticle, Event, Mention, Quote, RawDocument
from newsevents.store import EventFilters, EventStore

__all__ = [
    "Actor",
    "Article",
    "CodedArticle",
    "DataFileError",
    "DocumentError",
    "Event",
    "EventFilters",
    "EventStore",
    "Mention",
    "NewsEventsError",
    "Quote",
    "RawDocument",
    "Resources",
    "code_article",
    "iter_documents",
]
