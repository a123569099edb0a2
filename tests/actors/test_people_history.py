"""Office holders of about 1975-2005 (people.tsv): wire news of those years names them bare."""

from __future__ import annotations

import pytest

from tests.actors.conftest import mention_of


@pytest.mark.parametrize(
    ("text", "published", "mention", "code", "office", "name"),
    [
        ("Yeltsin said the plan would work.", "1995-06-01", "Yeltsin", "RUSGOV", "President", "Boris Yeltsin"),
        ("Yeltsin said the plan would work.", "2000-01-01", "Yeltsin", "RUS", "former President", "Boris Yeltsin"),
        ("Baker met the king in Amman.", "1991-03-01", "Baker", "USAGOV", "Secretary of State", "James Baker"),
        ("Gorbachev said the plan would work.", "1991-06-01", "Gorbachev", "RUSGOV", "President of the Soviet Union",
         "Mikhail Gorbachev"),
        # two Bushes, dated apart
        ("Bush said the plan would work.", "1990-06-01", "Bush", "USAGOV", "President", "George H. W. Bush"),
        ("Bush said the plan would work.", "2003-06-01", "Bush", "USAGOV", "President", "George W. Bush"),
        # two Assads, dated apart
        ("Assad said the plan would work.", "1995-06-01", "Assad", "SYRGOV", "President", "Hafez al-Assad"),
        ("Assad said the plan would work.", "2005-06-01", "Assad", "SYRGOV", "President", "Bashar al-Assad"),
        # a person's earlier terms: Netanyahu's first, Sharif's second
        ("Netanyahu said the plan would work.", "1997-06-01", "Netanyahu", "ISRGOV", "Prime Minister",
         "Benjamin Netanyahu"),
        ("Sharif said the plan would work.", "1998-06-01", "Sharif", "PAKGOV", "Prime Minister", "Nawaz Sharif"),
        ("Karadzic said the plan would work.", "1994-06-01", "Karadzic", "BIHGOV", "President of Republika Srpska",
         "Radovan Karadžić"),
        ("Boutros-Ghali said the plan would work.", "1994-06-01", "Boutros-Ghali", "UN", "Secretary-General",
         "Boutros Boutros-Ghali"),
        ("Thatcher said the plan would work.", "1985-06-01", "Thatcher", "GBRGOV", "Prime Minister",
         "Margaret Thatcher"),
    ],
)
def test_resolve_office_holders_of_the_late_cold_war_and_the_1990s(resolve, text, published, mention, code, office,
                                                                  name):
    actor = mention_of(resolve(text, published), mention).actor
    assert (actor.code, actor.office, actor.name) == (code, office, name)


def test_bhutto_is_benazir_in_office_and_zulfikar_has_no_bare_surname(kb):
    bhutto = [t.key for t in kb.aliases.targets_of("Bhutto") if t.kind == "person"]
    assert bhutto == ["benazir-bhutto"]
