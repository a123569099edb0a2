"""PLOVER event records as JSON lines, in the manner of the POLECAT data set.

PLOVER (the successor of CAMEO behind POLECAT) keeps CAMEO's root families as event types
and moves the detail of the 3- and 4-digit codes into a `mode`; it calls the target the
`recipient`. Each line is one report of an event in one story, as in POLECAT, so a reader can
go back to the sentence; `global_event_id` ties the reports of one happening together.

    {"event_id": "fb7c465bd33c9723", "event_type": "MOBILIZE", "mode": null, "event_date": "2022-12-27",
     "actor": {"code": "SRB", "name": "Serbia", "country": "SRB", "sector": null},
     "recipient": {"code": "XKX", "name": "Kosovo", "country": "XKX", "sector": null}, ...}

PLOVER dropped CAMEO 01 (statements) and 02 (appeals); events coded there have no PLOVER type
and are left out. An actor's `sector` is its CAMEO agent code (GOV, MIL, REB, ...).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsevents.events.codebook import Codebook
from newsevents.store import EventFilters, EventStore
from newsevents.store.filters import event_order, event_query
from newsevents.store.rows import Row


def write_plover(store: EventStore, out: Path, codebook: Codebook, filters: EventFilters) -> int:
    """Write one PLOVER record per event report `filters` keep; return how many.

    `filters.dedup` is ignored: a PLOVER record is a report in a story.
    """
    events, params = event_query(replace(filters, dedup=False))
    order = event_order(replace(filters, dedup=False))
    sql = (
        f"SELECT e.*, a.outlet, a.url, a.published FROM ({events}) e "
        f"JOIN articles a USING (article_id) ORDER BY {order}"
    )
    written = 0
    with out.open("w", encoding="utf-8") as sink:
        for row in store.iter_sql(sql, params):
            record = plover_record(row, codebook)
            if record is not None:
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    return written


def plover_record(row: Row, codebook: Codebook) -> dict[str, Any] | None:
    """Return the PLOVER record of an event row joined with its article, None without a type."""
    if row["plover"] is None:
        return None
    has_range = row["date_start"] is not None
    return {
        "event_id": row["id"],
        "global_event_id": row["global_event_id"],
        "event_type": row["plover"],
        "mode": codebook.get(row["cameo"]).plover_mode if row["cameo"] in codebook else None,
        "cameo": row["cameo"],
        "event_date": _iso(row["date"] or row["date_start"]),
        "date_range": [_iso(row["date_start"]), _iso(row["date_end"])] if has_range else None,
        "date_precision": row["date_precision"],
        "status": row["status"],
        "actor": _party(row, "source"),
        "recipient": _party(row, "target"),
        "story_id": row["article_id"],
        "story_date": _iso(row["published"]),
        "story_source": row["outlet"],
        "story_url": row["url"],
        "sentence": row["sentence"],
        "event_text": row["evidence_text"],
    }


def _party(row: Row, prefix: str) -> dict[str, Any] | None:
    """Return an actor as PLOVER names its parts, None when the event has no such actor."""
    if row[f"{prefix}_code"] is None:
        return None
    return {
        "code": row[f"{prefix}_code"],
        "name": row[f"{prefix}_name"],
        "country": row[f"{prefix}_country"],
        "sector": row[f"{prefix}_role"],
    }


def _iso(day: Any) -> str | None:
    return day.isoformat() if day else None
