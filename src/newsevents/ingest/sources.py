"""Where documents come from: text files, JSONL files, directories of them, and stdin.

`iter_documents` yields a RawDocument for every readable document and an IngestError for
every one it cannot read, in input order, and never raises: one bad file in a batch of
thousands is reported and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from newsevents.errors import IngestError
from newsevents.ingest.decoding import (
    BINARY_SNIFF_BYTES,
    MAX_DOCUMENT_BYTES,
    decode_document,
    looks_binary,
)
from newsevents.records import RawDocument

TEXT_SUFFIX = ".txt"
JSONL_SUFFIX = ".jsonl"
STDIN_PATH = "-"
STDIN_NAME = "<stdin>"
JSONL_OPTIONAL_FIELDS = ("title", "url", "outlet")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_TIME_AFTER_DAY = re.compile(r"\d{4}-\d{2}-\d{2}[T ]")


def iter_documents(
    paths: list[str], *, outlet: str | None = None, stdin: IO[Any] | None = None
) -> Iterator[RawDocument | IngestError]:
    """Yield the documents in `paths` (files, directories, "-" for stdin), or an error each.

    A directory is searched recursively, in sorted order, for `.txt` and `.jsonl` files
    (hidden files and directories skipped). `outlet` fills the outlet of documents whose
    input names none. `stdin` is read for "-" (default: the process's standard input) and is
    JSONL when its first non-blank line starts with "{".
    """
    for path in paths:
        if path == STDIN_PATH:
            yield from iter_stdin_documents(stdin if stdin is not None else sys.stdin, outlet)
        elif os.path.isdir(path):
            yield from iter_directory_documents(path, outlet)
        elif not os.path.exists(path):
            yield IngestError("ingest.not_found", "no such file or directory", path)
        elif (suffix := Path(path).suffix.lower()) not in (TEXT_SUFFIX, JSONL_SUFFIX):
            reason = f"only {TEXT_SUFFIX} (a scraped page) and {JSONL_SUFFIX} files are read, not {suffix!r}"
            yield IngestError("ingest.unsupported", reason, path)
        else:
            yield from iter_file_documents(path, outlet)


def iter_directory_documents(root: str, outlet: str | None) -> Iterator[RawDocument | IngestError]:
    """Yield the documents of every `.txt` and `.jsonl` file under `root`, sorted by path."""
    problems: list[OSError] = []
    found: list[Path] = []
    for directory, subdirs, files in os.walk(root, onerror=problems.append):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        found.extend(
            Path(directory, name) for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in (TEXT_SUFFIX, JSONL_SUFFIX)
        )
    for path in sorted(found):
        yield from iter_file_documents(str(path), outlet)
    for problem in problems:
        where = problem.filename or root
        yield IngestError("ingest.unreadable", f"cannot list the directory: {problem.strerror}", where)


def iter_file_documents(path: str, outlet: str | None) -> Iterator[RawDocument | IngestError]:
    """Yield the document of a `.txt` file, or each line's document of a `.jsonl` file."""
    try:
        with open(path, "rb") as handle:
            if Path(path).suffix.lower() == JSONL_SUFFIX:
                yield from iter_jsonl_file_documents(handle, path, outlet)
            else:
                # One byte over the limit is enough to refuse the file without reading it all.
                yield text_document(handle.read(MAX_DOCUMENT_BYTES + 1), path, outlet)
    except IngestError as error:
        yield error
    except OSError as exc:
        yield IngestError("ingest.unreadable", f"cannot read the file: {exc.strerror}", path)


def iter_jsonl_file_documents(
    handle: IO[bytes], path: str, outlet: str | None
) -> Iterator[RawDocument | IngestError]:
    """Yield the documents of an open JSONL file; one `ingest.binary` error for a binary file
    (rather than one per line of garbage)."""
    if looks_binary(handle.read(BINARY_SNIFF_BYTES)):
        raise IngestError("ingest.binary", "binary data (NUL bytes or control characters), not JSONL", path)
    handle.seek(0)
    yield from iter_jsonl_documents(handle, path, outlet)


def iter_stdin_documents(stream: IO[Any], outlet: str | None) -> Iterator[RawDocument | IngestError]:
    """Yield the documents on `stream` (text or bytes): JSONL lines, or one scraped page."""
    lines = (_as_bytes(line) for line in getattr(stream, "buffer", stream))
    read: list[bytes] = []
    for line in lines:
        read.append(line)
        if line.strip():
            break
    if read and read[-1].lstrip().startswith(b"{"):
        yield from iter_jsonl_documents(itertools.chain(read, lines), STDIN_NAME, outlet)
        return
    size = sum(map(len, read))
    for line in lines:
        read.append(line)
        size += len(line)
        if size > MAX_DOCUMENT_BYTES:
            break  # enough to refuse it: stop reading
    try:
        yield text_document(b"".join(read), STDIN_NAME, outlet)
    except IngestError as error:
        yield error


def text_document(data: bytes, path: str, outlet: str | None) -> RawDocument:
    """Return the scraped page in `data` as a RawDocument; raise IngestError if unreadable."""
    return RawDocument(doc_id=path, text=decode_document(data, path), source_path=path,
                       format="text", outlet=outlet)


def iter_jsonl_documents(
    lines: Iterable[bytes], source: str, outlet: str | None
) -> Iterator[RawDocument | IngestError]:
    """Yield one document (or error) per non-blank JSONL line; `ingest.empty` if none."""
    seen_any = False
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{source}:{line_no}"
        try:
            yield jsonl_document(decode_document(line, where), source, line_no, outlet)
        except IngestError as error:
            yield error
    if not seen_any:
        yield IngestError("ingest.empty", "the JSONL input has no non-blank lines", source)


def jsonl_document(line: str, source: str, line_no: int, outlet: str | None) -> RawDocument:
    """Return the document of one JSONL line: `text` required; `id`, `published`
    (YYYY-MM-DD), `title`, `url` and `outlet` optional. Raise IngestError if it is bad."""
    where = f"{source}:{line_no}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise IngestError("ingest.bad_jsonl", f"line {line_no} is not JSON: {exc.msg}", where) from None
    if not isinstance(record, dict):
        raise IngestError(
            "ingest.bad_jsonl", f"line {line_no} is a JSON {type(record).__name__}, not an object", where
        )
    raw_id = record.get("id")
    doc_id = str(raw_id) if raw_id not in (None, "") else where
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError("ingest.no_text", f"line {line_no} has no non-empty \"text\" field", doc_id)
    fields = {name: optional_string(record, name, doc_id) for name in JSONL_OPTIONAL_FIELDS}
    return RawDocument(
        doc_id=doc_id,
        text=text,
        source_path=source,
        format="text",
        title=fields["title"],
        url=fields["url"],
        outlet=fields["outlet"] or outlet,
        published=parse_published_date(record.get("published"), doc_id),
    )


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


def _as_bytes(line: bytes | str) -> bytes:
    return line.encode("utf-8") if isinstance(line, str) else line
