"""What a store holds at a glance: events by day, by dyad and by CAMEO root family.

The counts take the same `EventFilters` as queries, so `newsevents stats --source RUS --dedup`
counts exactly the events `newsevents query --source RUS --dedup` would list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import duckdb

from newsevents.records import Record
from newsevents.store.filters import FIRST_DAY, EventFilters, filtered_query

# A dyad is counted between countries where the actors have one ("USAGOV" and "USAMIL" are both
# USA), else between the actor codes themselves ("NATO", "WST").
SOURCE_SIDE = "coalesce(source_country, source_code)"
TARGET_SIDE = "coalesce(target_country, target_code)"


@dataclass(frozen=True, slots=True)
class DayCount(Record):
    day: dt.date | None  # None: events with neither a day nor a range
    events: int


@dataclass(frozen=True, slots=True)
class DyadCount(Record):
    source: str
    target: str | None  # None: events without a target ("Serbia put its army on alert")
    events: int


@dataclass(frozen=True, slots=True)
class RootCount(Record):
    root: str  # CAMEO root family: "04" CONSULT
    events: int


@dataclass(frozen=True, slots=True)
class EventStats(Record):
    """Counts of the events a filter keeps; each list is ordered as a report reads best."""

    events: int
    by_day: tuple[DayCount, ...]  # oldest first; an event over a range counts on its first day
    by_dyad: tuple[DyadCount, ...]  # most events first
    by_root: tuple[RootCount, ...]  # by root code


def count_events(conn: duckdb.DuckDBPyConnection, filters: EventFilters) -> EventStats:
    """Return the counts of the events (or merged events) `filters` keep; `limit` is ignored."""
    kept, params = filtered_query(replace(filters, limit=None))

    def grouped(columns: str, order: str) -> list[tuple]:
        sql = f"SELECT {columns}, count(*) AS n FROM ({kept}) GROUP BY ALL ORDER BY {order}"
        return conn.execute(sql, params).fetchall()

    days = grouped(f"{FIRST_DAY} AS day", "day NULLS LAST")
    dyads = grouped(f"{SOURCE_SIDE} AS source, {TARGET_SIDE} AS target", "n DESC, source, target NULLS LAST")
    roots = grouped("root", "root")
    return EventStats(
        events=sum(n for _, n in days),
        by_day=tuple(DayCount(day, n) for day, n in days),
        by_dyad=tuple(DyadCount(source, target, n) for source, target, n in dyads),
        by_root=tuple(RootCount(root, n) for root, n in roots),
    )
