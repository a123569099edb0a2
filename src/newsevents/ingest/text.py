"""Turn a scraped page saved as plain text into an Article: title, date, outlet, body, credits.

    1. a first line "date 2021-12-29 ..." is the scraper's date header
    2. lines: what each looks like (`lines.py`); repeats and the site's template lines
       (shared with other pages of the same site in the batch, `templates.py`) demoted
    3. the body: the densest run of prose and the content lines in it (`body.py`)
    4. the headline above the body, the outlet named around it, byline and credits
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from newsevents.errors import IngestError
from newsevents.ingest.attribution import find_page_outlet
from newsevents.ingest.body import (
    demote_repeated_lines,
    demote_template_lines,
    find_body_run,
    is_body_line,
    is_dateline,
)
from newsevents.ingest.data import IngestTables, load_ingest_tables
from newsevents.ingest.language import detect_language
from newsevents.ingest.lines import Line, classify_line, split_page_lines
from newsevents.records import Article, RawDocument

# Lines that may name the page's outlet: its menus, footers and blurb. Not body, captions
# (photo agencies) or credits (wire agencies).
OUTLET_KINDS = frozenset({"other", "drop", "end", "blurb"})
# The headline stands close above the first paragraph, after at most a byline, a dateline,
# a photo and its caption and a few share buttons; it is longer than those. Chosen on the
# English pages of ../shared/extraction/trafilatura-eval rendered to text: the longest line
# of the 8 above the body is the headline on 49 of 137 pages, the nearest on 37 (the misses
# are mostly uncredited photo captions and breadcrumbs, which plain text cannot tell apart).
TITLE_SEARCH_LINES = 8
TITLE_LENGTH_CAP = 20
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 30
ARTICLE_ID_CHARS = 16

_DATE_HEADER = re.compile(r"^date:?\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$", re.IGNORECASE)


def clean_scraped_text(raw: RawDocument, tables: IngestTables | None = None,
                       template: frozenset[str] = frozenset()) -> Article:
    """Return the article in a scraped text page; raise IngestError `ingest.empty_body` when
    no prose is left. Pass `tables` when cleaning many pages so the data files load once,
    and the `template` lines of the page's site when the batch has other pages of it."""
    tables = tables or load_ingest_tables()
    header_date, text = read_date_header(raw.text)  # 1
    lines = demote_repeated_lines([classify_line(line, tables) for line in split_page_lines(text)])  # 2
    lines = demote_template_lines(lines, template)
    run = find_body_run(lines)  # 3
    if run is None:
        raise IngestError("ingest.empty_body", "no article text left after removing boilerplate", raw.doc_id)
    start, end = run
    title_index = find_title_index(lines, start)  # 4
    outside = [
        line.text for i, line in enumerate(lines)
        if line.kind in OUTLET_KINDS and i != title_index and not start <= i < end
    ]
    body = "\n\n".join(line.text for line in lines[start:end] if is_body_line(line))
    title = raw.title or (lines[title_index].text if title_index is not None else None)
    outlet = find_page_outlet(outside, tables.outlets) or raw.outlet
    published = raw.published or header_date
    return Article(
        article_id=make_article_id(outlet, raw.url or title, published, raw.text),
        doc_id=raw.doc_id,
        source_path=raw.source_path,
        url=raw.url,
        outlet=outlet,
        title=title,
        published=published,
        language=detect_language(body, tables.languages),
        byline=next((line.byline for line in lines if line.byline), None),
        body=body,
        credits=tuple(dict.fromkeys(name for line in lines for name in line.credits)),
        date_order=tables.outlets.date_order(outlet),
    )


def read_date_header(text: str) -> tuple[dt.date | None, str]:
    """Return the date of a first line "date 2021-12-29 ..." and the text without it.

    Scrapers write the page's date there; the rest of that line is the page's first
    navigation text and stays. A line whose date is not a real day is not a header.
    """
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    match = _DATE_HEADER.match(first.strip())
    if match is None:
        return None, text
    try:
        day = dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None, text
    return day, f"{match.group(2)}\n{rest}"


def find_title_index(lines: list[Line], body_start: int) -> int | None:
    """Return the index of the headline: the longest headline-like line close above the
    body (the nearest of equals). Headline-like: neither boilerplate, byline, caption nor
    dateline, headline-sized, and not a sentence ending in a full stop (a standfirst)."""
    window = range(body_start - 1, max(-1, body_start - 1 - TITLE_SEARCH_LINES), -1)
    candidates = [i for i in window if is_headline_like(lines[i])]
    if not candidates:
        return None
    # Counting words up to a cap keeps a long standfirst question from beating the headline.
    return max(candidates, key=lambda i: (min(lines[i].words, TITLE_LENGTH_CAP), i))


def is_headline_like(line: Line) -> bool:
    if line.kind not in ("other", "prose") or is_dateline(line.text):
        return False
    if line.kind == "prose" and line.text.rstrip("\"'”’").endswith("."):
        return False
    return MIN_TITLE_WORDS <= line.words <= MAX_TITLE_WORDS


def make_article_id(outlet: str | None, url_or_title: str | None, published: dt.date | None,
                    content: str) -> str:
    """Return a stable id: the same outlet, url (or title), date and page give the same id.

    `content` is the page as read, not the cleaned body, so the id does not move when the
    cleaner changes or when other pages of the site in a batch change its template lines.
    """
    parts = [outlet or "", url_or_title or "", published.isoformat() if published else "", content]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:ARTICLE_ID_CHARS]
