"""Grammar of the event coder with a user's PETRARCH dictionaries: a compound code, lists of
names the parser misreads, a role spread over the places of its phrase, a prefix agent joined
with another role, and a noun without a plural. The names are a small dictionary of our own."""

import datetime as dt

import pytest

from newsevents.actors import KnowledgeBase, resolve_mentions
from newsevents.actors.dictionaries import load_dictionaries
from newsevents.events import CoderRules, code_events
from newsevents.nlp import analyze
from tests.helpers import make_article

pytestmark = pytest.mark.model

ACTORS = """\
WESTMARCH [WMA]
STONEFIELD [STF]
HIGHWATER [HGW]
FALLOWMERE [FLM]
BRACKENFORD [BRK]
THE_TWIN_CROWNS [WMA/STF]
"""
AGENTS = "MEDAID {} [NGO~]\nPHYSICIAN [~HLH]\nPOLICE {} [~COP]\n"


@pytest.fixture(scope="module")
def user_kb(tmp_path_factory) -> KnowledgeBase:
    folder = tmp_path_factory.mktemp("dicts")
    (folder / "my.actors.txt").write_text(ACTORS, encoding="utf-8")
    (folder / "my.agents.txt").write_text(AGENTS, encoding="utf-8")
    return KnowledgeBase.load().with_dictionaries(load_dictionaries([folder / "my.actors.txt", folder / "my.agents.txt"]))


@pytest.fixture(scope="module")
def coded(analyzer, user_kb):
    rules = CoderRules.load()

    def code(text: str):
        analyzed = analyze(make_article(text, dt.date(2020, 5, 4)), analyzer)
        mentions = resolve_mentions(analyzed, user_kb)
        return mentions, code_events(analyzed, mentions, rules)

    return code


def pairs(events) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in events}


def test_compound_code_is_each_of_its_actors(coded):
    mentions, events = coded("The Twin Crowns hailed the reopening of consulates in Brackenford.")
    assert [(m.text, m.actor.code) for m in mentions if "Crowns" in m.text] == [("Twin Crowns", "WMA"), ("Twin Crowns", "STF")]
    assert {s for s, _ in pairs(events)} == {"WMA", "STF"}


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # the parser reads "the Westmarch" as an apposition of Stonefield: a list all the same
        ("Stonefield, the Westmarch, Highwater and Fallowmere hailed the reopening of consulates in Brackenford.",
         {"STF", "WMA", "HGW", "FLM"}),
        # and "Highwater and" as a modifier of Fallowmere
        ("Highwater and the cruel awful Fallowmere hailed the reopening of consulates in Westmarch.", {"HGW", "FLM"}),
    ],
)
def test_misparsed_list_of_names_is_every_name(coded, text, sources):
    _, events = coded(text)
    assert {s for s, _ in pairs(events)} == sources


def test_role_spreads_over_the_places_of_its_phrase(coded):
    # the parser hangs Brackenford on "Police": police of both places, not Brackenford itself
    _, events = coded("Police in Stonefield and Brackenford detained dozens of smugglers from Westmarch.")
    assert {s for s, _ in pairs(events)} == {"STFCOP", "BRKCOP"}


def test_prefix_agent_joins_another_role(coded):
    mentions, _ = coded("A MEDAID Highwater physician arrived in Westmarch on Monday.")
    assert [m.actor.code for m in mentions if "physician" in m.text] == ["NGOHGWHLH"]


def test_agent_without_plural_names_no_plural(coded):
    mentions, _ = coded("Highwater will restore its ties with Stonefield's polices next year.")
    assert [m.actor.code for m in mentions if "Stonefield" in m.text] == ["STF"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a participle's agent says whose the welcomed thing is
        ("Chile welcomed the proposals drafted by Peru on water rights.", ("CHL", "PER")),
        # the phrase the parser hung on the verb after the object's topic
        ("Chile welcomed memos on the economy from Peru last week.", ("CHL", "PER")),
        # the owner's phrase the parser hung on the noun of the object's topic, the topic on the verb
        ("Japan welcomed assurances on maritime security from Washington during the talks.", ("JPN", "USAGOV")),
        # ... the topic on the object
        ("Sweden rejected complaints about fishing quotas from Norway on Monday.", ("SWE", "NOR")),
        # ... or on a participle after the topic's noun
        ("Canada welcomed the pledges on climate finance made by Germany at the summit.", ("CAN", "DEU")),
        # a country's name inside a sea's is no actor: the two agree with each other
        ("Vietnam and Malaysia agree that quarrels over reefs of the South China Sea must be settled by talks.",
         ("VNM", "MYS")),
    ],
)
def test_target_of_the_object_phrase(coder, text, pair):
    assert pair in {(e.source.code, e.target.code if e.target else None) for e in coder(text)}


def test_name_inside_a_sea_is_no_actor(coder):
    events = coder("Vietnam and Malaysia agree that quarrels over reefs of the South China Sea must be settled by talks.")
    assert events and all(e.target is None or e.target.country != "CHN" for e in events)



def test_noun_describing_the_names_after_it_is_not_the_subject(coder):
    # the parser makes "foes" and "Armenia" two subjects of one verb; the names are the subject
    events = coder("Longtime foes Armenia and Azerbaijan restored full relations last week.")
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= {(e.source.code, e.target.code if e.target else None) for e in events}
