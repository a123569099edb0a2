"""Turn an HTML page into an Article: body, title, date, outlet, byline, credits, language.

    1. parse the page (lxml, through trafilatura); no markup at all is `ingest.not_html`
    2. body: trafilatura, favouring precision, without comments; readability-lxml when
       trafilatura finds next to nothing (pages whose text sits in unusual markup)
    3. credit and byline paragraphs leave the body ("Reporting by ...; Editing by ...")
    4. date: htmldate, extensive search, the original (publication) date, not the update
    5. title, outlet and byline from the page's metadata (`page_metadata.py`)

Input fields (a JSONL line's `title`, `published`, `outlet`) win over what the page says,
as for scraped text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from htmldate import find_date
from lxml.etree import ParserError
from readability import Document as ReadabilityDocument

from newsevents.errors import IngestError
from newsevents.ingest.attribution import parse_byline, parse_credit_line
from newsevents.ingest.data import IngestTables
from newsevents.ingest.language import count_words, detect_language
from newsevents.ingest.page_metadata import comparison_key, read_page_metadata
from newsevents.ingest.text import make_article_id
from newsevents.records import Article, RawDocument

# Below this many words trafilatura has likely missed the article (its text sits in markup
# it discards), so readability-lxml gets a try and the longer body wins. In
# ../shared/extraction that is 16 of the 200 htmldate-mediacloud2020 pages and 24 of the
# 990 trafilatura-eval pages (none of scrapinghub-aeb); readability's is longer on 6 and 13.
MIN_BODY_WORDS = 50
# Fewer words than this are a menu or a caption that the extractors kept, not an article:
# the shortest news brief says who did what, where and when in a sentence or two.
MIN_ARTICLE_WORDS = 10
# How htmldate writes a date of which only the year is known.
YEAR_ONLY_SUFFIX = "-01-01"
# A page is HTML when it has at least one element tag, not just text with a "<" in it.
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|article|span|a|br|h[1-6]|table|meta)\b",
                       re.IGNORECASE)
# Block elements whose text readability returns as separate paragraphs.
_READABILITY_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
                       "td", "th", "br", "dd", "dt", "figcaption")


@dataclass(frozen=True, slots=True)
class PageBody:
    """The article's paragraphs, and what was taken out of them."""

    paragraphs: tuple[str, ...]
    credits: tuple[str, ...]
    byline: str | None


def clean_html_page(raw: RawDocument, tables: IngestTables) -> Article:
    """Return the article in an HTML page; raise IngestError `ingest.not_html` when it has no
    markup, `ingest.empty_body` when no article text is found."""
    if not _HTML_TAG.search(raw.text):
        raise IngestError("ingest.not_html", "no HTML markup in the document", raw.doc_id)
    tree = trafilatura.utils.load_html(raw.text)
    if tree is None:
        raise IngestError("ingest.not_html", "the document cannot be parsed as HTML", raw.doc_id)
    metadata = read_page_metadata(tree, raw.url, tables.outlets)  # 5
    title = raw.title or metadata.title
    body = split_body(extract_body_text(raw.text, raw.url), tables, (title, *metadata.headlines))  # 2, 3
    text = "\n\n".join(body.paragraphs)
    if count_words(text) < MIN_ARTICLE_WORDS:
        reason = f"no article text found in the page (only {count_words(text)} words)"
        raise IngestError("ingest.empty_body", reason, raw.doc_id)
    outlet = metadata.outlet or raw.outlet or metadata.host
    url = raw.url or metadata.url
    published = raw.published or find_published_date(raw.text, url)  # 4
    return Article(
        article_id=make_article_id(outlet, url or title, published, raw.text),
        doc_id=raw.doc_id,
        source_path=raw.source_path,
        url=url,
        outlet=outlet,
        title=title,
        published=published,
        language=detect_language(text, tables.languages),
        byline=body.byline or metadata.byline,
        body=text,
        credits=body.credits,
        date_order=tables.outlets.date_order(outlet),
    )


def extract_body_text(html: str, url: str | None) -> str:
    """Return the article text of `html`, one paragraph a line: trafilatura's, or
    readability's when trafilatura's has fewer than MIN_BODY_WORDS words and readability's
    is longer."""
    text = trafilatura.extract(html, url=url, favor_precision=True, include_comments=False) or ""
    if count_words(text) >= MIN_BODY_WORDS:
        return text
    fallback = extract_readability_text(html)
    return fallback if count_words(fallback) > count_words(text) else text


def extract_readability_text(html: str) -> str:
    """Return readability-lxml's article text of `html`, one block a line ("" if none)."""
    try:
        summary = ReadabilityDocument(html).summary(html_partial=True)
        root = lxml.html.fromstring(summary)
    except (ParserError, ValueError, TypeError):
        return ""  # readability gives up on pages without a usable body
    for element in root.iter(*_READABILITY_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def split_body(text: str, tables: IngestTables, headlines: tuple[str | None, ...] = ()) -> PageBody:
    """Return the paragraphs of `text` with credit lines ("With reporting by Reuters") and a
    byline ("By Jane Doe") taken out, as they name people and agencies, not events; and the
    headline (any of `headlines`) when the body starts with it, as the title holds it."""
    paragraphs: list[str] = []
    credits: list[str] = []
    byline = None
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        names = parse_credit_line(line, tables)
        if names is not None:
            credits.extend(names)
        elif byline is None and (found := parse_byline(line)) is not None:
            byline = found
        else:
            paragraphs.append(line)
    if paragraphs and comparison_key(paragraphs[0]) in {comparison_key(h) for h in headlines if h}:
        paragraphs.pop(0)
    return PageBody(tuple(paragraphs), tuple(dict.fromkeys(credits)), byline)


def find_published_date(html: str, url: str | None) -> dt.date | None:
    """Return the page's publication day (htmldate: markup, then an extensive search of the
    text, preferring the original date to the last update), or None.

    The extensive search reads a bare year ("© 2016") as January 1st; such a day is kept
    only when the markup alone gives it too. On ../shared/extraction/htmldate-mediacloud2020
    both January 1st answers were such footers (no gold date there is a January 1st).
    """
    found = find_date(html, extensive_search=True, original_date=True, url=url)
    if found and found.endswith(YEAR_ONLY_SUFFIX):
        found = find_date(html, extensive_search=False, original_date=True, url=url)
    return dt.date.fromisoformat(found) if found else None
