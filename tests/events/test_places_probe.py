"""Places and peoples found on fresh probes of wire news:
a gazetteer town after "the city/town/port of" is a place whatever the parser's entity label,
a place phrase on the second of two coordinated objects locates the act, "Indians" after a
tribe's name or a country's adjective are indigenous peoples where they live (not India's
nationals), and "the streets of <city>" is where an act happens.

The sentences are written for these tests, not taken from the gold sets.
"""

import datetime as dt

import pytest

from newsevents.actors import KnowledgeBase, resolve_mentions
from newsevents.events import CoderRules, code_events
from newsevents.nlp import analyze
from tests.events.test_patterns import coded, found
from tests.helpers import make_article

pytestmark = pytest.mark.model

DAY = dt.date(2000, 1, 1)


@pytest.fixture(scope="module")
def run(analyzer):
    """Return a function giving a text's (mentions, events) with the shipped tables."""
    kb, rules = KnowledgeBase.load(), CoderRules.load()

    def go(text: str):
        analyzed = analyze(make_article(text, DAY), analyzer)
        mentions = resolve_mentions(analyzed, kb)
        return mentions, code_events(analyzed, mentions, rules)

    return go


def mention(mentions, word):
    return next(m for m in mentions if word in m.text)


@pytest.mark.parametrize(
    "text, word, code",
    [
        # places.py cue words win over a person's name the parser alone proposed (phrases.py `_keeps_out_place`)
        ("Federal tanks fired on the city of Dubrovnik from the hills.", "Dubrovnik", "HRV"),
        ("Rebel artillery shelled the port of Kismayo on Tuesday.", "Kismayo", "SOM"),
    ],
)
def test_town_after_place_noun_is_a_place_whatever_the_entity_label(run, text, word, code):
    mentions, _ = run(text)
    found_mention = mention(mentions, word)
    assert found_mention.actor is not None and found_mention.actor.code == code, found_mention
    assert found_mention.how.startswith("place:")


def test_place_phrase_on_a_coordinated_object_locates_the_act(run):
    # slots.py `_object_conjuncts`: "outside Quetta" hangs from the second object
    _, events = run("Militants attacked a police post and a power station outside Quetta overnight.")
    assert any(e.root == "19" and e.target is not None and e.target.country == "PAK" for e in events), coded(events)


@pytest.mark.parametrize(
    "text, word, code",
    [
        # people_nouns.tsv indians (ethnic): a country's adjective before it is where they live
        ("American Indians blocked a highway on Monday.", "Indians", "USA"),
        ("Mexican Indians seized a town hall in Chiapas.", "Indians", "MEX"),
        # a tribe's name before it (phrases.py `_after_nations_name`): no state's, never India's
        ("Navajo Indians protested outside the state capitol in Phoenix.", "Indians", None),
        ("Hundreds of Guarani Indians occupied a ranch in western Brazil.", "Indians", None),
        # "Indians" alone are still India's nationals
        ("Indians living in Dubai protested on Friday.", "Indians", "IND"),
    ],
)
def test_indians_after_a_tribe_or_country_are_not_india(run, text, word, code):
    mentions, _ = run(text)
    found_mention = mention(mentions, word)
    assert (found_mention.actor.code if found_mention.actor else None) == code, found_mention


def test_indigenous_people_are_coded_where_they_live(run):
    # ethnic_markers.tsv indigenous: those blocking roads are Ecuador's, not India's
    _, events = run("Thousands of indigenous Indians blocked roads in Ecuador on Tuesday.")
    assert found(events, "ECU", "14", "ECU") and not found(events, "IND", "14", "ECU"), coded(events)


def test_streets_of_a_city_are_a_place_not_its_government(run):
    # place_nouns.tsv streets: the city after "the streets of" is a place
    mentions, _ = run("Crowds filled the streets of Manila on Sunday.")
    assert mention(mentions, "Manila").how.startswith("place:")


def test_streets_of_a_city_locate_the_act(run):
    # slots.py `_of_place_object`: "through the streets of Lima" says where the march was
    _, events = run("Thousands of students marched through the streets of Lima to demand lower fees.")
    assert found(events, "PER", "14", "PER"), coded(events)
