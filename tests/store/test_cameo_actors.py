"""CAMEO actor codes for exports, read from the shipped actor tables."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.exports.cameo_actors import CameoActors

BEFORE_WAR = dt.date(2023, 1, 1)
DURING_WAR = dt.date(2023, 6, 1)


@pytest.fixture(scope="module")
def actors() -> CameoActors:
    return CameoActors.load()


@pytest.mark.parametrize(
    ("code", "country", "day", "expected"),
    [
        ("USAGOV", "USA", None, "USAGOV"),
        ("XKXGOV", "XKX", None, "KSVGOV"),  # Kosovo: CAMEO's KSV, not ISO's XKX
        ("TLS", "TLS", None, "TMP"),
        ("NATO", None, None, "IGOWSTNAT"),
        ("EU", None, None, "IGOEUREEC"),
        ("HAMAS", "PSE", None, "PSEREBHMS"),
        ("RSF", "SDN", BEFORE_WAR, "SDNMIL"),  # a paramilitary of the state until April 2023
        ("RSF", "SDN", DURING_WAR, "SDNREB"),
        ("FATAH", "PSE", None, "FATAH"),  # no CAMEO code in the table: kept as it is
        ("WST", None, None, "WST"),
    ],
)
def test_cameo_actors_code_actors_as_cameo_does(actors, code, country, day, expected):
    assert actors.actor_code(code, country, day) == expected


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        (("NATO", None, "IGO", "NATO"), ["IGOWSTNAT", "NATO", "", "NAT", "", "", "", "IGO", "", ""]),
        (("RUSMIL", "RUS", "MIL", "Russian troops"), ["RUSMIL", "RUSSIAN TROOPS", "RUS", "", "", "", "", "MIL", "", ""]),
        (("HAMAS", "PSE", "REB", "Hamas"), ["PSEREBHMS", "HAMAS", "PSE", "HMS", "", "", "", "REB", "", ""]),
        (("AU", None, "IGO", "African Union"), ["IGOAFR", "AFRICAN UNION", "", "", "", "", "", "IGO", "", ""]),
        (("WST", None, None, "the West"), ["WST", "THE WEST", "WST", "", "", "", "", "", "", ""]),
        (("FATAH", "PSE", "PTY", "Fatah"), ["FATAH", "FATAH", "PSE", "", "", "", "", "PTY", "", ""]),
        ((None, None, None, None), [""] * 10),
    ],
)
def test_cameo_actors_fill_gdelt_actor_columns(actors, actor, expected):
    assert actors.gdelt_fields(*actor, dt.date(2024, 1, 1)) == expected
