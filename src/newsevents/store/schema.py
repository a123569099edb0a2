"""The store's tables, and the migrations that create and later change them.

A store file outlives the code that wrote it, so the schema carries a version. Each entry of
`MIGRATIONS` takes a store from the version before it to its own; `migrate` applies the ones a
store lacks, each in its own transaction. A later version adds an entry; it never edits one.
A step is SQL, or a function of the connection where SQL alone cannot say it (a hash).

    1  articles, mentions, events, quotes, errors, runs
    2  events.global_event_id and the `event_groups` view that merges events across articles

`start`, `end` and `at` are SQL keywords, hence the quotes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import duckdb

from newsevents.errors import DataFileError
from newsevents.store.dedup import backfill_global_event_ids

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

# The first report of a merged event (earliest publication day, then event id) describes it;
# its status is the latest report's, since later reports know more ("will meet" -> "met").
# An outlet left unnamed counts as a source of its own: it cannot be shown to be another.
# The view groups by every column the merge key fixes (the countries follow from the codes:
# USAGOV is USA's), which splits no group but lets DuckDB apply a query's filters on actors,
# codes and dates before merging rather than after: ten times faster on 100,000 events.
V2 = (
    "ALTER TABLE events ADD COLUMN global_event_id VARCHAR",
    backfill_global_event_ids,
    """
    CREATE VIEW event_groups AS
    WITH reports AS (
        SELECT e.*, a.outlet, a.url, a.ingested_at,
               coalesce(a.published, CAST(a.ingested_at AS DATE)) AS seen,
               (coalesce(a.published, CAST(a.ingested_at AS DATE)), e.id) AS report_order
        FROM events e JOIN articles a USING (article_id)
    )
    SELECT
        global_event_id,
        source_code,
        source_country,
        arg_min_null(source_role, report_order) AS source_role,
        arg_min_null(source_name, report_order) AS source_name,
        target_code,
        target_country,
        arg_min_null(target_role, report_order) AS target_role,
        arg_min_null(target_name, report_order) AS target_name,
        cameo,
        root,
        arg_min_null(plover, report_order) AS plover,
        arg_min_null(goldstein, report_order) AS goldstein,
        arg_min_null(quad_class, report_order) AS quad_class,
        date,
        date_start,
        date_end,
        arg_min_null(date_precision, report_order) AS date_precision,
        arg_max_null(status, report_order) AS status,
        arg_min_null(location, report_order) AS location,
        max(confidence) AS confidence,
        count(*) AS num_mentions,
        count(DISTINCT article_id) AS num_articles,
        count(DISTINCT coalesce(outlet, 'article:' || article_id)) AS num_sources,
        min(seen) AS first_seen,
        max(seen) AS last_seen,
        min(ingested_at) AS date_added,  -- UTC
        arg_min_null(url, report_order) AS source_url,
        min(sentence) AS first_sentence,
        list(id ORDER BY id) AS event_ids
    FROM reports
    GROUP BY global_event_id, source_code, source_country, target_code, target_country, cameo, root,
             date, date_start, date_end
    """,
)

# v3: how the outlet writes dates in figures, kept with the article it explains.
V3: Sequence[str] = ("ALTER TABLE articles ADD COLUMN date_order VARCHAR NOT NULL DEFAULT 'MDY'",)

# (version, steps), oldest first.
Step = str | Callable[[duckdb.DuckDBPyConnection], None]
Migration = tuple[int, Sequence[Step]]
MIGRATIONS: tuple[Migration, ...] = ((1, V1), (2, V2), (3, V3))
SCHEMA_VERSION = MIGRATIONS[-1][0]


def utc_now() -> dt.datetime:
    """Return the current UTC time without a zone: TIMESTAMP columns hold UTC by convention."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def schema_version(conn: duckdb.DuckDBPyConnection) -> int:
    """Return the version of the store behind `conn`, 0 for a new one."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
    )
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]


def migrate(conn: duckdb.DuckDBPyConnection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the store up to the last of `migrations` and return its version.

    A store written by a newer newsevents is refused (DataFileError) rather than misread.
    """
    current = schema_version(conn)
    latest = migrations[-1][0]
    if current > latest:
        where = _database_path(conn)
        raise DataFileError([f"{where}: schema version {current} is newer than this newsevents knows ({latest})"])
    for version, steps in migrations:
        if version > current:
            _apply(conn, version, steps)
    return max(current, latest)


def _database_path(conn: duckdb.DuckDBPyConnection) -> str:
    """Return the file behind `conn` for error messages (":memory:" when there is none)."""
    query = "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
    return conn.execute(query).fetchall()[0][0] or ":memory:"


def _apply(conn: duckdb.DuckDBPyConnection, version: int, steps: Sequence[Step]) -> None:
    """Run one migration and record it, all or nothing."""
    conn.begin()
    try:
        for step in steps:
            if isinstance(step, str):
                conn.execute(step)
            else:
                step(conn)
        conn.execute("INSERT INTO schema_version VALUES (?, ?)", [version, utc_now()])
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
