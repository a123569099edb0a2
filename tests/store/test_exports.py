"""Exports: GDELT lines, PLOVER records, Parquet by month and JSONL, from a store filled in code."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest

from newsevents.events.codebook import load_codebook
from newsevents.exports import export_events
from newsevents.exports.gdelt import GDELT_COLUMNS, date_cells
from newsevents.records import Actor
from newsevents.store import EventFilters, EventStore
from newsevents.store.dedup import global_event_number

NATO = Actor("NATO", None, "IGO", "NATO")
KOSOVO_GOV = Actor("XKXGOV", "XKX", "GOV", "Kosovo's\tgovernment")  # a tab must not shift GDELT's columns
SERBIA = Actor("SRB", "SRB", None, "Serbia")
WEEK = (dt.date(2021, 12, 20), dt.date(2021, 12, 26))


@pytest.fixture
def filled(store, make_coded, make_event) -> EventStore:
    """Two outlets report one phone call; NATO accuses Kosovo; Kosovo's government makes an
    undated statement (no PLOVER type); Serbia plans to mobilise over a week."""
    reports = {
        "call1": (make_event("call1", sentence=2, status="occurred"), "Reuters"),
        "call2": (make_event("call2", sentence=5, status="occurred"), "AP"),
        "accuse": (make_event("accuse", source=NATO, target=KOSOVO_GOV, cameo="112", root="11", plover="ACCUSE",
                              date=dt.date(2022, 1, 5), sentence=0, status="reported-claim"), "Reuters"),
        "statement": (make_event("statement", source=KOSOVO_GOV, target=None, cameo="010", root="01", plover=None,
                                 date=None, date_precision="none", status="occurred"), None),
        "troops": (make_event("troops", source=SERBIA, target=None, cameo="154", root="15", plover="MOBILIZE",
                              date=None, date_range=WEEK, date_precision="week"), "AP"),
    }  # fmt: skip
    for article_id, (event, outlet) in reports.items():
        store.write_coded_article(make_coded(article_id, events=(event,), outlet=outlet), "run-1")
    return store


def gdelt_table(path: Path, names: list[str]) -> list[dict]:
    """Return the GDELT export read by DuckDB with GDELT's column names, every cell as text."""
    conn = duckdb.connect()
    relation = conn.read_csv(str(path), delimiter="\t", header=False, names=names, all_varchar=True, quotechar="")
    return [dict(zip(relation.columns, row)) for row in relation.fetchall()]


def test_exports_gdelt_columns_are_the_codebook_columns(shared_path):
    reference = shared_path("reference/gdelt-2.0-event-columns.txt").read_text(encoding="utf-8").split()
    assert list(GDELT_COLUMNS) == reference and len(reference) == 61


def test_exports_gdelt_has_61_columns_on_every_line(filled, tmp_path):
    out = tmp_path / "events.tsv"
    assert export_events(filled, "gdelt", out) == 3  # the two reports of the call are one event
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and all(len(line.split("\t")) == 61 for line in lines)


def test_exports_gdelt_loads_into_duckdb_with_gdelt_names(filled, tmp_path):
    out = tmp_path / "events.tsv"
    export_events(filled, "gdelt", out)
    rows = {row["EventCode"]: row for row in gdelt_table(out, list(GDELT_COLUMNS))}

    call = rows["041"]
    (merged,) = filled.query_events(EventFilters(dedup=True, root="04"))
    assert int(call["GLOBALEVENTID"]) == global_event_number(merged["global_event_id"])
    assert (call["SQLDATE"], call["MonthYear"], call["Year"]) == ("20211230", "202112", "2021")
    assert (call["Actor1Code"], call["Actor1Name"], call["Actor1CountryCode"], call["Actor1Type1Code"]) == (
        "USAGOV", "JOE BIDEN", "USA", "GOV",
    )  # fmt: skip
    assert (call["NumMentions"], call["NumSources"], call["NumArticles"]) == ("2", "2", "2")
    assert (call["EventBaseCode"], call["EventRootCode"], call["QuadClass"], call["GoldsteinScale"]) == (
        "041", "04", "1", "1.0",
    )  # fmt: skip
    assert call["IsRootEvent"] == "0" and call["SOURCEURL"] == "https://example.org/call1"
    assert len(call["DATEADDED"]) == 14 and call["AvgTone"] is None


def test_exports_gdelt_codes_organisations_and_countries_as_cameo_does(filled, tmp_path):
    out = tmp_path / "events.tsv"
    export_events(filled, "gdelt", out)
    accuse = next(row for row in gdelt_table(out, list(GDELT_COLUMNS)) if row["EventCode"] == "112")

    assert (accuse["Actor1Code"], accuse["Actor1KnownGroupCode"], accuse["Actor1Type1Code"]) == ("IGOWSTNAT", "NAT", "IGO")
    assert accuse["Actor1CountryCode"] is None
    assert (accuse["Actor2Code"], accuse["Actor2CountryCode"], accuse["Actor2Name"]) == ("KSVGOV", "KSV", "KOSOVO'S GOVERNMENT")
    assert accuse["IsRootEvent"] == "1"


