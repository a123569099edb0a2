"""Bytes to text, refusing what is not text: binary files and undecodable bytes.

Scraped pages arrive as UTF-8 nearly always, sometimes with a byte-order mark, and now and
then as Windows-1252 from older tools. HTML pages say their encoding (an HTTP header, a
`<meta charset>`) or can be sniffed, as browsers do. Anything else is an error the user
should see, not mojibake fed to the parser.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from trafilatura.utils import detect_encoding

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
# Pages declare their charset in the head; real pages put it well past the 1024 bytes the
# HTML standard asks for (after scripts and styles), rarely past this.
CHARSET_SNIFF_BYTES = 16384
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
# Pages that are UTF-8 but for a few stray bytes (a pasted Latin-1 character): 1-4 in
# 30-110 kB on the four such pages of ../shared/extraction/trafilatura-eval.
MAX_BAD_UTF8_SHARE = 0.001
# What browsers do: a page labelled Latin-1 is read as Windows-1252, its superset.
_BROWSER_ENCODING = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}


def decode_document(data: bytes, doc_id: str) -> str:
    """Return `data` as text; raise IngestError `ingest.too_large`, `ingest.empty`,
    `ingest.binary` or `ingest.undecodable` when it is not a readable text document."""
    check_document_bytes(data, doc_id)
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


def decode_html(data: bytes, doc_id: str, declared: str | None = None) -> str:
    """Return the HTML page in `data` as text, trying in turn UTF-8 (with or without a
    byte-order mark), the `declared` charset (from an HTTP header), the page's own `<meta
    charset>`, UTF-8 with a few stray bytes replaced, and the encodings a detector guesses;
    raise IngestError as `decode_document` (`ingest.undecodable` when nothing fits).
    """
    check_document_bytes(data, doc_id)
    tried: list[tuple[str, str]] = []
    for attempt in _decodings(data, declared):
        if attempt in tried:
            continue
        tried.append(attempt)
        try:
            return data.decode(*attempt)
        except UnicodeDecodeError:
            continue
    names = ", ".join(dict.fromkeys(encoding for encoding, _ in tried))
    raise IngestError("ingest.undecodable", f"not readable as any of {names}", doc_id)


def _decodings(data: bytes, declared: str | None) -> Iterator[tuple[str, str]]:
    """Yield the (codec, errors) pairs to try on an HTML page, best first; the detector
    (slow) runs only when the page's own labels fail."""
    meta = _META_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    for label in ("utf-8-sig", declared, meta.group(1).decode("ascii") if meta else None):
        if codec := _codec_name(label):
            yield codec, "strict"
    if is_nearly_utf8(data):
        yield "utf-8", "replace"
    for label in detect_encoding(data):
        if codec := _codec_name(label):
            yield codec, "strict"
    if is_nearly_utf8(data, need_multibyte=False):
        yield "utf-8", "replace"


def is_nearly_utf8(data: bytes, need_multibyte: bool = True) -> bool:
    """Return True for UTF-8 with a few stray bytes (a pasted Latin-1 character), which
    browsers show as "�": at most MAX_BAD_UTF8_SHARE bad, and (by default) some good
    non-ASCII characters, since an ASCII page with a stray byte is more likely Windows-1252."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > MAX_BAD_UTF8_SHARE * len(text):
        return False
    return not need_multibyte or any(ord(ch) > 127 and ch != "\ufffd" for ch in text)


def _codec_name(label: str | None) -> str | None:
    """Return Python's name for a charset label ("ISO-8859-1" -> "cp1252"), None if unknown."""
    if not label:
        return None
    label = _BROWSER_ENCODING.get(label.strip().lower(), label.strip().lower())
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def check_document_bytes(data: bytes, doc_id: str) -> None:
    """Raise IngestError `ingest.too_large`, `ingest.empty` or `ingest.binary` when `data`
    cannot be a text document whatever its encoding."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise IngestError("ingest.too_large", f"larger than the {MAX_DOCUMENT_BYTES}-byte limit", doc_id)
    if not data.strip():
        raise IngestError("ingest.empty", "the document is empty or only white space", doc_id)
    if looks_binary(data):
        raise IngestError("ingest.binary", "binary data (NUL bytes or control characters), not text", doc_id)


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
