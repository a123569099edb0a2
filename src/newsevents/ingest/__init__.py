"""The ingest stage: read documents (text, HTML, JSONL, WARC, stdin) and clean them into Articles.

    tables = load_ingest_tables()
    for item in iter_documents(["pages/", "crawl.warc.gz", "-"], outlet="RFE/RL"):
        article = item if isinstance(item, IngestError) else clean_document(item, tables)

`iter_documents` never raises for a bad document, it yields an IngestError; `clean_document`
raises one (`ingest.empty_body`, `ingest.not_html`, `ingest.unsupported`) for the caller to
record per document. When a batch holds several scraped pages of one site, the lines they
share are that site's template: `find_site_templates(documents).lines_for(raw)` gives them,
and `clean_document(raw, tables, template=...)` drops them from the page.
"""

from __future__ import annotations

from newsevents.errors import IngestError
from newsevents.ingest.data import IngestTables, load_ingest_tables
from newsevents.ingest.html import clean_html_page
from newsevents.ingest.sources import iter_documents
from newsevents.ingest.templates import SiteTemplates, find_site_templates
from newsevents.ingest.text import clean_scraped_text
from newsevents.records import Article, RawDocument

__all__ = [
    "IngestTables", "SiteTemplates", "clean_document", "find_site_templates", "iter_documents",
    "load_ingest_tables",
]


def clean_document(raw: RawDocument, tables: IngestTables | None = None, *,
                   template: frozenset[str] = frozenset()) -> Article:
    """Return the Article in `raw`, cleaned by the reader for its format: "text" (a scraped
    page) or "html".

    Pass `tables` (from `load_ingest_tables()`) when cleaning many documents, so the data
    files and the language model are read once; without it they are read for this document.
    `template` holds the lines of a scraped page's site (`SiteTemplates.lines_for`).
    """
    tables = tables or load_ingest_tables()
    if raw.format == "text":
        return clean_scraped_text(raw, tables, template)
    if raw.format == "html":
        return clean_html_page(raw, tables)
    reason = f"documents of format {raw.format!r} are not read"
    raise IngestError("ingest.unsupported", reason, raw.doc_id)
