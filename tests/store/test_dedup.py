"""Global events: reports merged across articles, counted as GDELT counts them, with stable ids."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from newsevents.records import Actor
from newsevents.store import EventFilters, EventStore, migrate
from newsevents.store.dedup import global_event_id, global_event_number, merge_key
from newsevents.store.rows import event_row
from newsevents.store.schema import MIGRATIONS

from .conftest import build_coded, build_event

DAY = dt.date(2021, 12, 30)
WEEK = (dt.date(2021, 12, 20), dt.date(2021, 12, 26))
NATO = Actor("NATO", None, "IGO", "NATO")


def write_reports(store: EventStore, reports: dict[str, dict]) -> None:
    """Store one article per report: {article_id: {"outlet", "published", "event": changes}}."""
    for article_id, report in reports.items():
        event = build_event(article_id, **report.get("event", {}))
        coded = build_coded(
            article_id, events=(event,), outlet=report.get("outlet", "Example News"),
            published=report.get("published", dt.date(2021, 12, 29)), url=f"https://example.org/{article_id}",
        )  # fmt: skip
        store.write_coded_article(coded, "run-1")


def test_dedup_merges_reports_of_one_event_and_counts_them(store):
    write_reports(store, {
        "a1": {"outlet": "Reuters", "published": dt.date(2021, 12, 29), "event": {"status": "planned"}},
        "a2": {"outlet": "AP", "published": dt.date(2021, 12, 31), "event": {"status": "occurred"}},
        "a3": {"outlet": "Reuters", "published": dt.date(2021, 12, 30), "event": {"status": "planned"}},
    })  # fmt: skip

    (merged,) = store.query_events(EventFilters(dedup=True))
    assert (merged["num_mentions"], merged["num_articles"], merged["num_sources"]) == (3, 3, 2)
    assert (merged["first_seen"], merged["last_seen"]) == ("2021-12-29", "2021-12-31")
    assert merged["event_ids"] == ["a1:e0", "a2:e0", "a3:e0"]
    assert merged["status"] == "occurred"  # the latest report knows best
    assert merged["source_url"] == "https://example.org/a1"  # the first report
    assert (merged["source"]["code"], merged["target"]["code"], merged["cameo"], merged["date"]) == (
        "USAGOV", "RUSGOV", "041", DAY.isoformat(),
    )  # fmt: skip


def test_dedup_counts_several_mentions_in_one_article_once_as_an_article(store):
    events = (build_event("a1", 0), build_event("a1", 1, sentence=4))
    store.write_coded_article(build_coded("a1", events=events), None)

    (merged,) = store.query_events(EventFilters(dedup=True))
    assert (merged["num_mentions"], merged["num_articles"], merged["num_sources"]) == (2, 1, 1)


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        ({}, True),
        ({"date": dt.date(2021, 12, 31)}, False),
        ({"cameo": "042", "root": "04"}, False),
        ({"target": NATO}, False),
        ({"target": None}, False),
        ({"source": NATO}, False),
        ({"date": None, "date_range": WEEK, "date_precision": "week"}, False),
        ({"status": "denied", "plover": None, "rule": "other"}, True),
    ],
)
def test_dedup_merges_on_dyad_code_and_day(store, second, merged):
    write_reports(store, {"a1": {}, "a2": {"event": second}})
    events = store.query_events(EventFilters(dedup=True))
    assert len(events) == (1 if merged else 2)
    assert len({e["global_event_id"] for e in events}) == len(events)


def test_dedup_merges_equal_date_ranges(store):
    week = {"date": None, "date_range": WEEK, "date_precision": "week"}
    write_reports(store, {"a1": {"event": week}, "a2": {"event": week}})

    (merged,) = store.query_events(EventFilters(dedup=True))
    assert merged["date_range"] == [d.isoformat() for d in WEEK] and merged["num_articles"] == 2


def test_dedup_never_merges_undated_reports_of_different_articles(store):
    undated = {"date": None, "date_precision": "none"}
    write_reports(store, {"a1": {"event": undated}, "a2": {"event": undated}})
    assert len(store.query_events(EventFilters(dedup=True))) == 2


def test_dedup_unnamed_outlets_count_as_distinct_sources(store):
    write_reports(store, {"a1": {"outlet": None}, "a2": {"outlet": None}, "a3": {"outlet": "AP"}})
    (merged,) = store.query_events(EventFilters(dedup=True))
    assert merged["num_sources"] == 3


def test_dedup_article_events_link_to_their_global_event(store):
    write_reports(store, {"a1": {}, "a2": {}})
    (merged,) = store.query_events(EventFilters(dedup=True))
    linked = store.connection.execute("SELECT DISTINCT global_event_id FROM events").fetchall()
    assert linked == [(merged["global_event_id"],)]


def test_dedup_global_id_is_the_hash_of_the_merge_key_whatever_the_order(tmp_path):
    ids = []
    for order in (("a1", "a2"), ("a2", "a1")):
        with EventStore(tmp_path / f"{'-'.join(order)}.duckdb") as store:
            write_reports(store, {article_id: {} for article_id in order})
            ids.append(store.query_events(EventFilters(dedup=True))[0]["global_event_id"])
    row = event_row(build_event("a9"))
    assert merge_key(row) == "USAGOV|RUSGOV|041|2021-12-30"
    assert ids[0] == ids[1] == global_event_id(row)
    assert global_event_number(ids[0]) == int(ids[0], 16) < 2**63  # fits GDELT's integer column


def test_dedup_filters_select_merged_events(store):
    write_reports(store, {
        "a1": {}, "a2": {},
        "b1": {"event": {"source": NATO, "cameo": "112", "root": "11", "date": dt.date(2022, 1, 5)}},
    })  # fmt: skip
    by = lambda **f: [e["cameo"] for e in store.query_events(EventFilters(dedup=True, **f))]  # noqa: E731
    assert by() == ["041", "112"]
    assert by(source="NATO") == ["112"]
    assert by(target="RUS", root="04") == ["041"]
    assert by(since="2022-01-01") == ["112"]
    assert by(status="planned", limit=1) == ["041"]


def test_dedup_frame_has_the_view_columns(store):
    write_reports(store, {"a1": {}, "a2": {}})
    frame = store.query_frame(EventFilters(dedup=True))
    assert frame.num_rows == 1
    assert frame.column("num_mentions").to_pylist() == [2]
    assert frame.column("event_ids").to_pylist() == [["a1:e0", "a2:e0"]]


def test_dedup_migration_gives_old_events_their_global_ids(tmp_path):
    path = tmp_path / "v1.duckdb"
    conn = duckdb.connect(str(path))
    migrate(conn, MIGRATIONS[:1])
    row = event_row(build_event("old"))
    del row["global_event_id"]
    names = ", ".join(f'"{c}"' for c in row)
    conn.execute(f"INSERT INTO events ({names}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
    conn.close()

    with EventStore(path) as store:
        stored = store.connection.execute("SELECT global_event_id FROM events").fetchall()
        assert stored == [(global_event_id(row),)]
