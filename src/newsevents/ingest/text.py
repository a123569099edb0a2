"""Turn a scraped page saved as plain text into an Article: title, date, outlet, body, credits.

The body is the densest run of prose lines: sentences score by their length, every menu or
headline line between them costs a little, and a footer line (credits, "Back to top", a
publisher blurb) ends the run. Scraped pages put navigation above the article and related
stories and footers below it; the run in between is the article.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re

from newsevents.errors import IngestError
from newsevents.ingest.attribution import find_page_outlet
from newsevents.ingest.data import IngestTables, load_ingest_tables
from newsevents.ingest.language import detect_language
from newsevents.ingest.lines import Line, classify_line, split_page_lines
from newsevents.records import Article, RawDocument

# What a menu or headline line between two paragraphs costs, in words of prose: a one-line
# promo or subheading inside an article costs less than the paragraphs after it bring, while
# a block of menu lines or story teasers costs more than a stray sentence among them. On the
# 92 pages of ../shared/extraction/scrapinghub-aeb rendered to text, body F1 (word 4-grams,
# the benchmark's metric) is flat between 4 and 20: 0.864-0.869, best at 10.
NON_PROSE_PENALTY = 10
# Lines that end the body: the article is over once the footer, credits or blurb begin.
BODY_ENDING_KINDS = frozenset({"end", "credit", "blurb"})
# Lines that neither add to nor cost a run: captions and bylines sit inside articles.
NEUTRAL_KINDS = frozenset({"caption", "byline"})
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
# A dateline ("Updated March 12, 2023 10:45 GMT", "5 min read") is mostly these words.
DATELINE_WORDS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december mon monday tue tuesday wed wednesday thu
    thursday fri friday sat saturday sun sunday am pm gmt utc edt est cet bst published updated
    posted last ago min mins minute minutes hour hours read""".split()
)
ARTICLE_ID_CHARS = 16

_DATE_HEADER = re.compile(r"^date:?\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$", re.IGNORECASE)
_TOKEN = re.compile(r"\w+")


def clean_scraped_text(raw: RawDocument, tables: IngestTables | None = None) -> Article:
    """Return the article in a scraped text page; raise IngestError `ingest.empty_body` when
    no prose is left. Pass `tables` when cleaning many pages so the data files load once."""
    tables = tables or load_ingest_tables()
    header_date, text = read_date_header(raw.text)
    lines = demote_repeated_lines([classify_line(line, tables) for line in split_page_lines(text)])
    run = find_body_run(lines)
    if run is None:
        raise IngestError("ingest.empty_body", "no article text left after removing boilerplate", raw.doc_id)
    start, end = run
    title_index = find_title_index(lines, start)
    outside = [
        line.text for i, line in enumerate(lines)
        if line.kind in OUTLET_KINDS and i != title_index and not start <= i < end
    ]
    body = "\n\n".join(line.text for line in lines[start:end] if line.kind == "prose")
    title = raw.title or (lines[title_index].text if title_index is not None else None)
    outlet = find_page_outlet(outside, tables.outlets) or raw.outlet
    published = raw.published or header_date
    return Article(
        article_id=make_article_id(outlet, raw.url or title, published, body),
        doc_id=raw.doc_id,
        source_path=raw.source_path,
        url=raw.url,
        outlet=outlet,
        title=title,
        published=published,
        language=detect_language(body),
        byline=next((line.byline for line in lines if line.byline), None),
        body=body,
        credits=tuple(dict.fromkeys(name for line in lines for name in line.credits)),
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


def find_body_run(lines: list[Line]) -> tuple[int, int] | None:
    """Return the [start, end) line range of the best-scoring run of prose, or None.

    The best run is the maximum-sum segment of line scores (prose +words, other lines
    -NON_PROSE_PENALTY, captions and bylines 0) that crosses no body-ending line.
    """
    best: tuple[int, int] | None = None
    best_score = 0
    start, score = 0, 0
    for i, line in enumerate(lines):
        if line.kind in BODY_ENDING_KINDS:
            start, score = i + 1, 0
            continue
        if score <= 0:
            start, score = i, 0
        score += line_score(line)
        if score > best_score:
            best, best_score = (start, i + 1), score
    return best


def demote_repeated_lines(lines: list[Line]) -> list[Line]:
    """Return `lines` with every repeat of an earlier prose line made "other": templates
    print their promos and notices twice (header and footer, page and pop-up), while an
    article says each paragraph once."""
    seen: set[str] = set()
    result = []
    for line in lines:
        if line.kind == "prose" and line.text in seen:
            line = dataclasses.replace(line, kind="other")
        seen.add(line.text)
        result.append(line)
    return result


def line_score(line: Line) -> int:
    """Return what `line` adds to a run of article text."""
    if line.kind == "prose":
        return line.words
    if line.kind in NEUTRAL_KINDS:
        return 0
    return -NON_PROSE_PENALTY


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


def is_dateline(text: str) -> bool:
    """Return True when `text` is mostly a date or time ("Published 12 March 2023, 10:45")."""
    tokens = _TOKEN.findall(text.lower())
    dated = sum(t.isdigit() or t in DATELINE_WORDS for t in tokens)
    return bool(tokens) and dated * 2 >= len(tokens)


def make_article_id(outlet: str | None, url_or_title: str | None, published: dt.date | None,
                    body: str) -> str:
    """Return a stable id: the same outlet, url (or title), date and body give the same id."""
    parts = [outlet or "", url_or_title or "", published.isoformat() if published else "", body]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:ARTICLE_ID_CHARS]
