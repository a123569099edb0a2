"""The ingest stage: read documents (text files, JSONL, stdin) and clean them into Articles.

    tables = load_ingest_tables()
    for item in iter_documents(["pages/", "-"], outlet="RFE/RL"):
        article = item if isinstance(item, IngestError) else clean_document(item, tables)

`iter_documents` never raises for a bad document, it yields an IngestError; `clean_document`
raises one (`ingest.empty_body`, `ingest.unsupported`) for the caller to record per document.
"""

from __future__ import annotations

from newsevents.errors import IngestError
from newsevents.ingest.data import IngestTables, load_ingest_tables
from newsevents.ingest.sources import iter_documents
from newsevents.ingest.text import clean_scraped_text
from newsevents.records import Article, RawDocument

__all__ = ["IngestTables", "clean_document", "iter_documents", "load_ingest_tables"]


def clean_document(raw: RawDocument, tables: IngestTables | None = None) -> Article:
    """Return the Article in `raw`, cleaned by the reader for its format ("text" for now).

    Pass `tables` (from `load_ingest_tables()`) when cleaning many documents, so the data
    files are read once; without it they are read for this document.
    """
    if raw.format == "text":
        return clean_scraped_text(raw, tables)
    reason = f"documents of format {raw.format!r} are not read yet"
    raise IngestError("ingest.unsupported", reason, raw.doc_id)
