"""EventStore: round trips, idempotent and all-or-nothing writes, batches, errors and runs, reopening, frames."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from newsevents.records import Event, Quote
from newsevents.store import SCHEMA_VERSION, EventFilters, EventStore

# The event contract of issue 2, field by field.
CONTRACT_FIELDS = {
    "id", "doc_id", "article_id", "sentence", "evidence", "source", "target", "cameo", "root", "plover",
    "goldstein", "quad_class", "date", "date_range", "date_precision", "status", "attributed_to",
    "location", "rule", "confidence",
}  # fmt: skip
ACTOR_FIELDS = {"code", "country", "role", "name"}


def contract_of(event: Event) -> dict[str, Any]:
    """Return what the store must give back for `event`: its JSON without actors' `office`."""
    expected = event.to_dict()
    for key in ("source", "target", "attributed_to"):
        if expected[key] is not None:
            del expected[key]["office"]
    return expected


def rows(store: EventStore, sql: str) -> list[dict[str, Any]]:
    cursor = store.connection.execute(sql)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, values)) for values in cursor.fetchall()]


def test_event_store_round_trips_every_event_field(store, make_coded, make_event):
    full = make_event("a1", 0, date_range=(dt.date(2021, 12, 27), dt.date(2021, 12, 31)), date_precision="week")
    sparse = make_event(
        "a1", 1, target=None, attributed_to=None, plover=None, goldstein=None, quad_class=None,
        date=None, date_range=None, date_precision="none", location=None, status="occurred",
    )  # fmt: skip
    store.write_coded_article(make_coded("a1", events=(full, sparse)), "run-1")

    assert store.query_events() == [contract_of(full), contract_of(sparse)]


def test_event_store_events_have_exactly_the_contract_fields(store, make_coded):
    store.write_coded_article(make_coded("a1"), "run-1")
    (event,) = store.query_events()
    assert set(event) == CONTRACT_FIELDS
    assert set(event["evidence"]) == {"text", "start", "end"}
    assert set(event["source"]) == set(event["target"]) == set(event["attributed_to"]) == ACTOR_FIELDS
    assert event["date"] == "2021-12-30"


def test_event_store_round_trips_article_mentions_and_quotes(store, make_coded):
    coded = make_coded("a1")
    store.write_coded_article(coded, "run-1")

    (article,) = rows(store, "SELECT * FROM articles")
    assert {k: article[k] for k in coded.article.to_dict()} == coded.article.to_dict() | {
        "published": dt.date(2021, 12, 29),
        "credits": ["Reuters", "AP"],
    }
    assert article["run_id"] == "run-1"
    assert isinstance(article["ingested_at"], dt.datetime)
    (mention,) = rows(store, "SELECT * FROM mentions")
    assert mention == {
        "article_id": "a1", "start": 0, "end": 9, "text": "Joe Biden", "kind": "person",
        "actor_code": "USAGOV", "country": "USA", "role": "GOV", "name": "Joe Biden", "how": "kb.person",
    }  # fmt: skip
    (quote,) = rows(store, "SELECT * FROM quotes")
    assert quote == {
        "article_id": "a1", "start": 0, "end": 62, "text": coded.quotes[0].text, "verb": "say",
        "speaker": "Emily Horne", "speaker_code": "USAGOV", "speaker_country": "USA", "speaker_role": "GOV",
        "direct": False,
    }  # fmt: skip


def test_event_store_same_article_twice_is_stored_once(store, make_coded, make_event):
    assert store.write_coded_article(make_coded("a1"), "run-1") is True
    before = store.counts()
    again = make_coded("a1", events=(make_event("a1", 0), make_event("a1", 1)))

    assert store.write_coded_article(again, "run-2") is False
    assert store.counts() == before == {"articles": 1, "events": 1, "mentions": 1, "quotes": 1, "errors": 0}
    assert store.has_article("a1") and not store.has_article("a2")


def test_event_store_identical_events_of_different_articles_are_all_kept(store, make_coded):
    store.write_coded_article(make_coded("a1"), None)
    store.write_coded_article(make_coded("a2"), None)

    events = store.query_events()
    assert [e["id"] for e in events] == ["a1:e0", "a2:e0"]
    assert {(e["source"]["code"], e["target"]["code"], e["cameo"], e["date"]) for e in events} == {
        ("USAGOV", "RUSGOV", "041", "2021-12-30")
    }


def broken_by_duplicate_event_id(make_coded, make_event):
    """Two events with one id: the second event row violates the primary key."""
    return make_coded("b1", events=(make_event("b1", 0), make_event("b1", 0, sentence=3)))


def broken_by_unstorable_quote(make_coded, make_event):
    """A quote offset that is no number: fails after the article, mention and events went in."""
    bad = Quote("b1", "not a number", 5, "text", "say", None, None, direct=True)
    return make_coded("b1", events=(make_event("b1", 0), make_event("b1", 1)), quotes=(bad,))