def test_exports_gdelt_dates_a_range_by_its_first_day():
    assert date_cells(WEEK[0]) == ["20211220", "202112", "2021", "2021.9671"]  # 353 of 365 days gone
    assert date_cells(dt.date(2024, 1, 1)) == ["20240101", "202401", "2024", "2024.0000"]
    assert date_cells(None) == ["", "", "", ""]


def test_exports_gdelt_follows_the_filters(filled, tmp_path):
    out = tmp_path / "events.tsv"
    assert export_events(filled, "gdelt", out, EventFilters(source="NATO")) == 1


def test_exports_gdelt_leaves_out_acts_not_reported_as_done_unless_asked(filled, tmp_path):
    """A GDELT line has no status column: Serbia's planned mobilisation would read as a fact."""
    out = tmp_path / "events.tsv"
    export_events(filled, "gdelt", out)
    assert "154" not in {row["EventCode"] for row in gdelt_table(out, list(GDELT_COLUMNS))}
    assert export_events(filled, "gdelt", out, EventFilters(status="planned")) == 1
    assert [row["EventCode"] for row in gdelt_table(out, list(GDELT_COLUMNS))] == ["154"]


def test_exports_parquet_round_trips(filled, tmp_path):
    out = tmp_path / "events"
    assert export_events(filled, "parquet", out) == 5
    expected = sorted(filled.query_frame().to_pylist(), key=lambda row: row["id"])

    assert sorted(p.name for p in out.iterdir()) == [
        "event_month=2021-12", "event_month=2022-01", "event_month=undated",
    ]  # fmt: skip
    by_pyarrow = ds.dataset(out, partitioning="hive").to_table().drop_columns(["event_month"])
    assert sorted(by_pyarrow.to_pylist(), key=lambda row: row["id"]) == expected
    query = f"SELECT * EXCLUDE (event_month) FROM read_parquet('{out}/**/*.parquet', hive_partitioning=true)"
    by_duckdb = duckdb.connect().sql(query).to_arrow_table()
    assert sorted(by_duckdb.to_pylist(), key=lambda row: row["id"]) == expected
    assert by_duckdb.schema == filled.query_frame().schema


def test_exports_parquet_of_merged_events(filled, tmp_path):
    out = tmp_path / "groups"
    assert export_events(filled, "parquet", out, EventFilters(dedup=True)) == 4
    table = ds.dataset(out, partitioning="hive").to_table()
    assert sorted(n for n in table.column("num_mentions").to_pylist()) == [1, 1, 1, 2]


def test_exports_parquet_refuses_a_folder_with_files(filled, tmp_path):
    (tmp_path / "old.parquet").write_bytes(b"")
    with pytest.raises(FileExistsError, match="new or empty folder"):
        export_events(filled, "parquet", tmp_path)


def test_exports_plover_records(filled, tmp_path):
    out = tmp_path / "plover.jsonl"
    assert export_events(filled, "plover", out) == 4  # the statement (CAMEO 01) has no PLOVER type
    records = {r["event_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}

    call = records["call1:e0"]
    assert (call["event_type"], call["mode"], call["cameo"], call["event_date"]) == ("CONSULT", "phone", "041", "2021-12-30")
    assert call["actor"] == {"code": "USAGOV", "name": "Joe Biden", "country": "USA", "sector": "GOV"}
    assert call["recipient"] == {"code": "RUSGOV", "name": "Vladimir Putin", "country": "RUS", "sector": "GOV"}
    assert (call["story_id"], call["story_date"], call["story_source"]) == ("call1", "2021-12-29", "Reuters")
    assert call["global_event_id"] == records["call2:e0"]["global_event_id"]
    troops = records["troops:e0"]
    assert troops["recipient"] is None and troops["date_range"] == ["2021-12-20", "2021-12-26"]


def test_exports_plover_modes_are_the_codebook_modes(filled, tmp_path):
    out = tmp_path / "plover.jsonl"
    export_events(filled, "plover", out)
    codebook = load_codebook()
    for record in map(json.loads, out.read_text(encoding="utf-8").splitlines()):
        assert record["mode"] == codebook.get(record["cameo"]).plover_mode


@pytest.mark.parametrize("dedup", [False, True])
def test_exports_jsonl_is_the_query_contract(filled, tmp_path, dedup):
    out = tmp_path / "events.jsonl"
    filters = EventFilters(dedup=dedup)
    assert export_events(filled, "jsonl", out, filters) == (4 if dedup else 5)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == filled.query_events(filters)


def test_exports_unknown_format_is_refused(filled, tmp_path):
    with pytest.raises(ValueError, match="unknown export format 'csv'"):
        export_events(filled, "csv", tmp_path / "x")
