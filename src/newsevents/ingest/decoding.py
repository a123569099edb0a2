"""Bytes to text, refusing what is not text: binary files and undecodable bytes.

Scraped pages arrive as UTF-8 nearly always, sometimes with a byte-order mark, and now and
then as Windows-1252 from older tools. Anything else is an error the user should see, not
mojibake fed to the parser.
"""

from __future__ import annotations

from newsevents.errors import IngestError

# Documents larger than this are not news articles (a whole site dump, a database file).
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
# How much of a document the binary check looks at: enough to see a file's header and body.
BINARY_SNIFF_BYTES = 8192
# Text has next to no control characters besides tab and newlines; compressed or executable
# data has them in every few bytes.
MAX_CONTROL_SHARE = 0.3
# Windows-1252 text in a Western language is mostly ASCII letters (French and German prose:
# over 0.95); the same bytes from a Cyrillic or Greek code page read as accented Latin.
MIN_CP1252_ASCII_LETTER_SHARE = 0.8
_TEXT_CONTROLS = frozenset(b"\t\n\r\f")


def decode_document(data: bytes, doc_id: str) -> str:
    """Return `data` as text; raise IngestError `ingest.too_large`, `ingest.empty`,
    `ingest.binary` or `ingest.undecodable` when it is not a readable text document."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise IngestError("ingest.too_large", f"larger than the {MAX_DOCUMENT_BYTES}-byte limit", doc_id)
    if not data.strip():
        raise IngestError("ingest.empty", "the document is empty or only white space", doc_id)
    if looks_binary(data):
        raise IngestError("ingest.binary", "binary data (NUL bytes or control characters), not text", doc_id)
    try:
        return data.decode("utf-8-sig")  # UTF-8, with or without a byte-order mark
    except UnicodeDecodeError as exc:
        utf8_problem = f"not UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise IngestError("ingest.undecodable", f"{utf8_problem} nor Windows-1252", doc_id) from None
    if not reads_as_western_text(text):
        raise IngestError(
            "ingest.undecodable", f"{utf8_problem}, and as Windows-1252 it is not readable text", doc_id
        )
    return text


def looks_binary(data: bytes) -> bool:
    """Return True when `data` holds a NUL byte or mostly control characters."""
    head = data[:BINARY_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if (byte < 32 or byte == 127) and byte not in _TEXT_CONTROLS)
    return controls > MAX_CONTROL_SHARE * len(head)


def reads_as_western_text(text: str) -> bool:
    """Return True when `text` (decoded as Windows-1252) is printable and mostly ASCII letters."""
    if not all(ch.isprintable() or ch.isspace() for ch in text):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True
    return sum(ch.isascii() for ch in letters) >= MIN_CP1252_ASCII_LETTER_SHARE * len(letters)
