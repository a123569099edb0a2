"""Store statistics: events by day, by dyad and by CAMEO root, under the query filters."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.records import Actor
from newsevents.store import DayCount, DyadCount, EventFilters, RootCount

RUSMIL = Actor("RUSMIL", "RUS", "MIL", "Russian troops")
UKR = Actor("UKR", "UKR", None, "Ukraine")
NATO = Actor("NATO", None, "IGO", "NATO")
WEEK = (dt.date(2021, 12, 20), dt.date(2021, 12, 26))
CALL_DAY = dt.date(2021, 12, 30)


@pytest.fixture
def filled(store, make_coded, make_event):
    """Two reports of one call (USA -> RUS), a troop build-up over a week, a NATO statement."""
    articles = {
        "call1": make_event("call1"),
        "call2": make_event("call2"),
        "troops": make_event("troops", source=RUSMIL, target=UKR, cameo="154", root="15", date=None,
                             date_range=WEEK, date_precision="week"),
        "nato": make_event("nato", source=NATO, target=None, cameo="010", root="01", date=None,
                           date_precision="none"),
    }  # fmt: skip
    for article_id, event in articles.items():
        store.write_coded_article(make_coded(article_id, events=(event,)), "run-1")
    return store


def test_stats_count_by_day_dyad_and_root(filled):
    stats = filled.stats()
    assert stats.events == 4
    assert stats.by_day == (DayCount(WEEK[0], 1), DayCount(CALL_DAY, 2), DayCount(None, 1))
    assert stats.by_dyad == (DyadCount("USA", "RUS", 2), DyadCount("NATO", None, 1), DyadCount("RUS", "UKR", 1))
    assert stats.by_root == (RootCount("01", 1), RootCount("04", 2), RootCount("15", 1))


def test_stats_count_merged_events_with_dedup(filled):
    stats = filled.stats(EventFilters(dedup=True))
    assert stats.events == 3
    assert DyadCount("USA", "RUS", 1) in stats.by_dyad


def test_stats_follow_the_query_filters_but_not_the_limit(filled):
    stats = filled.stats(EventFilters(source="USA", limit=1))
    assert (stats.events, stats.by_root) == (2, (RootCount("04", 2),))
    assert filled.stats(EventFilters(root="19")).events == 0


def test_stats_turn_into_json(filled):
    as_json = filled.stats(EventFilters(root="15")).to_dict()
    assert as_json == {
        "events": 1,
        "by_day": [{"day": "2021-12-20", "events": 1}],
        "by_dyad": [{"source": "RUS", "target": "UKR", "events": 1}],
        "by_root": [{"root": "15", "events": 1}],
    }
