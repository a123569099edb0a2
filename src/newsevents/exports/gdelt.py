"""The GDELT 2.0 event table: one line per global event, 61 tab-separated columns, no header.

GDELT users have tools and habits built on this table, so the export is the table itself:
the columns in GDELT's order (`GDELT_COLUMNS`, checked against the codebook's list in
../shared/reference), GDELT's formats (SQLDATE YYYYMMDD, DATEADDED YYYYMMDDHHMMSS, CAMEO
actor codes), and empty cells where newsevents knows nothing (tone, ethnicity, religion,
geography: `location` holds no FIPS country code to fill the *Geo_CountryCode columns).

GDELT has no column for an event's status, so a line reads as an act that took place: the export
leaves out planned, hypothetical and denied acts unless the filters name a status.

One line is one merged event (`event_groups`), so NumMentions, NumSources and NumArticles mean
what they mean in GDELT, and GLOBALEVENTID is the global event id as an integer.

    Russia accused Ukraine of shelling Kharkiv (3 outlets, 4 articles) ->
    7412..  20220301  202203  2022  2022.1589  RUS  RUSSIA  RUS ... 112  112  11  3  -2.0  5  3  4 ...
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from newsevents.exports.cameo_actors import CameoActors
from newsevents.store import EventFilters, EventStore
from newsevents.store.dedup import global_event_number
from newsevents.store.rows import Row

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{part}" for n in (1, 2) for part in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code",
    )),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{place}Geo_{part}" for place in ("Actor1", "Actor2", "Action") for part in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
    )),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
GEO_COLUMNS = 3 * 8  # Actor1Geo_*, Actor2Geo_*, ActionGeo_*: newsevents does not geocode
# The statuses a GDELT line can carry without misleading: done, or reported as done by someone.
FACTUAL_STATUSES = frozenset({"occurred", "reported-claim"})
# GDELT's IsRootEvent marks events of the lead paragraph; a wire-style lead is one sentence.
LEAD_SENTENCES = 1
# A tab or line break inside a name or URL would shift every later column of the line.
BREAKS = re.compile(r"[\t\r\n]+")


def write_gdelt(store: EventStore, out: Path, actors: CameoActors, filters: EventFilters) -> int:
    """Write the merged events `filters` keep to `out` as GDELT lines; return how many.

    Without a status filter only events in `FACTUAL_STATUSES` are written (see the module doc).
    """
    written = 0
    with out.open("w", encoding="utf-8", newline="\n") as sink:
        for group in store.iter_rows(replace(filters, dedup=True)):
            if filters.status is None and group["status"] not in FACTUAL_STATUSES:
                continue
            sink.write("\t".join(gdelt_row(group, actors)) + "\n")
            written += 1
    return written


def gdelt_row(group: Row, actors: CameoActors) -> list[str]:
    """Return the 61 cells of one `event_groups` row, tabs and line breaks blanked out."""
    day = group["date"] or group["date_start"]
    cells = [
        str(global_event_number(group["global_event_id"])),
        *date_cells(day),
        *actor_cells(group, "source", actors, day),
        *actor_cells(group, "target", actors, day),
        "1" if group["first_sentence"] < LEAD_SENTENCES else "0",
        group["cameo"],
        group["cameo"][:3],
        group["root"],
        _text(group["quad_class"]),
        _text(group["goldstein"]),
        str(group["num_mentions"]),
        str(group["num_sources"]),
        str(group["num_articles"]),
        "",  # AvgTone
        *[""] * GEO_COLUMNS,
        group["date_added"].strftime("%Y%m%d%H%M%S"),
        group["source_url"] or "",
    ]
    return [BREAKS.sub(" ", cell) for cell in cells]


def date_cells(day: dt.date | None) -> list[str]:
    """Return SQLDATE, MonthYear, Year and FractionDate of a day (a range's first day).

    FractionDate is the year plus the share of it gone before the day: 2022-03-01 -> 2022.1589.
    """
    if day is None:
        return ["", "", "", ""]
    days_in_year = dt.date(day.year, 12, 31).timetuple().tm_yday
    fraction = day.year + (day.timetuple().tm_yday - 1) / days_in_year
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def actor_cells(group: Row, prefix: str, actors: CameoActors, day: dt.date | None) -> list[str]:
    """Return the ten GDELT columns of the source ("source") or target ("target") actor."""
    parts = (group[f"{prefix}_{part}"] for part in ("code", "country", "role", "name"))
    return actors.gdelt_fields(*parts, day)


def _text(value: object) -> str:
    return "" if value is None else str(value)
