"""The actor tables: each shipped file validates, and each kind of data error names its line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pycountry
import pytest

from newsevents.actors import KnowledgeBase
from newsevents.actors.checks import (
    check_aliases,
    check_country_codes,
    check_references,
    check_terms,
)
from newsevents.actors.data import (
    DATA_DIR,
    load_countries,
    load_institutions,
    load_organisations,
    load_people,
    load_people_nouns,
    load_provinces,
    load_regions,
    load_roles,
    load_successor_states,
)
from newsevents.actors.kb import iter_aliases
from newsevents.actors.places import load_places
from newsevents.errors import DataFileError

BAD = Path(__file__).parent / "data" / "bad"


@pytest.fixture(scope="module")
def shipped() -> KnowledgeBase:
    return KnowledgeBase.load()


def test_data_countries_cover_iso_3166(shipped):
    countries = load_countries()
    assert {c.alpha_3 for c in pycountry.countries} <= set(countries)
    assert check_country_codes(KnowledgeBase.build(countries=countries)) == []
    assert countries["XKX"].cameo == "KSV"


def test_data_institutions_name_existing_countries(shipped):
    institutions = load_institutions()
    kb = KnowledgeBase.build(countries=shipped.countries, institutions=institutions)
    assert institutions and check_references(kb) == []
    assert institutions["rus-kremlin"].country == "RUS"


def test_data_organisations_name_existing_countries_and_order_dates(shipped):
    organisations = load_organisations()
    kb = KnowledgeBase.build(countries=shipped.countries, organisations=organisations)
    assert len({o.code for o in organisations.values()}) >= 80
    assert check_references(kb) == []
    for org in organisations.values():
        assert org.start is None or org.end is None or org.start < org.end, org.origin


def test_data_regions_are_cameo_codes():
    regions = load_regions()
    assert {"WST", "EUR", "AFR", "ASA", "MEA"} <= set(regions)
    assert all(len(code) == 3 and code.isupper() for code in regions)


def test_data_roles_have_an_office_for_every_title():
    roles = load_roles()
    titles = [r for r in roles.values() if r.kind == "title"]
    assert titles and all(r.office for r in titles)


def test_data_people_terms_are_ordered_and_single_holder_offices_never_overlap(shipped):
    terms = load_people()
    kb = KnowledgeBase.build(countries=shipped.countries, organisations=shipped.organisations, people=terms)
    assert check_terms(kb.people.values()) == []
    assert check_references(kb) == []
    for term in terms.values():
        assert term.end is None or term.start < term.end, term.origin
        assert term.dates in ("exact", "inner") and term.source, term.origin


def test_data_no_alias_names_two_actors_on_the_same_date(shipped):
    assert check_aliases(shipped, iter_aliases(shipped)) == []


def test_data_shipped_tables_load_together(shipped):
    assert len(shipped.countries) >= 249
    assert {"nato", "eu", "osce", "un", "hamas"} <= set(shipped.organisations)


LOADER_CASES = [
    (load_people, "people_date_invalid.tsv", 3, "start", "not a YYYY-MM-DD date"),
    (load_people, "people_end_before_start.tsv", 3, "end", "is not after start"),
    (load_people, "people_not_sorted.tsv", 4, "id", "rows not sorted by id"),
    (load_people, "people_duplicate_id.tsv", 4, "id", "duplicate id"),
    (load_people, "people_source_empty.tsv", 3, "source", "empty required cell"),
    (load_people, "people_dates_unknown.tsv", 3, "dates", "is not one of"),
    (load_roles, "roles_role_unknown.tsv", 3, "role", "is not one of"),
    (load_roles, "roles_kind_unknown.tsv", 3, "kind", "is not one of"),
    (load_countries, "countries_code_malformed.tsv", 3, "id", "three-letter upper-case code"),
    (load_organisations, "organisations_kind_unknown.tsv", 3, "kind", "is not one of"),
    (load_institutions, "institutions_too_many_cells.tsv", 3, "row", "cells, header has"),
    (load_regions, "regions_column_missing.tsv", 2, "header", "missing columns ['source']"),
    (load_places, "places_population_invalid.tsv", 3, "population", "not a whole number"),
    (load_successor_states, "successor_states_date_invalid.tsv", 3, "independence", "not a YYYY-MM-DD date"),
    (load_people_nouns, "people_nouns_residence_without_country.tsv", 3, "country", "a residence noun needs a country"),
    (load_provinces, "provinces_country_malformed.tsv", 3, "country", "three-letter upper-case code"),
]


@pytest.mark.parametrize(("loader", "name", "line", "column", "message"), LOADER_CASES)
def test_data_bad_file_names_the_line(loader, name, line, column, message):
    path = BAD / name
    with pytest.raises(DataFileError) as caught:
        loader(path)
    assert [p for p in caught.value.problems if p.startswith(f"{path}:{line}: {column}:") and message in p]


CROSS_FILE_CASES = [
    ("term_country_unknown", "people.tsv", 3, "country", "unknown country or organisation 'XXX'"),
    ("terms_overlap", "people.tsv", 4, "start", "USA President: usa-doe-president starts 2008-01-20"),
    ("alias_two_people", "people.tsv", 4, "names", "'Smith' names person john-smith and person jane-smith"),
    ("person_two_names", "people.tsv", 3, "name", "'John Doe' differs from 'Johnny Doe'"),
    ("country_not_iso", "countries.tsv", 5, "id", "ZZZ is not an ISO 3166 alpha-3 code"),
    ("institution_country_unknown", "institutions.tsv", 3, "country", "unknown country 'XXX'"),
    ("successor_predecessor_unknown", "successor_states.tsv", 3, "predecessor", "unknown country 'XYZ'"),
    ("province_country_unknown", "provinces.tsv", 3, "country", "unknown country 'XYZ'"),
    ("province_name_of_a_country", "provinces.tsv", 3, "names", "'Georgia' names province georgia-us and country GEO"),
]


@pytest.mark.parametrize(("case", "name", "line", "column", "message"), CROSS_FILE_CASES)
def test_data_bad_table_among_shipped_ones_names_the_line(tmp_path, case, name, line, column, message):
    """Each case replaces one shipped table; loading the whole knowledge base must name its line."""
    for table in DATA_DIR.glob("*.tsv"):
        shutil.copy(table, tmp_path / table.name)
    shutil.copy(BAD / case / name, tmp_path / name)
    with pytest.raises(DataFileError) as caught:
        KnowledgeBase.load(tmp_path)
    path = tmp_path / name
    assert [p for p in caught.value.problems if p.startswith(f"{path}:{line}: {column}:") and message in p]


def test_data_missing_gazetteer_is_reported_at_load(tmp_path):
    for table in DATA_DIR.glob("*.tsv"):
        if table.name != "place_stoplist.tsv":
            shutil.copy(table, tmp_path / table.name)
    with pytest.raises(DataFileError) as caught:
        KnowledgeBase.load(tmp_path)
    assert caught.value.problems == [f"{tmp_path / 'place_stoplist.tsv'}:0: file: missing"]


def test_data_bad_tables_are_all_reported_at_once(tmp_path):
    for table in DATA_DIR.glob("*.tsv"):
        shutil.copy(table, tmp_path / table.name)
    shutil.copy(BAD / "people_date_invalid.tsv", tmp_path / "people.tsv")
    shutil.copy(BAD / "roles_role_unknown.tsv", tmp_path / "roles.tsv")
    with pytest.raises(DataFileError) as caught:
        KnowledgeBase.load(tmp_path)
    files = {p.split(":")[0].rsplit("/", 1)[-1] for p in caught.value.problems}
    assert files == {"people.tsv", "roles.tsv"}
