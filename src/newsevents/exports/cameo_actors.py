"""Our actor codes as CAMEO writes them, for exports that speak CAMEO (GDELT).

Events carry readable actor codes built on ISO countries (`XKXGOV`) and short organisation
codes (`NATO`). CAMEO differs in two places: a few countries have codes of their own (Kosovo
is `KSV`, East Timor `TMP`), and international bodies are coded by type, region and group
(`NATO` is `IGOWSTNAT`: an IGO of the West, known group NAT). Both mappings live in the
actors knowledge base (`countries.tsv` and `organisations.tsv`, column `cameo`) and are read
here through its loaders.

    actors = CameoActors.load()
    actors.gdelt_fields("NATO", None, "IGO", "NATO", day)
    -> ["IGOWSTNAT", "NATO", "", "NAT", "", "", "", "IGO", "", ""]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from newsevents.actors.data import (
    DATA_DIR,
    ROLE_CODES,
    Organisation,
    load_countries,
    load_organisations,
    load_regions,
)

SEGMENT = 3  # CAMEO actor codes are three-letter segments: country or type, then refinements
TYPE_COLUMNS = 3  # GDELT's Type1Code .. Type3Code


@dataclass(frozen=True, slots=True)
class CameoActors:
    countries: Mapping[str, str]  # ISO alpha-3 -> CAMEO ("XKX" -> "KSV", "USA" -> "USA")
    regions: frozenset[str]  # CAMEO region codes: "WST", "AFR"
    organisations: Mapping[str, tuple[Organisation, ...]]  # actor code -> rows with a CAMEO code

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> CameoActors:
        """Return the mappings read from the actor tables in `data_dir` (the shipped ones)."""
        countries = load_countries(data_dir / "countries.tsv")
        organisations: dict[str, list[Organisation]] = {}
        for org in load_organisations(data_dir / "organisations.tsv").values():
            if org.cameo:
                organisations.setdefault(org.code, []).append(org)
        return cls(
            countries={iso: country.cameo for iso, country in countries.items()},
            regions=frozenset(load_regions(data_dir / "regions.tsv")),
            organisations={code: tuple(rows) for code, rows in organisations.items()},
        )

    def country_code(self, iso: str | None) -> str:
        """Return CAMEO's code of an ISO country ("XKX" -> "KSV"), "" for none."""
        return self.countries.get(iso, iso) if iso else ""

    def actor_code(self, code: str, country: str | None, day: dt.date | None) -> str:
        """Return the CAMEO code of an actor on `day` ("NATO" -> "IGOWSTNAT", "XKXGOV" -> "KSVGOV")."""
        org = self._organisation(code, day)
        if org:
            return org.cameo
        if country and code.startswith(country):
            return self.country_code(country) + code[len(country) :]
        return code

    def gdelt_fields(
        self, code: str | None, country: str | None, role: str | None, name: str | None, day: dt.date | None
    ) -> list[str]:
        """Return GDELT's ten actor columns, Code to Type3Code, empty for a missing actor.

        Ethnic and religion codes stay empty: the knowledge base does not code them.
        """
        if code is None:
            return [""] * 10
        cameo = self.actor_code(code, country, day)
        segments = _segments(cameo)
        types = [s for s in segments if s in ROLE_CODES] or ([role] if role else [])
        types = (types + [""] * TYPE_COLUMNS)[:TYPE_COLUMNS]
        return [cameo, (name or "").upper(), self._country_of(country, segments), self._known_group(segments),
                "", "", "", *types]  # fmt: skip

    def _organisation(self, code: str, day: dt.date | None) -> Organisation | None:
        """Return the organisation row `code` names on `day` (RSF was MIL, then REB), if any."""
        rows = self.organisations.get(code, ())
        for org in rows:
            if day is None or ((org.start is None or org.start <= day) and (org.end is None or day < org.end)):
                return org
        return rows[0] if rows else None

    def _country_of(self, country: str | None, segments: list[str]) -> str:
        """Return the actor's CAMEO country, else the region its code starts with ("WST")."""
        if country:
            return self.country_code(country)
        return segments[0] if segments and segments[0] in self.regions else ""

    def _known_group(self, segments: list[str]) -> str:
        """Return the known group a CAMEO code ends in ("IGOWSTNAT" -> "NAT"), else ""."""
        if len(segments) < 2:
            return ""
        last = segments[-1]
        generic = last in ROLE_CODES or last in self.regions or last in self.countries.values()
        return "" if generic else last


def _segments(cameo: str) -> list[str]:
    """Return the three-letter segments of a CAMEO code, [] for a code not built of them."""
    if len(cameo) % SEGMENT or not cameo.isalpha():
        return []
    return [cameo[i : i + SEGMENT] for i in range(0, len(cameo), SEGMENT)]
