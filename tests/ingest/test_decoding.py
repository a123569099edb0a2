from __future__ import annotations

import pytest

from newsevents.errors import IngestError
from newsevents.ingest.decoding import decode_html

PAGE = "<html><body><p>Café talks in Genève – “resumed”.</p></body></html>"


@pytest.mark.parametrize(
    ("data", "declared"),
    [
        (PAGE.encode("utf-8"), None),
        (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), None),
        (PAGE.encode("cp1252"), "windows-1252"),  # the HTTP header says so
        (PAGE.encode("cp1252"), "ISO-8859-1"),  # mislabelled, read as browsers do
        (PAGE.replace("<body>", '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
                      "</head><body>").encode("cp1252"), None),
    ],
)
def test_decoding_html_page_by_bom_header_or_meta(data, declared):
    assert "Café talks in Genève – “resumed”." in decode_html(data, "p.html", declared=declared)


def test_decoding_utf8_page_with_a_stray_byte_is_read_like_a_browser():
    data = PAGE.encode("utf-8").replace(b"talks", b"talks \xe9") + b"<p>" + b"More text. " * 100 + b"</p>"
    assert "talks \ufffd in" in decode_html(data, "p.html")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (bytes(range(128, 256)) * 50, "ingest.undecodable"),
        (b"", "ingest.empty"),
        (b"<html>\x00\x00\x00</html>", "ingest.binary"),
    ],
)
def test_decoding_html_refusals_have_codes(data, code):
    with pytest.raises(IngestError) as caught:
        decode_html(data, "p.html")
    assert caught.value.code == code
