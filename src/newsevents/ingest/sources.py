"""Where documents come from: files, gzipped files, directories of them, WARCs, and stdin.

`iter_documents` yields a RawDocument for every readable document and an IngestError for
every one it cannot read, in input order, and never raises: one bad file in a batch of
thousands is reported and the batch goes on.

    .txt            a scraped page, as text                        format "text"
    .html .htm      an HTML page                                   format "html"
    .jsonl          one document per line (`jsonl.py`)            "html" or "text"
    .warc           a crawl's HTML responses (`warc.py`)           "html"
    any of these + .gz, gzipped; "-" for stdin, whose kind is sniffed from its first bytes
"""

from __future__ import annotations

import gzip
import io
import os
import re
import sys
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from newsevents.errors import IngestError
from newsevents.ingest.decoding import (
    BINARY_SNIFF_BYTES,
    MAX_DOCUMENT_BYTES,
    decode_document,
    decode_html,
    looks_binary,
)
from newsevents.ingest.jsonl import iter_jsonl_documents, resolve_fields
from newsevents.ingest.warc import iter_warc_documents
from newsevents.records import RawDocument

Documents = Iterator[RawDocument | IngestError]

STDIN_PATH = "-"
STDIN_NAME = "<stdin>"
GZIP_SUFFIX = ".gz"
# What each file suffix holds.
KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".warc": "warc"}
GZIP_MAGIC = b"\x1f\x8b"
# How much of stdin is looked at to tell its kind.
SNIFF_BYTES = 1024
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


def iter_documents(
    paths: list[str], *, outlet: str | None = None, stdin: IO[Any] | None = None,
    fields: Mapping[str, str] | None = None,
) -> Documents:
    """Yield the documents in `paths` (files, directories, "-" for stdin), or an error each.

    A directory is searched recursively, in sorted order, for the files above (hidden files
    and directories skipped). `outlet` fills the outlet of documents whose input names none.
    `stdin` is read for "-" (default: the process's standard input). `fields` renames JSONL
    fields: `{"text": "content", "id": "uid"}` reads the text from "content".
    """
    names = resolve_fields(fields)
    for path in paths:
        if path == STDIN_PATH:
            yield from iter_stream_documents(stdin if stdin is not None else sys.stdin, outlet, names)
        elif os.path.isdir(path):
            yield from iter_directory_documents(path, outlet, names)
        elif not os.path.exists(path):
            yield IngestError("ingest.not_found", "no such file or directory", path)
        elif file_kind(path) is None:
            known = ", ".join(KINDS)
            reason = f"only {known} files (and the same gzipped) are read, not {Path(path).name!r}"
            yield IngestError("ingest.unsupported", reason, path)
        else:
            yield from iter_file_documents(path, outlet, names)


def file_kind(path: str) -> str | None:
    """Return what a file holds by its name ("a.html.gz" -> "html"), None if not read."""
    name = Path(path).name.lower()
    name = name.removesuffix(GZIP_SUFFIX)
    return KINDS.get(Path(name).suffix)


def iter_directory_documents(root: str, outlet: str | None, fields: Mapping[str, str]) -> Documents:
    """Yield the documents of every readable file under `root`, sorted by path."""
    problems: list[OSError] = []
    found: list[Path] = []
    for directory, subdirs, files in os.walk(root, onerror=problems.append):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        found.extend(Path(directory, name) for name in files if not name.startswith(".") and file_kind(name))
    for path in sorted(found):
        yield from iter_file_documents(str(path), outlet, fields)
    for problem in problems:
        where = problem.filename or root
        yield IngestError("ingest.unreadable", f"cannot list the directory: {problem.strerror}", where)


