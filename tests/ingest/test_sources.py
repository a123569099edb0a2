from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

from newsevents.errors import IngestError
from newsevents.ingest import iter_documents
from newsevents.ingest.decoding import MAX_DOCUMENT_BYTES
from newsevents.records import RawDocument

PAGE = "date 2024-05-02 Menu\n\nMinisters meet in Geneva\n\nThe ministers met in Geneva on Monday, officials said.\n"


def write(path: Path, content: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_sources_text_file_gives_one_document(tmp_path):
    path = write(tmp_path / "page.txt", PAGE)
    [doc] = iter_documents([path], outlet="DW")
    assert doc == RawDocument(doc_id=path, text=PAGE, source_path=path, format="text", outlet="DW")


def test_sources_directory_is_recursed_in_sorted_order_skipping_hidden_and_other_files(tmp_path):
    for name in ["b.txt", "a/z.txt", "a/y.jsonl", "c.TXT", ".hidden.txt", ".git/x.txt", "notes.md", "d.json"]:
        write(tmp_path / name, jsonl({"id": "y-line", "text": "Body."}) if name.endswith("jsonl") else PAGE)
    ids = [doc.doc_id for doc in iter_documents([str(tmp_path)])]
    assert ids == ["y-line", str(tmp_path / "a/z.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.TXT")]


def test_sources_directory_given_with_trailing_slash_joins_paths(tmp_path):
    write(tmp_path / "pages/one.txt", PAGE)
    [doc] = iter_documents([f"{tmp_path}/pages/"])
    assert doc.doc_id == str(tmp_path / "pages" / "one.txt")


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"id": "a1", "text": "Body."}, {"doc_id": "a1", "title": None, "url": None, "outlet": "CLI", "published": None}),
        (
            {"id": 7, "text": "Body.", "published": "2023-03-14", "title": " T ", "url": "https://x.org/a", "outlet": "DW"},
            {"doc_id": "7", "title": "T", "url": "https://x.org/a", "outlet": "DW", "published": dt.date(2023, 3, 14)},
        ),
        ({"text": "Body.", "published": "2023-03-14T22:15:00+01:00"}, {"doc_id": "{path}:1", "published": dt.date(2023, 3, 14)}),
        ({"id": "", "text": "Body.", "published": None, "title": ""}, {"doc_id": "{path}:1", "title": None}),
    ],
)
def test_sources_jsonl_reads_optional_fields(tmp_path, record, expected):
    path = write(tmp_path / "in.jsonl", jsonl(record))
    [doc] = iter_documents([path], outlet="CLI")
    assert doc.text == "Body." and doc.format == "text" and doc.source_path == path
    for field, value in expected.items():
        assert getattr(doc, field) == (value.format(path=path) if isinstance(value, str) else value)


def test_sources_jsonl_skips_blank_lines_and_numbers_lines_from_one(tmp_path):
    path = write(tmp_path / "in.jsonl", "\n" + jsonl({"text": "One."}) + "  \n" + jsonl({"text": "Two."}))
    assert [doc.doc_id for doc in iter_documents([path])] == [f"{path}:2", f"{path}:4"]


def test_sources_stdin_text_is_one_page():
    [doc] = iter_documents(["-"], outlet="BBC", stdin=io.StringIO(PAGE))
    assert (doc.doc_id, doc.source_path, doc.text, doc.outlet) == ("<stdin>", "<stdin>", PAGE, "BBC")


@pytest.mark.parametrize("make_stream", [io.StringIO, lambda s: io.BytesIO(s.encode())])
def test_sources_stdin_jsonl_is_detected_by_its_first_line(make_stream):
    stream = make_stream("\n" + jsonl({"id": "x", "text": "One."}, {"text": "Two."}))
    docs = list(iter_documents(["-"], stdin=stream))
    assert [d.doc_id for d in docs] == ["x", "<stdin>:3"]


