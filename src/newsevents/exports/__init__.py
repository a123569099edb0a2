"""Exports of the event store in the formats analysts' tools already read.

    export_events(store, "gdelt", Path("events.tsv"))       # GDELT 2.0 event table (gdelt.py)
    export_events(store, "plover", Path("events.jsonl"))    # PLOVER/POLECAT JSON lines (plover.py)
    export_events(store, "parquet", Path("events/"))        # Parquet by event month (files.py)
    export_events(store, "jsonl", Path("events.jsonl"))     # the event contract (files.py)

Every format takes the `EventFilters` of `newsevents query`.
"""

from __future__ import annotations

from pathlib import Path

from newsevents.events.codebook import load_codebook
from newsevents.exports.cameo_actors import CameoActors
from newsevents.exports.files import write_jsonl, write_parquet
from newsevents.exports.gdelt import write_gdelt
from newsevents.exports.plover import write_plover
from newsevents.store import EventFilters, EventStore

FORMATS = ("gdelt", "plover", "parquet", "jsonl")

__all__ = ["FORMATS", "export_events"]


def export_events(store: EventStore, format: str, out: Path, filters: EventFilters = EventFilters()) -> int:
    """Write the events `filters` keep to `out` in `format`; return how many records.

    Loads the tables a format needs (actor codes for GDELT, the codebook's PLOVER modes for
    PLOVER) once per call, so a DataFileError surfaces here, before anything is written.
    """
    if format == "gdelt":
        return write_gdelt(store, out, CameoActors.load(), filters)
    if format == "plover":
        return write_plover(store, out, load_codebook(), filters)
    if format == "parquet":
        return write_parquet(store, out, filters)
    if format == "jsonl":
        return write_jsonl(store, out, filters)
    raise ValueError(f"unknown export format {format!r}: expected one of {', '.join(FORMATS)}")