def iter_file_documents(path: str, outlet: str | None, fields: Mapping[str, str]) -> Documents:
    """Yield the document(s) of one file, by its kind; gzipped files are read through."""
    kind = file_kind(path)
    try:
        with open_file(path) as handle:
            if kind == "jsonl":
                yield from iter_jsonl_file_documents(handle, path, outlet, fields)
            elif kind == "warc":
                yield from iter_warc_documents(handle, path, outlet)  # warcio reads gzip itself
            else:
                # One byte over the limit is enough to refuse the file without reading it all.
                yield page_document(handle.read(MAX_DOCUMENT_BYTES + 1), kind or "text", path, outlet)
    except IngestError as error:
        yield error
    except OSError as exc:
        yield IngestError("ingest.unreadable", f"cannot read the file: {exc.strerror or exc}", path)
    except (EOFError, zlib.error) as exc:
        yield IngestError("ingest.unreadable", f"the gzip data is cut short or corrupt: {exc}", path)


def open_file(path: str) -> IO[bytes]:
    """Return `path` opened for reading bytes; gzipped unless a WARC (warcio reads those)."""
    if path.lower().endswith(GZIP_SUFFIX) and file_kind(path) != "warc":
        return gzip.open(path, "rb")
    return open(path, "rb")


def iter_jsonl_file_documents(handle: IO[bytes], path: str, outlet: str | None, fields: Mapping[str, str]) -> Documents:
    """Yield the documents of an open JSONL file; one `ingest.binary` error for a binary file
    (rather than one per line of garbage)."""
    if looks_binary(handle.read(BINARY_SNIFF_BYTES)):
        raise IngestError("ingest.binary", "binary data (NUL bytes or control characters), not JSONL", path)
    handle.seek(0)
    yield from iter_jsonl_documents(handle, path, outlet, fields)


def page_document(data: bytes, kind: str, path: str, outlet: str | None) -> RawDocument:
    """Return the page in `data`, a scraped text page or an HTML page, as a RawDocument;
    raise IngestError if unreadable."""
    if kind == "html":
        text = decode_html(data, path)
        return RawDocument(doc_id=path, text=text, source_path=path, format="html", outlet=outlet)
    return RawDocument(doc_id=path, text=decode_document(data, path), source_path=path, format="text", outlet=outlet)


def iter_stream_documents(stream: IO[Any], outlet: str | None, fields: Mapping[str, str]) -> Documents:
    """Yield the documents on `stream` (text or bytes), by what it starts with: gzip data,
    a WARC, JSONL lines ("{"), an HTML page, or else one scraped text page."""
    binary = getattr(stream, "buffer", stream)
    head = _as_bytes(binary.read(SNIFF_BYTES))
    stream_bytes = io.BufferedReader(_Rejoined(head, binary))  # type: ignore[arg-type]
    kind = sniff_kind(head)
    try:
        if kind == "gzip":
            yield from iter_stream_documents(gzip.GzipFile(fileobj=stream_bytes), outlet, fields)
        elif kind == "warc":
            yield from iter_warc_documents(stream_bytes, STDIN_NAME, outlet)
        elif kind == "jsonl":
            yield from iter_jsonl_documents(stream_bytes, STDIN_NAME, outlet, fields)
        else:
            yield page_document(stream_bytes.read(MAX_DOCUMENT_BYTES + 1), kind, STDIN_NAME, outlet)
    except IngestError as error:
        yield error
    except (EOFError, OSError, zlib.error) as exc:
        yield IngestError("ingest.unreadable", f"cannot read standard input: {exc}", STDIN_NAME)


def sniff_kind(head: bytes) -> str:
    """Return what a stream starting with `head` holds: gzip, warc, jsonl, html or text."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    stripped = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if stripped.startswith(b"WARC/"):
        return "warc"
    if stripped.startswith(b"{"):
        return "jsonl"
    if _HTML_START.match(stripped):
        return "html"
    return "text"


class _Rejoined(io.RawIOBase):
    """A byte stream that gives `head` again, then the rest of `stream` (bytes or text): the
    bytes read to sniff a stream's kind are not lost to its reader."""

    def __init__(self, head: bytes, stream: IO[Any]):
        self._pending, self._stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if not self._pending:
            self._pending = _as_bytes(self._stream.read(len(buffer)))
        data, self._pending = self._pending[: len(buffer)], self._pending[len(buffer):]
        buffer[: len(data)] = data
        return len(data)


def _as_bytes(data: bytes | str) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data
