"""What each line of a scraped page is: prose, menu, caption, credit, byline, footer ...

A scraper flattens a page into one line per block element, so the line is the unit: the
cleaner first says what every line looks like (here), then picks the article's lines from
that (`text.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsevents.ingest.attribution import is_publisher_blurb, parse_byline, parse_credit_line
from newsevents.ingest.data import EDGE_PUNCTUATION, BoilerplateCue, IngestTables, OutletTable, load_english_stop_words
from newsevents.ingest.language import count_words, words_of

# A sentence has a subject, a verb and something more: "Talks resumed." is rare in news, while
# menus are full of two- and three-word items ("Breaking News", "Got a news tip?").
MIN_SENTENCE_WORDS = 4
# Headlines capitalise nearly every content word; sentences (even ones full of names) do not.
HEADLINE_CAPITALISED_SHARE = 0.8
# Cues are menu and footer items; a longer line is text that merely contains or ends with
# the words. A line that *starts* with a cue is tested whatever its length (cookie notices).
MAX_CUE_WORDS = 25
# A line this long with a sentence ending inside it is a paragraph, whatever it ends with
# (a paragraph whose last sentence lost its full stop, or ends in a quotation or a link).
MIN_PARAGRAPH_WORDS = 30
# A line this long that stops mid-sentence was wrapped by whoever saved the text.
MIN_WRAPPED_LINE_CHARS = 30

_TERMINAL = re.compile(r"[.!?…:。．！？][\"'”’)\]」』）]*$")
# A sentence ending inside a line: "... in 2019. The ..." ("。" needs no space after it).
_INNER_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s+[\"'“‘(]?[A-ZÀ-ÖØ-ÞА-ЯЁ]|[。！？]")
_LABEL_MARK = re.compile(r"\s*[:|]")
_TRAILING_PARENTHESES = re.compile(r"\(([^()]{1,80})\)$")
_PHOTO_WORD = re.compile(r"(?:photo|image|picture|illustration|credit|file)\b", re.IGNORECASE)
_BULLET = re.compile(r"^[•·▪►›»*–—-]\s*")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a page and what it looks like.

    kind: prose (reads as a sentence), other (menu item, headline, dateline, subheading),
    drop (boilerplate cue), caption, end (footer: the article has ended), credit, byline,
    blurb (the publisher describing itself).
    """

    text: str
    kind: str
    words: int
    credits: tuple[str, ...] = ()
    byline: str | None = None


def split_page_lines(text: str) -> list[str]:
    """Return the non-blank lines of `text`, stripped, with hard-wrapped lines joined again.

    A line joins the next one in the same block when it is long, stops mid-sentence and the
    next line plainly continues it (starts in lower case, or this one ends on a comma, a
    hyphen or a function word): "...met the foreign\\nministers of..." is one line.
    """
    lines: list[str] = []
    may_continue = False
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            may_continue = False
            continue
        if may_continue and _continues(lines[-1], line):
            lines[-1] = f"{lines[-1][:-1]}{line}" if lines[-1].endswith("-") else f"{lines[-1]} {line}"
        else:
            lines.append(line)
        may_continue = True
    return lines


def _continues(previous: str, line: str) -> bool:
    if len(previous) < MIN_WRAPPED_LINE_CHARS or _TERMINAL.search(previous):
        return False
    last_word = previous.split()[-1]
    return (
        line[0].islower()
        or previous.endswith((",", "-"))
        or (last_word.islower() and last_word in load_english_stop_words())
    )


def classify_line(text: str, tables: IngestTables) -> Line:
    """Return `text` as a Line, with its kind and, for credit and byline lines, the names."""
    words = count_words(text)
    credits = parse_credit_line(text, tables)
    if credits is not None:
        return Line(text, "credit", words, credits=credits)
    byline = parse_byline(text)
    if byline is not None:
        return Line(text, "byline", words, byline=byline)
    sentence = is_sentence_like(text)
    role = match_boilerplate(text, sentence, tables.boilerplate)
    if role is not None:
        return Line(text, role, words)
    if ends_with_photo_credit(text, tables.outlets):
        return Line(text, "caption", words)
    if is_publisher_blurb(text, tables.outlets):
        return Line(text, "blurb", words)
    return Line(text, "prose" if sentence else "other", words)


def is_sentence_like(text: str) -> bool:
    """Return True when `text` reads as a sentence: long enough, capitalised, punctuated.

    A title-cased line ending in "?", "!" or ":" is a headline ("Will Putin Invade Ukraine?");
    one ending in a full stop is a sentence however many names it holds. A long line with a
    sentence ending inside it is a paragraph, whatever it ends with. Words are counted in
    any script, and Chinese and Japanese sentences end in "。".
    """
    words = words_of(text)
    terminal = _TERMINAL.search(text)
    size = count_words(text)
    if size >= MIN_PARAGRAPH_WORDS and _INNER_SENTENCE_END.search(text[:-1]):
        return True
    if size < MIN_SENTENCE_WORDS or terminal is None:
        return False
    if words and words[0][0].islower():
        return False  # a fragment cut from the middle of a sentence
    if text.endswith(("...", "…")):
        return False  # a story teaser cut short
    return terminal.group(0)[0] in ".…。．" or capitalised_share(words) < HEADLINE_CAPITALISED_SHARE


def capitalised_share(words: list[str]) -> float:
    """Return the share of content words (not stop words) that start with a capital."""
    content = [w for w in words if w.lower() not in load_english_stop_words()]
    if not content:
        return 0.0
    return sum(w[0].isupper() for w in content) / len(content)


def match_boilerplate(text: str, sentence: bool, cues: tuple[BoilerplateCue, ...]) -> str | None:
    """Return the role of the first boilerplate cue `text` matches, or None.

    On a line that reads as a sentence a one-word `start` cue only counts as a label
    ("Related: ..."), so "Related talks were held on Monday." stays article text.
    """
    short = len(text.split()) <= MAX_CUE_WORDS
    normal = _BULLET.sub("", " ".join(text.lower().split()))
    bare = EDGE_PUNCTUATION.sub("", normal)
    for cue in cues:
        if cue.match == "line" and bare == cue.cue:
            return cue.role
        if cue.match == "end" and short and normal.endswith(cue.cue):
            return cue.role
        if cue.match == "contains" and short and cue.cue in normal:
            return cue.role
        if cue.match == "start" and _starts_with_cue(normal, cue.cue, sentence):
            return cue.role
    return None


def _starts_with_cue(normal: str, cue: str, sentence: bool) -> bool:
    if not normal.startswith(cue):
        return False
    rest = normal[len(cue) :]
    if rest[:1].isalnum() and cue[-1:].isalnum():
        return False  # "subscribers" does not start with the cue "subscribe"
    return not sentence or " " in cue or not cue[-1:].isalnum() or bool(_LABEL_MARK.match(rest))


def ends_with_photo_credit(text: str, outlets: OutletTable) -> bool:
    """Return True for a photo caption ending in a credit in brackets: "(AFP)", "(Jane
    Doe/iStock)", "(Image: City Police)". Sentences end in a full stop, not a bracket."""
    match = _TRAILING_PARENTHESES.search(text)
    if match is None:
        return False
    credit = match.group(1)
    return "/" in credit or bool(_PHOTO_WORD.match(credit) or outlets.finder.search(credit))
