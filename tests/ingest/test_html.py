from __future__ import annotations

import datetime as dt

import pytest

from newsevents.errors import IngestError
from newsevents.ingest import clean_document
from newsevents.ingest.html import extract_readability_text, split_body
from newsevents.ingest.page_metadata import choose_title, host_of, strip_site_name
from newsevents.records import RawDocument

from .html_pages import html_page
from .pages import PARAGRAPHS, TITLE

BODY = "\n\n".join(PARAGRAPHS)


def html_doc(html: str, **fields: object) -> RawDocument:
    return RawDocument(doc_id="page.html", text=html, source_path="page.html", format="html", **fields)


def test_html_page_gives_body_title_date_outlet_byline_credits(tables):
    article = clean_document(html_doc(html_page(), url="https://www.example.com/news/1"), tables)
    assert article.body == BODY
    assert article.title == TITLE
    assert article.published == dt.date(2024, 5, 2)
    assert article.outlet == "Example News"
    assert (article.byline, article.credits) == ("Jane Doe", ("Reuters", "AFP"))
    assert (article.language, article.url) == ("en", "https://www.example.com/news/1")


@pytest.mark.parametrize(
    ("site_name", "url", "outlet"),
    [
        ("BBC News", None, "BBC"),  # spelled as outlets.tsv prints it
        (None, "https://www.example.org/a", "example.org"),
        (None, None, None),
    ],
)
def test_html_outlet_from_site_name_then_host(tables, site_name, url, outlet):
    article = clean_document(html_doc(html_page(site_name=site_name), url=url), tables)
    assert article.outlet == outlet


def test_html_input_outlet_comes_before_the_host(tables):
    article = clean_document(html_doc(html_page(site_name=None), url="https://example.org/a", outlet="DW"), tables)
    assert article.outlet == "DW"


def test_html_input_fields_win_over_the_page(tables):
    raw = html_doc(html_page(), title="Given", published=dt.date(2020, 1, 1))
    article = clean_document(raw, tables)
    assert (article.title, article.published) == ("Given", dt.date(2020, 1, 1))


def test_html_page_without_date_has_none(tables):
    assert clean_document(html_doc(html_page(date=None)), tables).published is None


@pytest.mark.parametrize(
    ("title", "site", "host", "expected"),
    [
        ("Talks resume in Geneva | Example News", "Example News", None, "Talks resume in Geneva"),
        ("Talks resume in Geneva - Example News", "Example News", None, "Talks resume in Geneva"),
        ("Example News » Talks resume in Geneva", "Example News", None, "Talks resume in Geneva"),
        ("Talks resume in Geneva – helge.at", None, "helge.at", "Talks resume in Geneva"),
        ("Covid-19: what we know about the Kyiv-based team", "Example News", None,
         "Covid-19: what we know about the Kyiv-based team"),
        ("Example News reports talks resume | Example News", "Example News", None, "Example News reports talks resume"),
        ("Geneva - Talks resume - Example", "Example", None, "Talks resume"),  # the <h1>
        (None, "Example", None, None),
    ],
)
def test_html_title_loses_the_site_name(title, site, host, expected):
    assert strip_site_name(title, site, host, ("Talks resume",)) == expected


@pytest.mark.parametrize(
    ("headlines", "expected"),
    [
        (("Talks resume in Geneva",), "Talks resume in Geneva"),  # the one <h1>
        (("Politics",), "Ministers meet"),  # a one-word <h1> is a section name
        (("Talks resume", "Most read"), "Ministers meet"),  # several: the metadata title
        ((), "Ministers meet"),
    ],
)
def test_html_title_is_the_one_h1_else_the_metadata_title(headlines, expected):
    assert choose_title("Ministers meet | Example News", "Example News", None, headlines) == expected


@pytest.mark.parametrize(
    ("url", "host"),
    [("https://www.dw.com/en/x", "dw.com"), ("http://edition.cnn.com/a", "cnn.com"), ("example.org/a", "example.org"), (None, None)],
)
def test_html_host_of_url(url, host):
    assert host_of(url) == host


def test_html_malformed_markup_still_gives_the_article(tables):
    broken = html_page().replace("</p>", "").replace("</article>", "<div><span>").replace("</body></html>", "")
    article = clean_document(html_doc(broken), tables)
    assert article.body == BODY and article.title == TITLE


def test_html_non_english_page_is_read_with_its_language(tables):
    german = (
        "Die Außenminister der Türkei und der Ukraine trafen sich am Montag in Genf, um über den "
        "Getreidekorridor im Schwarzen Meer zu sprechen, teilten Beamte beider Länder mit.",
        "„Wir haben vereinbart, den Korridor so lange offen zu halten, wie er gebraucht wird“, sagte "
        "der türkische Minister nach den Gesprächen, die mehr als drei Stunden dauerten.",
        "Beide Seiten wollen sich im nächsten Monat erneut treffen, teilten die Ministerien in einer "
        "gemeinsamen Erklärung am Montagabend mit.",
    )
    article = clean_document(html_doc(html_page(paragraphs=german, lang="de")), tables)
    assert article.language == "de"
    assert article.body == "\n\n".join(german)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Just some plain text, with no markup at all, though it mentions a <tag> in passing.", "ingest.not_html"),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "ingest.empty_body"),
    ],
)
def test_html_rejections_say_why(tables, text, code):
    with pytest.raises(IngestError) as caught:
        clean_document(html_doc(text), tables)
    assert (caught.value.code, caught.value.doc_id) == (code, "page.html")


def test_html_readability_text_keeps_blocks_apart():
    html = "<html><body><div><p>" + "Word " * 60 + "one.</p><p>Second paragraph here.</p></div></body></html>"
    lines = extract_readability_text(html).splitlines()
    assert lines[-1] == "Second paragraph here." and lines[0].endswith("one.")


def test_html_split_body_drops_leading_headline_credit_and_byline(tables):
    text = f"{TITLE}\nBy Jane Doe\n{PARAGRAPHS[0]}\nReporting by Tom Balmforth; Editing by Alex Smith"
    body = split_body(text, tables, (TITLE,))
    assert (body.paragraphs, body.credits, body.byline) == ((PARAGRAPHS[0],), ("Tom Balmforth",), "Jane Doe")