@pytest.mark.parametrize("build_broken", [broken_by_duplicate_event_id, broken_by_unstorable_quote])
def test_event_store_failed_write_leaves_nothing_half_written(store, make_coded, make_event, build_broken):
    store.write_coded_article(make_coded("a1"), "run-1")
    before = store.counts()

    with pytest.raises(duckdb.Error):
        store.write_coded_article(build_broken(make_coded, make_event), "run-1")

    assert store.counts() == before
    assert not store.has_article("b1")
    assert [e["id"] for e in store.query_events()] == ["a1:e0"]
    assert store.write_coded_article(make_coded("b1"), "run-1") is True  # the store is still usable


def test_event_store_records_errors(store):
    store.record_error("run-1", "doc/empty.txt", "/in/empty.txt", "ingest", "ingest.empty_body", "no text")
    store.record_error("run-1", None, "/in/x.bin", "ingest", "ingest.binary", "binary", traceback="Traceback ...")

    errors = rows(store, "SELECT * FROM errors ORDER BY code DESC")
    assert [(e["doc_id"], e["stage"], e["code"], e["message"], e["traceback"]) for e in errors] == [
        ("doc/empty.txt", "ingest", "ingest.empty_body", "no text", None),
        (None, "ingest", "ingest.binary", "binary", "Traceback ..."),
    ]
    assert all(isinstance(e["at"], dt.datetime) and e["run_id"] == "run-1" for e in errors)
    assert store.counts()["errors"] == 2


def test_event_store_records_runs(store):
    first = store.start_run("newsevents ingest examples/")
    second = store.start_run("newsevents ingest more/")
    store.finish_run(first, coded=3, unchanged=1, failed=2)

    runs = {r["run_id"]: r for r in rows(store, "SELECT * FROM runs")}
    assert first != second and set(runs) == {first, second}
    assert runs[first]["command"] == "newsevents ingest examples/"
    assert (runs[first]["coded"], runs[first]["unchanged"], runs[first]["failed"]) == (3, 1, 2)
    assert runs[first]["finished_at"] >= runs[first]["started_at"]
    assert runs[second]["finished_at"] is None


def test_event_store_finish_unknown_run_raises(store):
    with pytest.raises(KeyError, match="unknown run id 'nope'"):
        store.finish_run("nope", 0, 0, 0)


def test_event_store_reopened_file_keeps_the_data(tmp_path, make_coded):
    path = tmp_path / "events.duckdb"
    with EventStore(path) as store:
        store.write_coded_article(make_coded("a1"), store.start_run("first"))
        stored = store.query_events()

    with EventStore(path) as store:
        assert store.query_events() == stored
        assert store.counts()["articles"] == 1
        assert store.write_coded_article(make_coded("a1"), store.start_run("second")) is False
        assert store.connection.execute("SELECT count(*) FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]


def test_event_store_closes_on_leaving_the_context(tmp_path):
    with EventStore(tmp_path / "events.duckdb") as store:
        pass
    with pytest.raises(duckdb.Error):
        store.counts()


def test_event_store_batch_is_stored_once_in_one_transaction(store, make_coded):
    store.write_coded_article(make_coded("a1"), "run-1")
    batch = [make_coded("a1"), make_coded("a2"), make_coded("a3"), make_coded("a2")]

    assert store.write_coded_articles(batch, "run-2") == 2
    assert store.write_coded_articles(batch, "run-3") == 0
    assert store.counts() == {"articles": 3, "events": 3, "mentions": 3, "quotes": 3, "errors": 0}
    assert [e["article_id"] for e in store.query_events()] == ["a1", "a2", "a3"]


def test_event_store_failed_batch_leaves_nothing(store, make_coded, make_event):
    broken = make_coded("b1", events=(make_event("b1", 0), make_event("b1", 0, sentence=3)))
    with pytest.raises(duckdb.Error):
        store.write_coded_articles([make_coded("a1"), broken], "run-1")
    assert store.counts()["articles"] == store.counts()["events"] == 0


def test_event_store_query_frame_is_an_arrow_table_of_the_rows(store, make_coded):
    store.write_coded_article(make_coded("a1"), "run-1")
    store.write_coded_article(make_coded("a2"), "run-1")

    frame = store.query_frame(EventFilters(limit=1))
    assert isinstance(frame, pa.Table)
    assert frame.column_names == columns_of(store, "events")
    assert frame.column("id").to_pylist() == ["a1:e0"]
    assert frame.column("date").to_pylist() == [dt.date(2021, 12, 30)]


def test_event_store_query_frame_refuses_unknown_kinds(store):
    with pytest.raises(ValueError, match="kind='polars'"):
        store.query_frame(kind="polars")  # type: ignore[arg-type]


def test_event_store_pandas_frame_has_the_rows(store, make_coded):
    store.write_coded_article(make_coded("a1"), "run-1")
    assert list(store.query_frame(kind="pandas")["id"]) == ["a1:e0"]


def columns_of(store: EventStore, table: str) -> list[str]:
    return [row[0] for row in store.connection.execute(f"DESCRIBE {table}").fetchall()]
