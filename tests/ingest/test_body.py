from __future__ import annotations

import pytest

from newsevents.ingest.body import demote_template_lines, find_body_run, is_body_line, line_scores
from newsevents.ingest.lines import Line, classify_line
from newsevents.ingest.text import clean_scraped_text

from .pages import NAV, PARAGRAPHS, TITLE, make_page, standard_page

BODY = "\n\n".join(PARAGRAPHS)
TEASERS = (
    "Ukraine and Poland settle grain dispute",
    "Jane Roe",
    "Tuesday November 19, 2019",
    "Ukraine and Poland agreed on Friday to settle their long dispute over grain imports, ministers said after a meeting.",
    "Turkey hosts new round of Black Sea talks",
    "John Doe",
    "Monday November 18, 2019",
    "Turkey will host a new round of talks on shipping in the Black Sea next month, the foreign ministry in Ankara said.",
)


def lines_of(tables, *texts: str) -> list[Line]:
    return [classify_line(text, tables) for text in texts]


def test_body_isolated_prose_counts_half(tables):
    lines = lines_of(tables, "Menu", PARAGRAPHS[0], "Share", "Comments", "Menu", "More")
    assert line_scores(lines)[1] == lines[1].words * 0.5
    lines = lines_of(tables, PARAGRAPHS[0], "Share", PARAGRAPHS[1])
    assert line_scores(lines)[0] == lines[0].words


def test_body_list_of_story_teasers_after_the_article_is_not_body(tables):
    article = clean_scraped_text(make_page(*NAV, TITLE, *PARAGRAPHS, "More stories", *TEASERS), tables)
    assert article.body == BODY


@pytest.mark.parametrize(
    "content",
    [
        ("What the ministers agreed",),  # a subheading
        ("Path A: Iceland, Bulgaria, Hungary", "Path B: Bosnia, Slovakia, Ireland"),  # list items
    ],
)
def test_body_content_lines_inside_the_article_are_kept(tables, content):
    last = PARAGRAPHS[0].replace("Monday", "Friday")
    article = clean_scraped_text(standard_page(inside=content, after=(last,)), tables)
    assert article.body == "\n\n".join((*PARAGRAPHS[:2], *content, PARAGRAPHS[2], last))


@pytest.mark.parametrize(
    "line",
    [
        "Updated 14 March 2023, 10:45 GMT",
        "Lakers Vs Nets: NBA Makes Final Decision On Game Amid China Turmoil",
        "Advertisement",
    ],
)
def test_body_datelines_teaser_headlines_and_boilerplate_inside_the_article_are_left_out(tables, line):
    assert clean_scraped_text(standard_page(inside=(line,)), tables).body == BODY


def test_body_widget_with_a_footer_heading_does_not_cut_a_long_article(tables):
    more = tuple(p.replace("Monday", day) for p in PARAGRAPHS for day in ("Tuesday", "Friday"))
    raw = make_page(*NAV, TITLE, *PARAGRAPHS, "Most read", "Andrew parties in unearthed pics", *more, "Back to top")
    body = clean_scraped_text(raw, tables).body
    assert body.startswith(PARAGRAPHS[0]) and body.endswith(more[-1])
    assert "Most read" not in body


def test_body_run_is_none_without_prose(tables):
    assert find_body_run(lines_of(tables, "Menu", "World", "Back to top")) is None


def test_body_template_lines_are_dropped_but_credits_stay(tables):
    lines = lines_of(tables, PARAGRAPHS[0], "Sign up for our daily newsletter and never miss a story again.",
                     "With reporting by Reuters")
    demoted = demote_template_lines(lines, frozenset(line.text for line in lines))
    assert [line.kind for line in demoted] == ["drop", "drop", "credit"]
    assert not is_body_line(demoted[1])
