"""The event store: one DuckDB file holding articles, mentions, events, quotes, errors and runs.

Writes are idempotent on article id: an article already stored is skipped, so a batch run
twice, or resumed after a crash, stores each article once. Each article goes in with its
mentions, events and quotes in one transaction, so a failure never leaves half an article.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from newsevents.records import CodedArticle
from newsevents.settings import DEFAULT_DB
from newsevents.store.filters import EventFilters, event_query
from newsevents.store.rows import Row, article_row, event_contract, event_row, mention_row, quote_row
from newsevents.store.schema import migrate, utc_now

COUNTED_TABLES = ("articles", "events", "mentions", "quotes", "errors")


class EventStore:
    """A DuckDB store (a file, or ":memory:"), created or migrated on open; a context manager.

        with EventStore("newsevents.duckdb") as store:
            run_id = store.start_run("newsevents ingest examples/")
            store.write_coded_article(coded, run_id)
            store.finish_run(run_id, coded=1, unchanged=0, failed=0)
    """

    def __init__(self, path: str | Path = DEFAULT_DB):
        self.path = str(path)
        self._conn = duckdb.connect(self.path)
        try:
            self.schema_version = migrate(self._conn)
        except BaseException:
            self._conn.close()
            raise

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """Return the DuckDB connection, for ad-hoc SQL and exports over the same tables."""
        return self._conn

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def has_article(self, article_id: str) -> bool:
        """Return whether the article is stored already (then ingest reports it as unchanged)."""
        found = self._conn.execute("SELECT 1 FROM articles WHERE article_id = ? LIMIT 1", [article_id])
        return found.fetchone() is not None

    def write_coded_article(self, coded: CodedArticle, run_id: str | None) -> bool:
        """Store an article with its mentions, events and quotes; False if it was stored already.

        All rows go in one transaction: on any error nothing of the article stays and the
        error propagates. `coded.extra` is not stored.
        """
        self._conn.begin()
        try:
            if self.has_article(coded.article.article_id):
                self._conn.rollback()
                return False
            self._insert("articles", [article_row(coded.article, run_id, utc_now())])
            self._insert("mentions", [mention_row(m) for m in coded.mentions])
            self._insert("events", [event_row(e) for e in coded.events])
            self._insert("quotes", [quote_row(q) for q in coded.quotes])
        except BaseException:
            self._conn.rollback()
            raise
        self._conn.commit()
        return True

    def record_error(
        self,
        run_id: str | None,
        doc_id: str | None,
        source_path: str | None,
        stage: str,
        code: str,
        message: str,
        traceback: str | None = None,
    ) -> None:
        """Store one rejected document: which stage refused it, its stable error code and why."""
        row = {
            "run_id": run_id,
            "doc_id": doc_id,
            "source_path": source_path,
            "stage": stage,
            "code": code,
            "message": message,
            "traceback": traceback,
            "at": utc_now(),
        }
        self._insert("errors", [row])

    def start_run(self, command: str) -> str:
        """Record the start of a batch run and return its new run id."""
        run_id = uuid.uuid4().hex
        self._insert("runs", [{"run_id": run_id, "started_at": utc_now(), "command": command}])
        return run_id

    def finish_run(self, run_id: str, coded: int, unchanged: int, failed: int) -> None:
        """Record the end of a run and its summary counts; KeyError if the run is unknown."""
        updated = self._conn.execute(
            "UPDATE runs SET finished_at = ?, coded = ?, unchanged = ?, failed = ? WHERE run_id = ?",
            [utc_now(), coded, unchanged, failed, run_id],
        ).fetchone()[0]
        if not updated:
            raise KeyError(f"unknown run id {run_id!r}")

    def query_events(self, filters: EventFilters = EventFilters()) -> list[dict[str, Any]]:
        """Return the events that pass `filters` as JSON objects of the event contract."""
        sql, params = event_query(filters)
        cursor = self._conn.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [event_contract(dict(zip(names, values))) for values in cursor.fetchall()]

    def counts(self) -> dict[str, int]:
        """Return the number of rows in each table a run summary or `stats` reports."""
        return {t: self._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED_TABLES}

    def _insert(self, table: str, rows: Sequence[Row]) -> None:
        """Insert rows that share one set of columns (the keys of the first row)."""
        if not rows:
            return
        columns = list(rows[0])
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"
        self._conn.executemany(sql, [[row[c] for c in columns] for row in rows])
