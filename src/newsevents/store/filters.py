"""Which events a query wants, and the SQL that finds them.

`newsevents query`, the Python API and `/api/events` all take an `EventFilters`, so one piece
of SQL answers them all. With `dedup` the same filters select from `event_groups`, the events
merged across articles, whose columns carry the same names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class EventFilters:
    """What to keep; every filter left None keeps everything.

    `source` and `target` match a country ("RUS") or the start of an actor code ("USAGOV",
    "RUSMIL" both match "USA" and "RUS"; "NATO"). `root` is a two-digit CAMEO root ("04").
    `since` and `until` keep events whose day or date range overlaps them (ISO strings work
    too); an event without any date is dropped when either is given. `dedup` returns global
    events merged across articles instead of one event per article (see `store/dedup.py`); a
    merged event's status is that of its latest report.
    """

    source: str | None = None
    target: str | None = None
    root: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    status: str | None = None
    limit: int | None = None
    dedup: bool = False


# An event's days: its date, else its range.
FIRST_DAY = "coalesce(date, date_start)"
LAST_DAY = "coalesce(date, date_end)"


def where_clause(filters: EventFilters) -> tuple[str, list[Any]]:
    """Return the WHERE clause (or "") and its parameters for `filters`."""
    conditions: list[str] = []
    params: list[Any] = []
    for prefix, value in (("source", filters.source), ("target", filters.target)):
        if value:
            conditions.append(f"({prefix}_country = ? OR starts_with({prefix}_code, ?))")
            params += [value.upper(), value.upper()]
    simple = (
        ("root = ?", filters.root),
        ("status = ?", filters.status),
        (f"{LAST_DAY} >= CAST(? AS DATE)", filters.since),
        (f"{FIRST_DAY} <= CAST(? AS DATE)", filters.until),
    )
    for condition, value in simple:
        if value is not None:
            conditions.append(condition)
            params.append(value)
    return ("WHERE " + " AND ".join(conditions) if conditions else ""), params


def filtered_query(filters: EventFilters) -> tuple[str, list[Any]]:
    """Return the unordered SELECT of every event (or merged event) `filters` keep, for
    queries that group or join them, and its parameters."""
    where, params = where_clause(filters)
    table = "event_groups" if filters.dedup else "events"
    return f"SELECT * FROM {table} {where}", params


def event_order(filters: EventFilters) -> str:
    """Return the ORDER BY expressions of query results: oldest first, then by id."""
    return f"{FIRST_DAY} NULLS LAST, {'global_event_id' if filters.dedup else 'id'}"


def event_query(filters: EventFilters) -> tuple[str, list[Any]]:
    """Return the SELECT for `filters`, oldest event first, and its parameters."""
    sql, params = filtered_query(filters)
    sql += f" ORDER BY {event_order(filters)}"
    if filters.limit is not None:
        sql += " LIMIT ?"
        params.append(filters.limit)
    return sql, params
