"""JSONL dumps: one document per line, as a JSON object, with configurable field names.

Crawlers and scrapers name their fields differently ("content", "body", "raw_html"), so the
reader takes a mapping from our field names to theirs: `fields={"text": "content"}`. A line
with an `html` field is an HTML page (cleaned by trafilatura); one with only `text` is a
scraped page or a clean body.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from newsevents.errors import IngestError
from newsevents.ingest.decoding import decode_document
from newsevents.records import RawDocument

# Our field names, which `fields` may map onto the input's.
FIELD_NAMES = ("id", "text", "html", "title", "url", "outlet", "published")
OPTIONAL_STRING_FIELDS = ("title", "url", "outlet")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_TIME_AFTER_DAY = re.compile(r"\d{4}-\d{2}-\d{2}[T ]")


def resolve_fields(fields: Mapping[str, str] | None) -> dict[str, str]:
    """Return the input's name for each of our fields: ours unless `fields` renames it.
    Raise ValueError for a name we do not have (a usage error, not a document's fault)."""
    fields = dict(fields or {})
    unknown = sorted(set(fields) - set(FIELD_NAMES))
    if unknown:
        raise ValueError(f"unknown JSONL field names {unknown}: the fields are {', '.join(FIELD_NAMES)}")
    return {name: fields.get(name, name) for name in FIELD_NAMES}


def iter_jsonl_documents(
    lines: Iterable[bytes], source: str, outlet: str | None, fields: Mapping[str, str]
) -> Iterator[RawDocument | IngestError]:
    """Yield one document (or error) per non-blank JSONL line; `ingest.empty` if none.
    `fields` is `resolve_fields`'s mapping."""
    seen_any = False
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{source}:{line_no}"
        try:
            yield jsonl_document(decode_document(line, where), source, line_no, outlet, fields)
        except IngestError as error:
            yield error
    if not seen_any:
        yield IngestError("ingest.empty", "the JSONL input has no non-blank lines", source)


def jsonl_document(
    line: str, source: str, line_no: int, outlet: str | None, fields: Mapping[str, str]
) -> RawDocument:
    """Return the document of one JSONL line: `html` or `text` required (`html` wins when
    both are there); `id`, `published` (YYYY-MM-DD), `title`, `url` and `outlet` optional.
    Raise IngestError if it is bad."""
    where = f"{source}:{line_no}"
    record = parse_json_object(line, line_no, where)
    raw_id = record.get(fields["id"])
    doc_id = str(raw_id) if raw_id not in (None, "") else where
    format, content = document_content(record, fields, line_no, doc_id)
    values = {name: optional_string(record, fields[name], doc_id) for name in OPTIONAL_STRING_FIELDS}
    return RawDocument(
        doc_id=doc_id,
        text=content,
        source_path=source,
        format=format,
        title=values["title"],
        url=values["url"],
        outlet=values["outlet"] or outlet,
        published=parse_published_date(record.get(fields["published"]), doc_id),
    )


def parse_json_object(line: str, line_no: int, where: str) -> dict[str, Any]:
    """Return the JSON object on a line; raise `ingest.bad_jsonl` for anything else."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise IngestError("ingest.bad_jsonl", f"line {line_no} is not JSON: {exc.msg}", where) from None
    if not isinstance(record, dict):
        kind = type(record).__name__
        raise IngestError("ingest.bad_jsonl", f"line {line_no} is a JSON {kind}, not an object", where)
    return record


def document_content(record: dict[str, Any], fields: Mapping[str, str], line_no: int,
                     doc_id: str) -> tuple[str, str]:
    """Return ("html", page) or ("text", text) for a JSONL record; `ingest.no_text` when it
    has neither as a non-empty string."""
    for format in ("html", "text"):
        value = record.get(fields[format])
        if isinstance(value, str) and value.strip():
            return format, value
    names = " or ".join(f'"{fields[f]}"' for f in ("html", "text"))
    raise IngestError("ingest.no_text", f"line {line_no} has no non-empty {names} field", doc_id)


def optional_string(record: dict[str, Any], name: str, doc_id: str) -> str | None:
    """Return the stripped string field `name` of `record`, None when absent or empty."""
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise IngestError("ingest.bad_jsonl", f"field {name!r} must be a string, not {value!r}", doc_id)
    return value.strip() or None


def parse_published_date(value: Any, doc_id: str) -> dt.date | None:
    """Return the day of a `published` value: "2021-12-29", or an ISO date-time whose day is
    taken ("2021-12-29T10:00:00Z"); None when absent. Raise `ingest.bad_date` otherwise."""
    if value is None or value == "":
        return None
    text = value.strip() if isinstance(value, str) else ""
    try:
        if _ISO_DAY.fullmatch(text):
            return dt.date.fromisoformat(text)
        if _ISO_TIME_AFTER_DAY.match(text):
            return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass  # a well-formed but impossible day ("2021-02-30")
    raise IngestError("ingest.bad_date", f"published {value!r} is not a YYYY-MM-DD date", doc_id)
