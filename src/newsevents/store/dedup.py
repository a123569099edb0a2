"""One happening, many reports: the key that merges article-level events into global events.

Thirty outlets reporting "Russia accused Ukraine of shelling Kharkiv" give thirty `events`
rows (`RUS 112 UKR`, one per article and sentence) but one global event. Events merge when
they share

    source code, target code (or none), CAMEO code, and day (or exact date range)

as GDELT merges its mentions into one event row. An event with neither day nor range is never
merged across articles: nothing says two undated reports are the same happening.

The global event id is a hash of that key, so it is stable: the same reports give the same id
in every store, on every run, in any order. Every `events` row carries it in
`global_event_id`; the `event_groups` view (schema version 2) merges the rows and counts the
mentions, articles and outlets behind each.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from typing import Any

import duckdb
import pyarrow as pa

# 15 hex digits = 60 bits: the id reads back exactly as GDELT's integer GLOBALEVENTID, and two
# of ten million events share an id with a chance of about 1 in 20,000.
GLOBAL_ID_CHARS = 15
KEY_COLUMNS = ("id", "article_id", "source_code", "target_code", "cameo", "date", "date_start", "date_end")


def merge_key(row: Mapping[str, Any]) -> str:
    """Return the merge key of an `events` row: "RUS|UKR|112|2022-03-01"."""
    return "|".join((row["source_code"], row["target_code"] or "", row["cameo"], _when(row)))


def global_event_id(row: Mapping[str, Any]) -> str:
    """Return the global event id of an `events` row: the hash of its merge key."""
    return hashlib.sha1(merge_key(row).encode("utf-8")).hexdigest()[:GLOBAL_ID_CHARS]


def global_event_number(event_id: str) -> int:
    """Return a global event id as the integer GDELT's GLOBALEVENTID column holds."""
    return int(event_id, 16)


def backfill_global_event_ids(conn: duckdb.DuckDBPyConnection) -> None:
    """Give every stored event lacking one its global event id (migration to version 2)."""
    columns = ", ".join(KEY_COLUMNS)
    cursor = conn.execute(f"SELECT {columns} FROM events WHERE global_event_id IS NULL")
    rows = [dict(zip(KEY_COLUMNS, values)) for values in cursor.fetchall()]
    if not rows:
        return
    ids = pa.table({"id": [r["id"] for r in rows], "gid": [global_event_id(r) for r in rows]})
    conn.register("_global_ids", ids)
    try:
        conn.execute("UPDATE events SET global_event_id = g.gid FROM _global_ids g WHERE events.id = g.id")
    finally:
        conn.unregister("_global_ids")


def _when(row: Mapping[str, Any]) -> str:
    """Return the time part of the key: the day, the range "start/end", or the article."""
    day: dt.date | None = row["date"]
    if day is not None:
        return day.isoformat()
    if row["date_start"] is not None:
        return f"{row['date_start'].isoformat()}/{row['date_end'].isoformat()}"
    return "undated:" + row["article_id"]
