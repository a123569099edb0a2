"""The store's tables, and the migrations that create and later change them.

A store file outlives the code that wrote it, so the schema carries a version. Each entry of
`MIGRATIONS` takes a store from the version before it to its own; `migrate` applies the ones a
store lacks, each in its own transaction. A later version adds an entry; it never edits one.

`start`, `end` and `at` are SQL keywords, hence the quotes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import duckdb

from newsevents.errors import DataFileError

V1 = (
    """
    CREATE TABLE articles (
        article_id VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        source_path VARCHAR NOT NULL,
        url VARCHAR,
        outlet VARCHAR,
        title VARCHAR,
        published DATE,
        language VARCHAR,
        byline VARCHAR,
        body VARCHAR NOT NULL,
        credits VARCHAR[] NOT NULL,
        ingested_at TIMESTAMP NOT NULL,  -- UTC
        run_id VARCHAR
    )
    """,
    """
    CREATE TABLE mentions (
        article_id VARCHAR NOT NULL,
        "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        actor_code VARCHAR,
        country VARCHAR,
        role VARCHAR,
        name VARCHAR,
        how VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE events (
        id VARCHAR PRIMARY KEY,
        article_id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        sentence INTEGER NOT NULL,
        evidence_text VARCHAR NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        source_code VARCHAR NOT NULL,
        source_country VARCHAR,
        source_role VARCHAR,
        source_name VARCHAR,
        target_code VARCHAR,
        target_country VARCHAR,
        target_role VARCHAR,
        target_name VARCHAR,
        cameo VARCHAR NOT NULL,
        root VARCHAR NOT NULL,
        plover VARCHAR,
        goldstein DOUBLE,
        quad_class INTEGER,
        date DATE,
        date_start DATE,
        date_end DATE,
        date_precision VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        attributed_to_code VARCHAR,
        attributed_to_country VARCHAR,
        attributed_to_role VARCHAR,
        attributed_to_name VARCHAR,
        location VARCHAR,
        rule VARCHAR NOT NULL,
        confidence DOUBLE NOT NULL
    )
    """,
    """
    CREATE TABLE quotes (
        article_id VARCHAR NOT NULL,
        "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        verb VARCHAR NOT NULL,
        speaker VARCHAR,
        speaker_code VARCHAR,
        speaker_country VARCHAR,
        speaker_role VARCHAR,
        direct BOOLEAN NOT NULL
    )
    """,
    """
    CREATE TABLE errors (
        run_id VARCHAR,
        doc_id VARCHAR,
        source_path VARCHAR,
        stage VARCHAR NOT NULL,
        code VARCHAR NOT NULL,
        message VARCHAR NOT NULL,
        traceback VARCHAR,
        "at" TIMESTAMP NOT NULL  -- UTC
    )
    """,
    """
    CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY,
        started_at TIMESTAMP NOT NULL,  -- UTC
        finished_at TIMESTAMP,
        coded INTEGER,
        unchanged INTEGER,
        failed INTEGER,
        command VARCHAR NOT NULL
    )
    """,
)

# (version, statements), oldest first.
Migration = tuple[int, Sequence[str]]
MIGRATIONS: tuple[Migration, ...] = ((1, V1),)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def utc_now() -> dt.datetime:
    """Return the current UTC time without a zone: TIMESTAMP columns hold UTC by convention."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def schema_version(conn: duckdb.DuckDBPyConnection) -> int:
    """Return the version of the store behind `conn`, 0 for a new one."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
    )
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(conn: duckdb.DuckDBPyConnection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the store up to the last of `migrations` and return its version.

    A store written by a newer newsevents is refused (DataFileError) rather than misread.
    """
    current = schema_version(conn)
    latest = migrations[-1][0]
    if current > latest:
        where = _database_path(conn)
        raise DataFileError([f"{where}: schema version {current} is newer than this newsevents knows ({latest})"])
    for version, statements in migrations:
        if version > current:
            _apply(conn, version, statements)
    return max(current, latest)


def _database_path(conn: duckdb.DuckDBPyConnection) -> str:
    """Return the file behind `conn` for error messages (":memory:" when there is none)."""
    query = "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
    return conn.execute(query).fetchone()[0] or ":memory:"


def _apply(conn: duckdb.DuckDBPyConnection, version: int, statements: Sequence[str]) -> None:
    """Run one migration and record it, all or nothing."""
    conn.begin()
    try:
        for statement in statements:
            conn.execute(statement)
        conn.execute("INSERT INTO schema_version VALUES (?, ?)", [version, utc_now()])
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
