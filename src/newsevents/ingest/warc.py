"""WARC files from crawlers: the HTML pages among their records.

A crawl's WARC holds far more than pages: requests, metadata, redirects, images, scripts and
style sheets. Only successful HTML responses (and HTML `resource` records, which some
archivers write) are documents; everything else is not a document at all, so it is skipped,
not reported as a rejection (a crawl of 1,000 pages would otherwise report thousands of
"errors" for its images).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from newsevents.errors import IngestError
from newsevents.ingest.decoding import MAX_DOCUMENT_BYTES, decode_html
from newsevents.records import RawDocument

log = logging.getLogger(__name__)

HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
DOCUMENT_RECORD_TYPES = frozenset({"response", "resource"})


def iter_warc_documents(stream: IO[bytes], source: str, outlet: str | None) -> Iterator[RawDocument | IngestError]:
    """Yield the HTML pages of a WARC (plain or gzipped) as RawDocuments, or an error each;
    one `ingest.bad_warc` error when the stream is not a WARC or breaks off."""
    try:
        for record in ArchiveIterator(stream):
            if is_html_page(record):
                yield warc_document(record, source, outlet)
    except ArchiveLoadFailed as exc:
        yield IngestError("ingest.bad_warc", f"not a readable WARC file: {exc}", source)


def is_html_page(record: ArcWarcRecord) -> bool:
    """Return True for a successful HTML response or an HTML resource record."""
    if record.rec_type not in DOCUMENT_RECORD_TYPES:
        return False
    if record.rec_type == "response":
        if record.http_headers is None:
            return False
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            log.debug("skipping %s: HTTP status %s", record.rec_headers.get_header("WARC-Target-URI"), status)
            return False
    media_type, _ = content_type(record)
    return media_type in HTML_MEDIA_TYPES


def content_type(record: ArcWarcRecord) -> tuple[str, str | None]:
    """Return the record's media type and declared charset ("text/html", "utf-8")."""
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = (headers.get_header("Content-Type") if headers else None) or ""
    media_type, *params = (part.strip() for part in value.split(";"))
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in params if p.lower().startswith("charset=")), None)
    return media_type.lower(), charset


def warc_document(record: ArcWarcRecord, source: str, outlet: str | None) -> RawDocument | IngestError:
    """Return the page of an HTML record, its doc_id the target URI (else the record id)."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    doc_id = url or record.rec_headers.get_header("WARC-Record-ID") or source
    # One byte over the limit is enough to refuse the page without reading it all.
    data = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
    try:
        text = decode_html(data, doc_id, declared=content_type(record)[1])
    except IngestError as error:
        return error
    return RawDocument(doc_id=doc_id, text=text, source_path=source, format="html", url=url, outlet=outlet)
