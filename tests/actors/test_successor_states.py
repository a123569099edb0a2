"""States born on another's land: a town or capital of one is its predecessor's before independence
(successor_states.tsv), while the new state's own name is never moved."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.actors.data import DATA_DIR, load_successor_states
from tests.actors.conftest import mention_of


def test_successor_states_file_is_documented_and_names_known_countries(kb):
    path = DATA_DIR / "successor_states.tsv"
    assert path.read_text(encoding="utf-8").startswith("#")
    states = load_successor_states(path)
    assert {"SSD", "XKX", "MNE", "ERI"} <= set(states)
    assert "TLS" not in states  # Indonesia's annexation of East Timor was never recognised
    assert all(s.id in kb.countries and s.predecessor in kb.countries for s in states.values())


@pytest.mark.parametrize(
    ("country", "day", "state"),
    [
        ("SSD", "2011-07-08", "SDN"),
        ("SSD", "2011-07-09", "SSD"),  # independence day itself is the new state's
        ("XKX", "2000-01-01", "SRB"),
        ("ERI", "1990-01-01", "ETH"),
        ("SDN", "1990-01-01", "SDN"),
        ("SSD", None, "SSD"),  # undated: today's state
    ],
)
def test_successor_states_state_on_a_date(kb, country, day, state):
    assert kb.state_on(country, dt.date.fromisoformat(day) if day else None) == state


SHELLING = "Rebels shelled Juba overnight, aid workers said."


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "name", "code", "how"),
    [
        (SHELLING, "2000-01-01", "Juba", "SDN", "capital:SSD:before-independence"),  # a town of Sudan, no seat yet
        (SHELLING, "2020-01-01", "Juba", "SSDGOV", "capital:SSD"),
        ("Protesters gathered in Podgorica.", "2000-01-01", "Podgorica", "SRB", "capital:MNE:before-independence"),
        ("Soldiers fired on a crowd in the town of Keren.", "1990-01-01", "Keren", "ETH", "place:333287:before-independence"),
        ("Soldiers fired on a crowd in the town of Keren.", "2000-01-01", "Keren", "ERI", "place:333287"),
        ("Gunmen attacked a police station in the town of Prizren.", "2000-01-01", "Prizren", "SRB", "place:786712:before-independence"),
    ],
)
def test_successor_states_town_or_capital_belongs_to_the_state_of_the_article_date(
    resolve, text, published, name, code, how
):
    mention = mention_of(resolve(text, published), name)
    assert (mention.actor.code, mention.how) == (code, how)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Students marched through Montenegro's towns.", "Montenegro", "MNE"),
        ("Ethnic Albanians in Kosovo demanded independence.", "Kosovo", "XKX"),
        ("Students marched through Dili on Monday.", "Dili", "TLSGOV"),
    ],
)
def test_successor_states_own_names_keep_their_code_before_independence(resolve, text, name, code):
    assert mention_of(resolve(text, "1999-01-01"), name).actor.code == code


def test_successor_states_a_cycle_in_the_table_ends(kb):
    # a mistaken table (A born of B, B born of A) must not hang the resolver
    from dataclasses import replace

    cycle = {"SSD": replace(kb.successor_states["SSD"], predecessor="SDN"),
             "SDN": replace(kb.successor_states["SSD"], id="sdn-loop", predecessor="SSD")}
    looped = replace(kb, successor_states=cycle)
    assert looped.state_on("SSD", dt.date(1900, 1, 1)) in {"SDN", "SSD"}
