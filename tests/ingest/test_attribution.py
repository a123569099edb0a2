from __future__ import annotations

import pytest

from newsevents.ingest.attribution import find_page_outlet, is_publisher_blurb, parse_byline, parse_credit_line


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("With reporting by Reuters, AP, and AFP", ("Reuters", "AP", "AFP")),
        ("Additional reporting by Agence France-Presse", ("AFP",)),
        ("Based on reporting by AFP and dpa", ("AFP", "dpa")),
        ("Writing by Jane Doe; Editing by John Roe", ("Jane Doe",)),
        ("Reporting by Reuters and Reuters", ("Reuters",)),
        ("Reporting by the BBC found that the talks had stalled over the issue of grain exports.", None),
        ("Editing by John Roe", ()),
        ("The minister said reporting by Reuters was wrong.", None),
    ],
)
def test_attribution_parse_credit_line(tables, line, names):
    assert parse_credit_line(line, tables) == names


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("by Jane Doe - 3 min read", "Jane Doe"),
        ("By Tom Pyman for MailOnline", "Tom Pyman"),
        ("By Monday", None),
        ("By the end of the week, the troops had left the town.", None),
        ("Jane Doe", None),
    ],
)
def test_attribution_parse_byline(line, byline):
    assert parse_byline(line) == byline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("RFE/RL journalists report the news in 27 languages in 23 countries. We provide uncensored news.", True),
        ("The Kyiv Independent is Ukraine's English-language media outlet. Support our independent journalism today.", True),
        ("“We will not give in,” the minister told Reuters in an interview in Vilnius on Tuesday evening.", False),
        ("The We Company's executive chair said in an email reviewed by Reuters that jobs would be cut this week.", False),
        ("We provide what many people cannot get locally: uncensored news and open debate for all.", False),
    ],
)
def test_attribution_is_publisher_blurb(tables, line, expected):
    assert is_publisher_blurb(line, tables.outlets) is expected


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["All RFE/RL sites", "RFE/RL", "Follow us"], "RFE/RL"),
        (["BBC News", "Share on Facebook", "Reuters"], None),
        (["BBC News", "More from the BBC", "Reuters"], "BBC"),
        (["Menu", "World"], None),
        (["Associated Press", "AP News"], "AP"),
        (["ABC News"], "ABC News"),
        (["RFE/RL/AFP"], None),
    ],
)
def test_attribution_find_page_outlet(tables, lines, outlet):
    assert find_page_outlet(lines, tables.outlets) == outlet
