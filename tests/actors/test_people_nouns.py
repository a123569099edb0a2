"""A people's noun after a country's adjective or name is one group coded where it lives
(people_nouns.tsv): "Bosnian Serbs" are Bosnia's, "Turkish Cypriots" Cyprus's."""

from __future__ import annotations

import pytest

from newsevents.actors.data import DATA_DIR, load_people_nouns
from tests.actors.conftest import mention_of


def test_people_nouns_file_is_documented_and_each_form_names_one_people(kb):
    path = DATA_DIR / "people_nouns.tsv"
    assert path.read_text(encoding="utf-8").startswith("#")
    nouns = load_people_nouns(path).values()
    forms = [form for noun in nouns for form in noun.names]
    assert len(forms) == len(set(forms)) and all(form[:1].isupper() for form in forms)
    assert {n.id for n in nouns if n.kind == "residence"} == {"cypriots"}
    assert "Palestinians" not in forms  # "Israeli Palestinian talks" is two actors


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "code", "how"),
    [
        ("Bosnian Serbs rejected the peace plan on Sunday.", "Bosnian Serbs", "BIH", "country:BIH:ethnic:serbs"),
        ("Iraqi Kurds voted in a referendum on Monday.", "Iraqi Kurds", "IRQ", "country:IRQ:ethnic:kurds"),
        ("Kosovo Serbs blocked the main road.", "Kosovo Serbs", "XKX", "country:XKX:ethnic:serbs"),
        ("Israeli Arabs protested on Sunday.", "Israeli Arabs", "ISR", "country:ISR:ethnic:arabs"),
        ("Turkish Cypriots protested on Sunday.", "Turkish Cypriots", "CYP", "country:CYP:residence:cypriots"),
        ("Bosnian Croat forces shelled the town.", "Bosnian Croat forces", "BIHMIL", "role:army"),
        ("Turkish Kurd refugees crossed into northern Iraq.", "Turkish Kurd refugees", "TURREF", "role:refugees"),
    ],
)
def test_people_nouns_group_is_coded_where_it_lives(resolve, text, mention, code, how):
    found = mention_of(resolve(text), mention)
    assert (found.text, found.actor.code, found.how) == (mention, code, how)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Serbs shelled the town on Monday.", ["SRB"]),  # no country before it: the people's own state
        ("Israeli Palestinian talks resumed on Monday.", ["ISR", "PSE"]),  # not a people's noun
        ("An Egyptian Arab League envoy arrived.", ["ARABLEAGUE"]),  # the noun starts a longer name
    ],
)
def test_people_nouns_join_only_a_listed_noun_right_after_a_country(resolve, text, codes):
    assert [m.actor.code for m in resolve(text) if m.actor] == codes
