"""Exports in general-purpose formats: JSON lines of the event contract, and Parquet.

JSONL is what `newsevents code --format jsonl` and `newsevents query` print, so a file written
here and a live run read the same. Parquet is for analysts' tools (DuckDB, pandas, Spark,
pyarrow): the flat table columns, one Hive partition per event month (`event_month=2022-03/`,
and `event_month=undated/` for events without a date), so a query over one month reads one
folder.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsevents.store import EventFilters, EventStore
from newsevents.store.filters import FIRST_DAY, event_query
from newsevents.store.rows import event_contract, group_contract

PARTITION = "event_month"
UNDATED = "undated"


def write_jsonl(store: EventStore, out: Path, filters: EventFilters) -> int:
    """Write the events `filters` keep as JSON lines of the event contract (or the global event
    contract with `dedup`); return how many."""
    contract = group_contract if filters.dedup else event_contract
    written = 0
    with out.open("w", encoding="utf-8") as sink:
        for row in store.iter_rows(filters):
            sink.write(json.dumps(contract(row), ensure_ascii=False) + "\n")
            written += 1
    return written


def write_parquet(store: EventStore, out: Path, filters: EventFilters) -> int:
    """Write the events `filters` keep under the folder `out`, partitioned by event month;
    return how many. The folder must be new or empty: old files would mix with the new."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise FileExistsError(f"{out}: the Parquet export needs a new or empty folder")
    events, params = event_query(filters)
    month = f"coalesce(strftime({FIRST_DAY}, '%Y-%m'), '{UNDATED}') AS {PARTITION}"
    relation = store.connection.sql(f"SELECT *, {month} FROM ({events})", params=params)
    relation.write_parquet(str(out), partition_by=[PARTITION])
    return store.connection.execute(f"SELECT count(*) FROM ({events})", params).fetchall()[0][0]
