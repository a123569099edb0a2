"""The store schema: the tables of issue 7, a version, and migrations applied once, in order."""

from __future__ import annotations

import duckdb
import pytest

from newsevents.errors import DataFileError
from newsevents.store import SCHEMA_VERSION, EventStore, migrate
from newsevents.store.schema import MIGRATIONS

ACTOR = ("code", "country", "role", "name")
TABLE_COLUMNS = {
    "articles": [
        "article_id", "doc_id", "source_path", "url", "outlet", "title", "published", "language", "byline",
        "body", "credits", "ingested_at", "run_id", "date_order",
    ],
    "mentions": ["article_id", "start", "end", "text", "kind", "actor_code", "country", "role", "name", "how"],
    "events": [
        "id", "article_id", "doc_id", "sentence", "evidence_text", "evidence_start", "evidence_end",
        *(f"source_{p}" for p in ACTOR), *(f"target_{p}" for p in ACTOR),
        "cameo", "root", "plover", "goldstein", "quad_class", "date", "date_start", "date_end", "date_precision",
        "status", *(f"attributed_to_{p}" for p in ACTOR), "location", "rule", "confidence", "global_event_id",
    ],
    "quotes": [
        "article_id", "start", "end", "text", "verb", "speaker", "speaker_code", "speaker_country",
        "speaker_role", "direct",
    ],
    "errors": ["run_id", "doc_id", "source_path", "stage", "code", "message", "traceback", "at"],
    "runs": ["run_id", "started_at", "finished_at", "coded", "unchanged", "failed", "command"],
}  # fmt: skip
NEXT = SCHEMA_VERSION + 1
ADD_TONE = (NEXT, ["ALTER TABLE events ADD COLUMN tone DOUBLE"])


def columns(conn: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [row[0] for row in conn.execute(f"DESCRIBE {table}").fetchall()]


def versions(conn: duckdb.DuckDBPyConnection) -> list[int]:
    return [row[0] for row in conn.execute("SELECT version FROM schema_version ORDER BY version").fetchall()]


@pytest.mark.parametrize("table", sorted(TABLE_COLUMNS))
def test_schema_tables_have_the_issue_columns(table):
    with EventStore(":memory:") as store:
        assert columns(store.connection, table) == TABLE_COLUMNS[table]


def test_schema_new_store_has_every_version():
    with EventStore(":memory:") as store:
        assert store.schema_version == SCHEMA_VERSION == 3
        assert versions(store.connection) == [1, 2, 3]


def test_schema_migrate_applies_each_version_once():
    conn = duckdb.connect(":memory:")
    assert migrate(conn) == SCHEMA_VERSION
    assert migrate(conn) == SCHEMA_VERSION
    assert versions(conn) == [1, 2, 3]


def test_schema_later_migration_is_applied_to_an_old_store(tmp_path):
    path = tmp_path / "old.duckdb"
    EventStore(path).close()
    conn = duckdb.connect(str(path))

    assert migrate(conn, (*MIGRATIONS, ADD_TONE)) == NEXT
    assert versions(conn) == [1, 2, 3, NEXT]
    assert "tone" in columns(conn, "events")


def test_schema_failed_migration_changes_nothing():
    conn = duckdb.connect(":memory:")
    migrate(conn)
    broken = (NEXT, [*ADD_TONE[1], "THIS IS NOT SQL"])

    with pytest.raises(duckdb.Error):
        migrate(conn, (*MIGRATIONS, broken))
    assert versions(conn) == [1, 2, 3]
    assert "tone" not in columns(conn, "events")


def test_schema_store_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "newer.duckdb"
    conn = duckdb.connect(str(path))
    migrate(conn, (*MIGRATIONS, ADD_TONE))
    conn.close()

    with pytest.raises(DataFileError, match=f"{path}: schema version {NEXT} is newer"):
        EventStore(path)
