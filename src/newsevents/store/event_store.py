"""The event store: one DuckDB file holding articles, mentions, events, quotes, errors and runs.

Writes are idempotent on article id: an article already stored is skipped, so a batch run
twice, or resumed after a crash, stores each article once. Articles go in with their
mentions, events and quotes in one transaction (one article, or a whole batch of them), so a
failure or a crash never leaves half an article: DuckDB replays committed transactions from
its write-ahead log when the file is next opened and drops the rest.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import duckdb
import pyarrow as pa

from newsevents.records import CodedArticle
from newsevents.settings import DEFAULT_DB
from newsevents.store.abort import AbortPoint
from newsevents.store.filters import EventFilters, event_query
from newsevents.store.rows import (
    Row,
    article_row,
    event_contract,
    event_row,
    group_contract,
    mention_row,
    quote_row,
)
from newsevents.store.schema import migrate, utc_now
from newsevents.store.stats import EventStats, count_events

COUNTED_TABLES = ("articles", "events", "mentions", "quotes", "errors")
# Rows fetched at a time when streaming a query: bounds memory on exports of millions of events.
FETCH_ROWS = 10_000
FrameKind = Literal["arrow", "pandas"]


class EventStore:
    """A DuckDB store (a file, or ":memory:"), created or migrated on open; a context manager.

        with EventStore("newsevents.duckdb") as store:
            run_id = store.start_run("newsevents ingest examples/")
            store.write_coded_article(coded, run_id)
            store.finish_run(run_id, coded=1, unchanged=0, failed=0)

    `abort` is a crash on purpose for kill-and-resume tests; by default it comes from the
    environment (`store/abort.py`).
    """

    def __init__(self, path: str | Path = DEFAULT_DB, abort: AbortPoint | None = None):
        self.path = str(path)
        self._abort = abort or AbortPoint.from_environment()
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
        return bool(found.fetchall())

    def write_coded_article(self, coded: CodedArticle, run_id: str | None) -> bool:
        """Store an article with its mentions, events and quotes; False if it was stored already.

        All rows go in one transaction: on any error nothing of the article stays and the
        error propagates. `coded.extra` is not stored.
        """
        return self.write_coded_articles([coded], run_id) == 1

    def write_coded_articles(self, batch: Iterable[CodedArticle], run_id: str | None) -> int:
        """Store a batch of articles in one transaction; return how many were new.

        Articles already stored, and repeats within the batch, are skipped. On any error
        nothing of the batch stays and the error propagates. One transaction per batch is
        what makes bulk loads fast: DuckDB pays per statement, not per row.
        """
        self._conn.begin()
        try:
            fresh = self._unstored(list(batch))
            now = utc_now()
            self._insert("articles", [article_row(c.article, run_id, now) for c in fresh])
            self._insert("mentions", [mention_row(m) for c in fresh for m in c.mentions])
            self._insert("events", [event_row(e) for c in fresh for e in c.events])
            self._insert("quotes", [quote_row(q) for c in fresh for q in c.quotes])
            self._abort.before_commit(len(fresh))
        except BaseException:
            self._conn.rollback()
            raise
        self._conn.commit()
        self._abort.committed(len(fresh))
        return len(fresh)

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
        ).fetchall()[0][0]
        if not updated:
            raise KeyError(f"unknown run id {run_id!r}")

    def query_events(self, filters: EventFilters = EventFilters()) -> list[dict[str, Any]]:
        """Return the events that pass `filters` as JSON objects of the event contract, or of
        the global event contract when `filters.dedup` asks for merged events."""
        contract = group_contract if filters.dedup else event_contract
        return [contract(row) for row in self.iter_rows(filters)]

    def iter_rows(self, filters: EventFilters = EventFilters()) -> Iterator[Row]:
        """Return the flat table rows (`events` or `event_groups`) that pass `filters`, in order,
        fetched a chunk at a time so that an export never holds the whole store in memory."""
        sql, params = event_query(filters)
        return self.iter_sql(sql, params)

    def iter_sql(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        """Return the rows of any SELECT over the store as dicts, fetched a chunk at a time;
        exports that join events with their articles build on it."""
        cursor = self._conn.cursor().execute(sql, list(params))
        names = [column[0] for column in cursor.description]
        while chunk := cursor.fetchmany(FETCH_ROWS):
            yield from (dict(zip(names, values)) for values in chunk)

    def query_frame(self, filters: EventFilters = EventFilters(), kind: FrameKind = "arrow") -> Any:
        """Return the flat rows that pass `filters` as a pyarrow Table, or a pandas DataFrame."""
        if kind not in ("arrow", "pandas"):
            raise ValueError(f"kind={kind!r}: expected 'arrow' or 'pandas'")
        sql, params = event_query(filters)
        table = self._conn.sql(sql, params=params).to_arrow_table()
        return table if kind == "arrow" else table.to_pandas()

    def stats(self, filters: EventFilters = EventFilters()) -> EventStats:
        """Return counts by day, by dyad and by CAMEO root of the events `filters` keep."""
        return count_events(self._conn, filters)

    def counts(self) -> dict[str, int]:
        """Return the number of rows in each table a run summary or `stats` reports."""
        return {t: self._conn.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in COUNTED_TABLES}

    def _unstored(self, batch: list[CodedArticle]) -> list[CodedArticle]:
        """Return the articles of `batch` not stored yet, each once, in batch order."""
        ids = list(dict.fromkeys(c.article.article_id for c in batch))
        found = self._conn.execute("SELECT article_id FROM articles WHERE list_contains(?, article_id)", [ids])
        seen = {row[0] for row in found.fetchall()}
        fresh = []
        for coded in batch:
            if coded.article.article_id not in seen:
                seen.add(coded.article.article_id)
                fresh.append(coded)
        return fresh

    def _insert(self, table: str, rows: Sequence[Row]) -> None:
        """Insert rows that share one set of columns (the keys of the first row) in one
        statement, through Arrow: one INSERT per row would cost DuckDB a statement each."""
        if not rows:
            return
        names = ", ".join(f'"{c}"' for c in rows[0])
        self._conn.register("_new_rows", pa.Table.from_pylist(list(rows)))
        try:
            self._conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _new_rows")
        finally:
            self._conn.unregister("_new_rows")
