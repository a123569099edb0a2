"""HTML files, gzipped files, WARCs, JSONL with other field names, and stdin of each kind."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents.errors import IngestError
from newsevents.ingest import clean_document, iter_documents
from newsevents.records import RawDocument

from .html_pages import html_page
from .pages import PARAGRAPHS, TITLE

PAGE = html_page()


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]], gzipped: bool) -> str:
    """Write a WARC of HTTP responses (url, content type, payload, status) and a request."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        writer.write_record(writer.create_warc_record("https://example.com/", "request",
                                                      payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        for url, content_type, payload, status in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                          http_headers=headers))
    return str(path)


@pytest.mark.parametrize("gzipped", [False, True])
def test_containers_warc_gives_its_html_responses_only(tmp_path, tables, gzipped):
    other = html_page(site_name="Other Site").encode("cp1252")
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), [
        ("https://example.com/a", "text/html; charset=utf-8", PAGE.encode("utf-8"), "200 OK"),
        ("https://example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00", "200 OK"),
        ("https://example.com/gone", "text/html", b"<html>Not found</html>", "404 Not Found"),
        ("https://example.com/b", "text/html; charset=windows-1252", other, "200 OK"),
    ], gzipped)
    docs = list(iter_documents([path]))
    assert [(d.doc_id, d.url, d.format, d.source_path) for d in docs] == [
        ("https://example.com/a", "https://example.com/a", "html", path),
        ("https://example.com/b", "https://example.com/b", "html", path),
    ]
    articles = [clean_document(d, tables) for d in docs]
    assert [a.outlet for a in articles] == ["Example News", "Other Site"]
    assert articles[0].body == articles[1].body == "\n\n".join(PARAGRAPHS)


def test_containers_broken_warc_is_one_error(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"<html><body>not a WARC file</body></html>")
    [error] = iter_documents([str(path)])
    assert isinstance(error, IngestError) and error.code == "ingest.bad_warc"


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.html.gz", "page.HTML"])
def test_containers_html_files_plain_or_gzipped(tmp_path, tables, name):
    path = tmp_path / name
    data = PAGE.encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    [doc] = iter_documents([str(path)], outlet="DW")
    assert (doc.format, doc.doc_id, doc.outlet) == ("html", str(path), "DW")
    assert clean_document(doc, tables).title == TITLE


def test_containers_gzipped_text_and_jsonl(tmp_path):
    (tmp_path / "page.txt.gz").write_bytes(gzip.compress(b"Talks resumed in Geneva on Monday."))
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(b'{"id": "j1", "text": "One."}\n'))
    docs = list(iter_documents([str(tmp_path)]))
    assert [(d.doc_id, d.format, d.text) for d in docs] == [
        ("j1", "text", "One."),
        (str(tmp_path / "page.txt.gz"), "text", "Talks resumed in Geneva on Monday."),
    ]


@pytest.mark.parametrize("charset", ["windows-1251", "koi8-r"])
def test_containers_html_file_in_legacy_encoding_is_decoded_by_its_meta_charset(tmp_path, charset):
    russian = "Переговоры возобновились в Женеве в понедельник, сообщили официальные лица."
    path = tmp_path / "ru.html"
    path.write_bytes(html_page(paragraphs=(russian,), charset=charset).encode(charset))
    [doc] = iter_documents([str(path)])
    assert russian in doc.text


def test_containers_jsonl_with_renamed_fields(tmp_path):
    line = {"uid": "a7", "content": "Talks resumed.", "headline": "Talks", "link": "https://x.org/a", "date": "2024-05-02"}
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    fields = {"id": "uid", "text": "content", "title": "headline", "url": "link", "published": "date"}
    [doc] = iter_documents([str(path)], fields=fields)
    assert (doc.doc_id, doc.text, doc.title, doc.url, str(doc.published)) == (
        "a7", "Talks resumed.", "Talks", "https://x.org/a", "2024-05-02")


def test_containers_jsonl_unknown_field_name_is_a_usage_error(tmp_path):
    with pytest.raises(ValueError, match="unknown JSONL field"):
        list(iter_documents([str(tmp_path)], fields={"body": "content"}))


def test_containers_jsonl_html_field_is_an_html_page(tmp_path, tables):
    path = tmp_path / "crawl.jsonl"
    lines = [{"id": "h", "html": PAGE, "text": "ignored scraped text", "url": "https://example.com/a"},
             {"id": "t", "text": "Talks resumed."}]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    html, text = iter_documents([str(path)])
    assert (html.format, text.format) == ("html", "text")
    assert clean_document(html, tables).title == TITLE


@pytest.mark.parametrize(
    ("data", "format"),
    [
        (PAGE.encode("utf-8"), "html"),
        (gzip.compress(PAGE.encode("utf-8")), "html"),
        (b"\xef\xbb\xbf  <!-- saved --><html><body><p>Hi</p></body></html>", "html"),
        (gzip.compress(b"Talks resumed in Geneva."), "text"),
        (b"<b>Talks</b> resumed, not a page", "text"),
    ],
)
def test_containers_stdin_kind_is_sniffed(data, format):
    [doc] = iter_documents(["-"], stdin=io.BytesIO(data))
    assert isinstance(doc, RawDocument) and (doc.format, doc.doc_id) == (format, "<stdin>")


def test_containers_stdin_warc(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz", [("https://example.com/a", "text/html", PAGE.encode(), "200 OK")], True)
    [doc] = iter_documents(["-"], stdin=io.BytesIO(Path(path).read_bytes()))
    assert (doc.doc_id, doc.format, doc.source_path) == ("https://example.com/a", "html", "<stdin>")


def test_containers_stdin_text_stream_of_non_ascii_is_not_cut(tables):
    text = "Переговоры " * 2000
    [doc] = iter_documents(["-"], stdin=io.StringIO(text))
    assert doc.text == text
