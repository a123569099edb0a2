"""EventFilters: by actor (country or code prefix), root, status, dates and limit; oldest first."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.records import Actor
from newsevents.store import EventFilters, EventStore

RUSMIL = Actor("RUSMIL", "RUS", "MIL", "Russian troops")
UKR = Actor("UKR", "UKR", None, "Ukraine")
NATO = Actor("NATO", None, "IGO", "NATO")
RUS = Actor("RUS", "RUS", None, "Russia")
UKRGOV = Actor("UKRGOV", "UKR", "GOV", "Volodymyr Zelenskiy")
WEEK = (dt.date(2021, 12, 20), dt.date(2021, 12, 26))


@pytest.fixture
def filled(store, make_coded, make_event) -> EventStore:
    """A store with four events: a phone call, a massing of troops last week, a planned
    accusation and an undated statement."""
    events = {
        "call": make_event("call", status="occurred"),  # USAGOV -> RUSGOV 041, 2021-12-30
        "troops": make_event(
            "troops", source=RUSMIL, target=UKR, cameo="154", root="15", date=None, date_range=WEEK,
            date_precision="week", status="occurred",
        ),
        "accuse": make_event(
            "accuse", source=NATO, target=RUS, cameo="112", root="11", date=dt.date(2022, 1, 5), status="planned"
        ),
        "statement": make_event(
            "statement", source=UKRGOV, target=None, cameo="010", root="01", date=None, status="occurred"
        ),
    }  # fmt: skip
    for article_id, event in events.items():
        store.write_coded_article(make_coded(article_id, events=(event,)), "run-1")
    return store


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EventFilters(), ["troops", "call", "accuse", "statement"]),
        (EventFilters(source="USA"), ["call"]),
        (EventFilters(source="usa"), ["call"]),
        (EventFilters(source="USAGOV"), ["call"]),
        (EventFilters(source="RUS"), ["troops"]),
        (EventFilters(source="NATO"), ["accuse"]),
        (EventFilters(source="UKR"), ["statement"]),
        (EventFilters(target="RUS"), ["call", "accuse"]),
        (EventFilters(target="UKR"), ["troops"]),
        (EventFilters(root="15"), ["troops"]),
        (EventFilters(status="planned"), ["accuse"]),
        (EventFilters(since=dt.date(2021, 12, 25)), ["troops", "call", "accuse"]),
        (EventFilters(since=dt.date(2021, 12, 27)), ["call", "accuse"]),
        (EventFilters(until=dt.date(2021, 12, 21)), ["troops"]),
        (EventFilters(since=dt.date(2021, 12, 27), until=dt.date(2021, 12, 31)), ["call"]),
        (EventFilters(since="2022-01-01"), ["accuse"]),
        (EventFilters(source="USA", target="RUS", root="04", status="occurred"), ["call"]),
        (EventFilters(source="USA", root="15"), []),
        (EventFilters(limit=2), ["troops", "call"]),
        (EventFilters(target="RUS", limit=1), ["call"]),
    ],
)
def test_filters_select_events(filled, filters, expected):
    assert [e["article_id"] for e in filled.query_events(filters)] == expected


def test_filters_are_frozen():
    with pytest.raises(AttributeError):
        EventFilters().root = "04"  # type: ignore[misc]