def test_sources_stdin_bytes_are_decoded_like_files():
    [doc] = iter_documents(["-"], stdin=io.BytesIO("\ufeffCafé talks resumed.".encode("utf-8")))
    assert doc.text == "Café talks resumed."


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "ingest.empty"),
        ("blank.txt", b"  \n\t\n", "ingest.empty"),
        ("nul.txt", b"Some text\x00\x01 more", "ingest.binary"),
        ("controls.txt", bytes(range(1, 9)) * 20, "ingest.binary"),
        ("bad.txt", b"Talks \x81\x8d\x8f resumed", "ingest.undecodable"),
        ("cyrillic.txt", "Переговоры возобновились в Женеве".encode("cp1251"), "ingest.undecodable"),
        ("big.txt", b"a" * (MAX_DOCUMENT_BYTES + 1), "ingest.too_large"),
        ("empty.jsonl", b"\n\n", "ingest.empty"),
        ("binary.jsonl", b"\x00\x01\x02\n" * 50, "ingest.binary"),
        ("notjson.jsonl", b'{"text": "One."\n', "ingest.bad_jsonl"),
        ("array.jsonl", b'["text"]\n', "ingest.bad_jsonl"),
        ("title.jsonl", b'{"text": "One.", "title": 3}\n', "ingest.bad_jsonl"),
        ("notext.jsonl", b'{"id": "a"}\n', "ingest.no_text"),
        ("blanktext.jsonl", b'{"id": "a", "text": "  "}\n', "ingest.no_text"),
        ("numbertext.jsonl", b'{"id": "a", "text": 5}\n', "ingest.no_text"),
        ("date.jsonl", b'{"id": "a", "text": "One.", "published": "29/12/2021"}\n', "ingest.bad_date"),
        ("day.jsonl", b'{"id": "a", "text": "One.", "published": "2021-02-30"}\n', "ingest.bad_date"),
        ("int.jsonl", b'{"id": "a", "text": "One.", "published": 20211229}\n', "ingest.bad_date"),
        ("page.pdf", b"%PDF-1.4", "ingest.unsupported"),
        ("archive.gz", b"", "ingest.unsupported"),
        ("page.html", b"\x00\x01PK binary", "ingest.binary"),
        ("page.htm", "<p>Переговоры</p>".encode("utf-16-le"), "ingest.binary"),
        ("page.txt.gz", b"not gzip data", "ingest.unreadable"),
        ("big.html.gz", gzip.compress(b"<p>" + b"a" * MAX_DOCUMENT_BYTES), "ingest.too_large"),
    ],
)
def test_sources_bad_input_yields_error_with_code(tmp_path, name, content, code):
    path = write(tmp_path / name, content)
    [error] = iter_documents([path])
    assert isinstance(error, IngestError)
    assert error.code == code and error.stage == "ingest"
    assert error.doc_id.startswith(path) or error.doc_id == "a"
    assert error.message


def test_sources_missing_path_is_not_found(tmp_path):
    missing = str(tmp_path / "nope.txt")
    [error] = iter_documents([missing])
    assert (error.code, error.doc_id) == ("ingest.not_found", missing)


def test_sources_error_names_document_and_reason(tmp_path):
    path = write(tmp_path / "in.jsonl", b'{"text": "One.", "published": "next week"}\n')
    [error] = iter_documents([path])
    assert str(error) == f"{path}:1: ingest.bad_date: published 'next week' is not a YYYY-MM-DD date"


def test_sources_bad_files_in_the_middle_do_not_stop_the_batch(tmp_path):
    good = write(tmp_path / "good.txt", PAGE)
    empty = write(tmp_path / "empty.txt", "")
    lines = write(tmp_path / "mixed.jsonl", jsonl({"id": "1", "text": "One."}) + "oops\n" + jsonl({"id": "3", "text": "Three."}))
    items = list(iter_documents([good, str(tmp_path / "missing.txt"), empty, lines, "-", good], stdin=io.StringIO("")))
    outcome = [item.code if isinstance(item, IngestError) else item.doc_id for item in items]
    assert outcome == [
        good, "ingest.not_found", "ingest.empty", "1", "ingest.bad_jsonl", "3", "ingest.empty", good,
    ]


@pytest.mark.parametrize(
    ("content", "text"),
    [
        ("“Talks” resumed in Genève – officials said.".encode("cp1252"), "“Talks” resumed in Genève – officials said."),
        ("\ufeffTalks resumed.".encode("utf-8"), "Talks resumed."),
    ],
)
def test_sources_decodes_windows_1252_and_utf8_with_bom(tmp_path, content, text):
    [doc] = iter_documents([write(tmp_path / "page.txt", content)])
    assert doc.text == text
