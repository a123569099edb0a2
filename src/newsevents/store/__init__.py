"""The DuckDB event store: schema and migrations, idempotent writes, event queries.

    schema.py       tables, schema version, migrations
    rows.py         records -> table rows -> event contract JSON
    filters.py      EventFilters and the SQL they become
    event_store.py  EventStore: open, write, record errors and runs, query, count
"""

from newsevents.store.event_store import EventStore
from newsevents.store.filters import EventFilters
from newsevents.store.schema import SCHEMA_VERSION, migrate

__all__ = ["SCHEMA_VERSION", "EventFilters", "EventStore", "migrate"]
