"""A user's PETRARCH dictionaries in the knowledge base: merging, codes on a date, resolution."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents.actors import KnowledgeBase, resolve_mentions
from newsevents.actors.aliases import Target
from newsevents.actors.data import Country, Region, Role
from newsevents.actors.dictionaries import load_dictionaries
from newsevents.actors.resolve import join_agent
from newsevents.records import Actor
from tests.actors.conftest import mention_of
from tests.helpers import resolve_shared_path

D = dt.date.fromisoformat
ACTORS = """\
ISRAEL [XIS]
GONDOR [GON]
+MINAS_TIRITH
GONDOR_AGAIN [ZZZ]
+GONDOR
SLINKER
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
UNITED_NATIONS [IGOUNO]
KOFI_ANNAN [IGOUNO 970101-061231] [ELI]
KOSOVO [KSV]
EUROPE_ [EURGOV]
"""
AGENTS = "PRESIDENT [~GOV]\nPOLICE {} [~MIL]\nHUMAN_RIGHTS_BODY [NGO~]\n"


@pytest.fixture
def tiny(tmp_path) -> KnowledgeBase:
    """A shipped knowledge base of Israel, Kosovo, Europe, "president" and "police", with a user's files."""
    (tmp_path / "my.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "my.agents.txt").write_text(AGENTS, encoding="utf-8")
    rows = [("ISR", "ISR", "Israel"), ("XKX", "KSV", "Kosovo")]
    countries = {c: Country(c, cameo, name, (), (), (), "test") for c, cameo, name in rows}
    roles = {
        "president": Role("president", ("president",), "GOV", "title", "President", False, "test"),
        "police": Role("police", ("police",), "COP", "group", "", False, "test"),
    }
    regions = {"EUR": Region("EUR", "Europe", (), (), "test")}
    shipped = KnowledgeBase.build(countries=countries, regions=regions, roles=roles)
    return shipped.with_dictionaries(load_dictionaries([tmp_path / "my.actors.txt", tmp_path / "my.agents.txt"]))


def test_dictionaries_kb_user_name_wins_over_shipped_one(tiny):
    (target,) = tiny.aliases.targets_of("Israel")
    assert target.kind == "imported" and tiny.imported_actor(target.key, None).code == "XIS"


def test_dictionaries_kb_merge_leaves_the_shipped_knowledge_base_unchanged(tiny):
    shipped = KnowledgeBase.build(countries={"ISR": Country("ISR", "ISR", "Israel", (), (), (), "test")})
    shipped.with_dictionaries(load_dictionaries([]))
    assert shipped.aliases.targets_of("Israel") == (Target("country", "ISR"),)


def test_dictionaries_kb_first_user_entry_wins(tiny):
    (target,) = tiny.aliases.targets_of("Gondor")
    assert tiny.imported_actor(target.key, None).code == "GON"


def test_dictionaries_kb_agent_with_the_shipped_code_keeps_the_shipped_row(tiny):
    assert tiny.aliases.targets_of("president") == (Target("role", "president"),)
    (police,) = tiny.aliases.targets_of("police")
    assert (police.key, tiny.roles[police.key].role) == ("my.agents.txt:2", "MIL")
    (body,) = tiny.aliases.targets_of("human rights bodies")
    assert tiny.roles[body.key].role == "NGO~"


@pytest.mark.parametrize(
    ("name", "day", "actor"),
    [
        ("Minas Tirith", None, Actor("GON", "GON", None, "Gondor")),
        ("Slinker", "1996-01-01", Actor("HOBGOV", "HOB", "GOV", "Slinker")),
        ("United Nations", None, Actor("IGOUNO", None, None, "United Nations")),  # IGO: no country
        ("Kofi Annan", "2001-01-01", Actor("IGOUNO", None, None, "Kofi Annan")),
        ("Kofi Annan", "2010-01-01", Actor("ELI", None, "ELI", "Kofi Annan")),  # a role of no country
        ("Kosovo", None, Actor("KSV", "XKX", None, "Kosovo")),  # CAMEO's code, ISO country
        ("Europe", None, Actor("EURGOV", None, None, "Europe")),  # a CAMEO region is no country
    ],
)
def test_dictionaries_kb_imported_actor_keeps_the_code_as_written(tiny, name, day, actor):
    (target,) = tiny.aliases.targets_of(name)
    assert tiny.imported_actor(target.key, D(day) if day else None) == actor


def test_dictionaries_kb_compound_code_names_every_actor(tmp_path):
    (tmp_path / "my.actors.txt").write_text("THE_TWIN_CROWNS [WMA/ISR]\n", encoding="utf-8")
    shipped = KnowledgeBase.build(countries={"ISR": Country("ISR", "ISR", "Israel", (), (), (), "test")})
    kb = shipped.with_dictionaries(load_dictionaries([tmp_path / "my.actors.txt"]))
    (target,) = kb.aliases.targets_of("Twin Crowns")
    assert [a.code for a in kb.imported_actors(target.key, None)] == ["WMA", "ISR"]
    assert kb.imported_actor(target.key, None).code == "WMA"


def test_dictionaries_kb_agent_without_plural_drops_the_shipped_plural(tmp_path):
    roles = {"police": Role("police", ("police",), "COP", "group", "", False, "test")}
    shipped = KnowledgeBase.build(roles=roles)
    assert shipped.aliases.targets_of("polices") == (Target("role", "police"),)  # made by iter_aliases
    (tmp_path / "my.agents.txt").write_text("POLICE {} [~COP]\n", encoding="utf-8")
    kb = shipped.with_dictionaries(load_dictionaries([tmp_path / "my.agents.txt"]))
    assert kb.aliases.targets_of("polices") == () and kb.aliases.targets_of("police") == (Target("role", "police"),)


def test_dictionaries_kb_imported_actor_is_none_when_no_code_holds(tiny):
    (target,) = tiny.aliases.targets_of("Slinker")
    assert tiny.imported_actor(target.key, D("2005-01-01")) is None


@pytest.mark.parametrize(
    ("code", "role", "joined"),
    [
        ("GON", "GOV", "GONGOV"),
        ("USAGOV", "GOV", "USAGOV"),
        ("PSEREBHMS", "MIL", "PSEREBHMSMIL"),
        ("GON", "NGO~", "NGOGON"),
    ],
)
def test_dictionaries_resolve_join_agent_as_petrarch(code, role, joined):
    assert join_agent(code, role) == joined


def test_dictionaries_kb_load_reads_the_petrarch_files(shared_path):
    folder = shared_path("eval/petrarch-unittest-dictionaries")
    kb = KnowledgeBase.load(dictionaries=[folder / "PETR.Validate.actors.txt", folder / "PETR.Validate.agents.txt"])
    (egypt,) = kb.aliases.targets_of("Egypt")
    assert kb.imported_actor(egypt.key, None).code == "UAR"  # the suite's code, not the shipped EGY


@pytest.fixture(scope="module")
def petrarch_kb() -> KnowledgeBase:
    folder = resolve_shared_path("eval/petrarch-unittest-dictionaries")
    files: list[Path] = [folder / "PETR.Validate.actors.txt", folder / "PETR.Validate.agents.txt"]
    return KnowledgeBase.load(dictionaries=files)


@pytest.mark.model
def test_dictionaries_resolve_fictional_countries(parse, petrarch_kb):
    text = "Arnor plans to reopen trade with Gondor nearly four years after a fire gutted the border market."
    mentions = resolve_mentions(parse(text, "1995-01-01"), petrarch_kb)
    assert [(m.text, m.actor.code if m.actor else None) for m in mentions] == [("Arnor", "ARN"), ("Gondor", "GON")]
    assert mentions[0].how == "dictionary:PETR.Validate.actors.txt:45"


@pytest.mark.model
@pytest.mark.parametrize(
    ("published", "code"),
    [("2008-01-19", "HOBCIV"), ("2010-01-06", "HOBMIL"), ("2010-01-12", "ORCHOB"), ("2010-01-13", "HOBMIL")],
)
def test_dictionaries_resolve_dated_code_on_the_article_date(parse, petrarch_kb, published, code):
    mentions = resolve_mentions(parse("Sam Gamgee argued with some Morgul Orcs.", published), petrarch_kb)
    sam, orcs = mention_of(mentions, "Sam Gamgee").actor, mention_of(mentions, "Morgul Orcs").actor
    assert (sam.code, orcs.code) == (code, "MRGORC")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Arnor wants closer trade links with Gondor's government.", "Gondor's government", "GONGOV"),
        ("Arnor security officials met Gondor police.", "Gondor police", "GONCOP"),
        ("The Quibbler government newspaper criticised Gondor.", "Quibbler government newspaper", "HGWGOVMED"),
        ("The human rights body of Gondor criticised Arnor.", "human rights body of Gondor", "NGOGON"),
        ("Hamas gunmen attacked Israeli troops.", "Hamas gunmen", "PSEHMSMIL"),
    ],
)
def test_dictionaries_resolve_agents_join_the_actor_code(parse, petrarch_kb, text, phrase, code):
    mentions = resolve_mentions(parse(text, "1995-01-01"), petrarch_kb)
    assert mention_of(mentions, phrase).actor.code == code
