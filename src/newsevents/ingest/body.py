"""Which lines of a scraped page are the article: the densest run of prose, and what in it.

Scraped pages put navigation above the article and related stories, sign-up forms and
footers below it; the article is the run in between. Every line gets a score (prose adds
its words, anything else costs), the run is the maximum-sum segment, and the body is the
run's prose plus the lines in it that carry content (subheadings, list items, table cells).

The thresholds were chosen on the 92 pages of ../shared/extraction/scrapinghub-aeb rendered
to text (body F1 on word 4-grams, the benchmark's metric), checking that each choice helps
on both halves of the set (odd and even pages), not on one only.
"""

from __future__ import annotations

import dataclasses
import re

from newsevents.ingest.data import load_dateline_words
from newsevents.ingest.language import words_of
from newsevents.ingest.lines import HEADLINE_CAPITALISED_SHARE, Line, capitalised_share

# What a non-prose line costs a run, in words of prose: a one-line promo or subheading
# inside an article costs less than the paragraphs after it bring, while a block of menu
# lines costs more than a stray sentence among them. F1 0.925 at 8, 0.927 at 10, 0.921 at 12.
NON_PROSE_PENALTY = 10
# Footer lines (credits, "Most read", "Back to top", a publisher blurb) cost a paragraph:
# the article is usually over, but an in-article widget ("Most read in world news") does
# not cut it in two when a long article goes on below. F1 the same from 20 to 60; 0.0015
# lower as a hard stop.
BODY_ENDING_PENALTY = 60
BODY_ENDING_KINDS = frozenset({"end", "credit", "blurb"})
# Lines that neither add to nor cost a run: captions and bylines sit inside articles.
NEUTRAL_KINDS = frozenset({"caption", "byline"})
# A prose line with no other prose line this close on either side is a teaser in a list of
# related stories (headline, author, date, summary; headline, author, ...), or a stray
# sentence in a sidebar; it counts half. Articles run paragraph after paragraph. F1 +0.0055
# (window 1: +0.003; weights 0.3-0.7 all help).
ISOLATION_WINDOW = 2
ISOLATED_PROSE_WEIGHT = 0.5
# Title-cased lines this long inside the run are story teasers' headlines, not subheadings
# (which are short or sentence-cased); the body leaves them out, so that no event is coded
# from another story. F1 is the same with or without this rule.
MIN_TEASER_HEADLINE_WORDS = 8
# The kinds a template line loses: credits and bylines stay, for their names.
TEMPLATE_KINDS = frozenset({"prose", "other", "blurb"})
_TOKEN = re.compile(r"\w+")


def find_body_run(lines: list[Line]) -> tuple[int, int] | None:
    """Return the [start, end) line range of the best-scoring run, or None when no run
    scores above zero (a page without prose): the maximum-sum segment of `line_scores`."""
    best: tuple[int, int] | None = None
    best_score = 0.0
    start, score = 0, 0.0
    for i, line_score in enumerate(line_scores(lines)):
        if score <= 0:
            start, score = i, 0.0
        score += line_score
        if score > best_score:
            best, best_score = (start, i + 1), score
    return best


def line_scores(lines: list[Line]) -> list[float]:
    """Return what each line adds to a run of article text: prose its words (half when
    isolated), captions and bylines nothing, footers -BODY_ENDING_PENALTY, anything else
    -NON_PROSE_PENALTY."""
    prose = [line.kind == "prose" for line in lines]
    scores = []
    for i, line in enumerate(lines):
        if line.kind == "prose":
            near = prose[max(0, i - ISOLATION_WINDOW):i] + prose[i + 1:i + 1 + ISOLATION_WINDOW]
            scores.append(line.words * (1.0 if any(near) else ISOLATED_PROSE_WEIGHT))
        elif line.kind in NEUTRAL_KINDS:
            scores.append(0.0)
        elif line.kind in BODY_ENDING_KINDS:
            scores.append(-BODY_ENDING_PENALTY)
        else:
            scores.append(-NON_PROSE_PENALTY)
    return scores


def is_body_line(line: Line) -> bool:
    """Return True for a line of the run that belongs in the body: prose, and the other lines
    that carry content (subheadings, list items, table cells), not datelines or teasers'
    headlines. Boilerplate, captions, bylines and credits never do."""
    if line.kind == "prose":
        return True
    if line.kind != "other" or is_dateline(line.text):
        return False
    return not (line.words >= MIN_TEASER_HEADLINE_WORDS
                and capitalised_share(words_of(line.text)) >= HEADLINE_CAPITALISED_SHARE)


def is_dateline(text: str) -> bool:
    """Return True when `text` is mostly a date or time ("Published 12 March 2023, 10:45")."""
    tokens = _TOKEN.findall(text.lower())
    words = load_dateline_words()  # dateline_words.tsv: "updated", "march", "gmt", "read"
    dated = sum(t.isdigit() or t in words for t in tokens)
    return bool(tokens) and dated * 2 >= len(tokens)


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


def demote_template_lines(lines: list[Line], template: frozenset[str]) -> list[Line]:
    """Return `lines` with the site's template lines (`templates.py`) made "drop"; credits
    and bylines stay what they are, for their names."""
    return [dataclasses.replace(line, kind="drop") if line.kind in TEMPLATE_KINDS and line.text in template else line
            for line in lines]
