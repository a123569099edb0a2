"""The matching rule of ../shared/eval/README.md, on hand-built produced/expected pairs."""

import pytest

from newsevents.evaluation import GoldEvent
from newsevents.evaluation.gold import PETRARCH, PLOVER_STYLE
from newsevents.evaluation.matching import METRICS, actors_agree, country_key, plover_found
from newsevents.events.codebook import load_codebook
from tests.evaluation.builders import ITA, JPN, NATO, RUS, TALIBAN, UKR, UN, USA, VNM, make_event


@pytest.mark.parametrize(
    "source, target, plover, gold, found",
    [
        # "Russia accused Ukraine of shelling Kharkiv": country-level keys, not full codes
        (RUS, UKR, "ACCUSE", GoldEvent(("RUS",), ("UKR",), "ACCUSE"), True),
        (RUS, UKR, "THREATEN", GoldEvent(("RUS",), ("UKR",), "ACCUSE"), False),
        (RUS, UKR, None, GoldEvent(("RUS",), ("UKR",), "ACCUSE"), False),
        (USA, UKR, "ACCUSE", GoldEvent(("RUS",), ("UKR",), "ACCUSE"), False),
        (RUS, USA, "ACCUSE", GoldEvent(("RUS",), ("UKR",), "ACCUSE"), False),
        (RUS, UKR, "ACCUSE", GoldEvent(("RUSGOV",), ("UKR",), "ACCUSE"), False),
        (USA, None, "AGREE", GoldEvent(("USA", "JOR"), (), "AGREE"), True),
        # an empty expected list is not checked, whatever was produced on that side
        (USA, RUS, "AGREE", GoldEvent(("USA", "JOR"), (), "AGREE"), True),
        (USA, None, "AGREE", GoldEvent((), ("UKR",), "AGREE"), False),
        # legacy codes in the gold
        (RUS, JPN, "CONSULT", GoldEvent(("RUS",), ("JAP",), "CONSULT"), True),
        (ITA, USA, "SUPPORT", GoldEvent(("ITL",), ("USA",), "SUPPORT"), True),
        (USA, VNM, "COERCE", GoldEvent(("USA",), ("VTN",), "COERCE"), True),
        # generic classes accept any actor, but an actor there must be
        (RUS, UN, "REJECT", GoldEvent(("RUS",), ("IGO",), "REJECT"), True),
        (RUS, USA, "REJECT", GoldEvent(("RUS",), ("IGO",), "REJECT"), True),
        (RUS, None, "REJECT", GoldEvent(("RUS",), ("IGO",), "REJECT"), False),
        (TALIBAN, USA, "ASSAULT", GoldEvent(("IMG",), ("USA",), "ASSAULT"), True),
        (UN, USA, "REQUEST", GoldEvent(("ISM",), ("USA",), "REQUEST"), True),
        (USA, UN, "ACCUSE", GoldEvent(("USA",), ("NGO", "RUS"), "ACCUSE"), True),
        # organisations without a country are keyed by their own code
        (NATO, RUS, "MOBILIZE", GoldEvent(("NATO",), ("RUS",), "MOBILIZE"), True),
        (USA, RUS, "MOBILIZE", GoldEvent(("NATO",), ("RUS",), "MOBILIZE"), False),
    ],
)
def test_matching_plover_rule(source, target, plover, gold, found):
    assert plover_found(make_event(source, target, plover), gold, PLOVER_STYLE) is found


@pytest.mark.parametrize(
    "actor, key", [(RUS, "RUS"), (USA, "USA"), (NATO, "NATO"), (TALIBAN, "TALIBAN")]
)
def test_matching_country_key(actor, key):
    assert country_key(actor) == key


@pytest.mark.parametrize(
    "source, target, gold, agree",
    [
        (RUS, UKR, GoldEvent(("RUSGOV",), ("UKRMIL",), code="112"), True),
        (RUS, UKR, GoldEvent(("RUS",), ("UKRMIL",), code="112"), False),
        (RUS, None, GoldEvent(("RUSGOV",), ("---",), code="112"), True),
        (RUS, UKR, GoldEvent(("RUSGOV",), ("---",), code="112"), False),
    ],
)
def test_matching_petrarch_actors_in_full(source, target, gold, agree):
    assert actors_agree(make_event(source, target, None), gold, PETRARCH) is agree


@pytest.mark.parametrize(
    "cameo, gold_code, matching",
    [
        ("1123", "1123", {"cameo", "cameo_root", "code", "code_root", "actors"}),
        ("1123", "112", {"cameo_root", "code_root", "actors"}),
        ("0234", "023", {"cameo_root", "code_root", "actors"}),
        ("120", "112", {"actors"}),
    ],
)
def test_matching_code_levels(cameo, gold_code, matching):
    event, gold = make_event(RUS, UKR, None, cameo), GoldEvent(("RUSGOV",), ("UKRMIL",), code=gold_code)
    assert {name for name, (_, match) in METRICS.items() if match(event, gold, PETRARCH)} == matching


@pytest.mark.parametrize("gold_type, cameo, found", [
    ("DEMAND", "100", True), ("DISAPPROVE", "112", True), ("DISAPPROVE", "090", True), ("INVESTIGATE", "091", True),
    ("FIGHT", "190", True), ("FIGHT", "183", True),
    ("DEMAND", "112", False), ("FIGHT", "191", False), ("REQUEST", "100", True), ("ACCUSE", "100", False),
])
def test_matching_cameo_cue_names_read_as_their_plover_type(gold_type, cameo, found):
    """Table 7.1 of the PLOVER manual: DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT."""
    event = make_event(RUS, UKR, load_codebook().get(cameo).plover, cameo)
    gold = GoldEvent(("RUS",), ("UKR",), gold_type, None)
    assert METRICS["plover"][1](event, gold, PLOVER_STYLE) is found
    assert METRICS["plover_as_written"][1](event, gold, PLOVER_STYLE) is (gold_type == event.plover)
