from __future__ import annotations

import pytest

from newsevents.ingest.lines import classify_line, is_sentence_like, split_page_lines


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The ministers met in Geneva on Monday, officials said.", "prose"),
        ("“We will not give in,” he said.", "prose"),
        ("U.S. Secretary of State Antony Blinken spoke with Ukrainian President Volodymyr Zelenskiy, the State Department said.", "prose"),
        ("Biden, Putin To Hold Call This Week As U.S. Seeks Common Approach", "other"),
        ("Will Putin Invade Ukraine?", "other"),
        ("Breaking News", "drop"),
        ("Skip to main content", "drop"),
        ("Related talks were held in Ankara on Monday, the ministry said.", "prose"),
        ("Related: Turkey hosts grain talks", "drop"),
        ("Subscribers to the service were told on Monday that prices would rise.", "prose"),
        ("Back to top", "end"),
        ("Copyright 2024 Example Media Group", "end"),
        ("The foreign ministers met in Geneva (combo photo)", "caption"),
        ("Ships in the Bosporus (Jane Doe/AFP)", "caption"),
        ("With reporting by Reuters, AP, and AFP", "credit"),
        ("By Jane Doe", "byline"),
        ("By Monday, the troops had left the town, the ministry said.", "prose"),
        ("RFE/RL journalists report the news in 27 languages in 23 countries. We provide uncensored news.", "blurb"),
        ("“Our soldiers will stay,” the minister told Reuters in an interview on Tuesday evening in Vilnius.", "prose"),
        ("Detroit's 5 best spots for desserts you need to try this week...", "other"),
    ],
)
def test_lines_classify_line_kind(tables, line, kind):
    assert classify_line(line, tables).kind == kind


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Talks resumed in Geneva today.", True),
        ("Talks resumed.", False),
        ("talks resumed in Geneva on Monday.", False),
        ("Talks resumed in Geneva on Monday", False),
        ("“Talks will resume,” she said.”", True),
        ("トルコとウクライナの外相は月曜日、ジュネーブで会談した。", True),
        ("Os ministros reuniram-se em Genebra na segunda-feira para discutir o corredor de cereais. "
         "Ambos os lados disseram que voltariam a reunir-se no próximo mês, segundo um comunicado conjunto dos dois "
         "ministérios divulgado na segunda-feira à noite, e leia mais", True),
        ("Talks resumed in Geneva. Leaders", False),
    ],
)
def test_lines_is_sentence_like(line, expected):
    assert is_sentence_like(line) is expected


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("One line\n\n  Two   spaced  \n", ["One line", "Two spaced"]),
        ("The ministers of Turkey and Ukraine met in\nGeneva on Monday.", ["The ministers of Turkey and Ukraine met in Geneva on Monday."]),
        ("The ministers of Turkey and Ukraine met in\n\nGeneva on Monday.", ["The ministers of Turkey and Ukraine met in", "Geneva on Monday."]),
        ("Talks between the ministers resumed in Gen-\neva on Monday.", ["Talks between the ministers resumed in Geneva on Monday."]),
        ("A Headline That Runs Long Without A Full Stop\nThe first paragraph starts here.", ["A Headline That Runs Long Without A Full Stop", "The first paragraph starts here."]),
        ("Menu\nnews", ["Menu", "news"]),
    ],
)
def test_lines_split_page_lines_joins_only_wrapped_lines(text, lines):
    assert split_page_lines(text) == lines
