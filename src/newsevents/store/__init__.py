"""The DuckDB event store: schema and migrations, idempotent writes, event queries.

    schema.py       tables, schema version, migrations, the `event_groups` view
    dedup.py        the merge key and global event id of events reported by many articles
    rows.py         records -> table rows -> event contract JSON (and the global event contract)
    filters.py      EventFilters and the SQL they become
    stats.py        counts by day, dyad and CAMEO root
    abort.py        NEWSEVENTS_ABORT_AFTER, a crash on purpose for kill-and-resume tests
    event_store.py  EventStore: open, write, record errors and runs, query, frames, stats
"""

from newsevents.store.abort import ABORT_ENV, ABORT_EXIT_STATUS, AbortPoint
from newsevents.store.event_store import EventStore
from newsevents.store.filters import EventFilters
from newsevents.store.schema import SCHEMA_VERSION, migrate
from newsevents.store.stats import DayCount, DyadCount, EventStats, RootCount

__all__ = [
    "ABORT_ENV", "ABORT_EXIT_STATUS", "SCHEMA_VERSION", "AbortPoint", "DayCount", "DyadCount", "EventFilters",
    "EventStats", "EventStore", "RootCount", "migrate",
]  # fmt: skip
