"""One act, one event: words that tell the same act again, bare statements beside real events,
and the status of acts a sentence does not assert (conditions, agreements, demands, charges)."""

import pytest

from tests.events.test_coder import key, triples

pytestmark = pytest.mark.model


# act_families.tsv: a purpose, participle or "when" clause telling the same act
@pytest.mark.parametrize(
    "text, kept, gone",
    [
        # the means is the act, the killing its outcome; the kept event takes the victims
        ("Ugandan rebels shelled the Sudanese town of Nimule, killing eleven civilians.", "19", "182"),
        ("Three Chechen suicide bombers killed 40 soldiers when they blew up a truck at a Russian base.", "183", "182"),
        # the force is the act, the dispersal what it was used for
        ("Bangladeshi troops opened fire on Monday to disperse striking garment workers in Dhaka.", "19", "175"),
        # the protest is the act, the demand what it is for
        ("Thousands of Kenyan teachers marched through Nairobi to demand higher pay.", "14", "10"),
        ("Nigerian trade unions staged a general strike demanding lower fuel prices.", "14", "10"),
        # the pledge and the intent it states are one statement, at its most specific code
        ("Uganda pledged to pull its soldiers out of Congo by June.", "035", "030"),
    ],
)
def test_one_act_told_by_linked_words_is_coded_once(coder, text, kept, gone):
    events = coder(text)
    codes = [e.cameo for e in events]
    assert any(c.startswith(kept) for c in codes), codes
    assert not any(c.startswith(gone) and not c.startswith(kept) for c in codes), codes


def test_one_act_merged_event_takes_the_victims_it_names(coder):
    events = [e for e in coder("Ethiopian warplanes bombed the Eritrean port of Assab, killing eleven civilians.")
              if e.root in ("18", "19")]
    assert len(events) == 1 and key(events[0].target) == "ERI"


def test_acts_of_another_actor_or_after_another_act_stay_apart(coder):
    # "after" opens another act; a clause with a subject of its own is someone else's act
    events = coder("Armenian artillery shelled two villages after Azerbaijani troops killed three Armenian soldiers.")
    assert {key(e.source) for e in events if e.root in ("18", "19")} == {"ARM", "AZE"}
    # a participle telling another actor's act is another act
    events = coder("Hezbollah fired rockets at northern Israel, prompting Israeli air strikes on Lebanon.")
    assert {key(e.source) for e in events if e.root == "19"} == {"ISR", "LBN"}


def test_bare_statement_gives_way_to_a_weak_event(coder):
    events = coder("Norway will provide Sudan with three million dollars in loans, the Norwegian embassy said.")
    assert "01" not in {e.root for e in events} and "07" in {e.root for e in events}


# status_cues.tsv
@pytest.mark.parametrize(
    "text, code, status",
    [
        # a plan that hangs on a condition is hypothetical; its stating stays a threat
        ("Turkey said it would close its airspace to Israeli jets unless Israel apologised.", "13", "occurred"),
        ("Armenia agreed on Friday to release thirty Azerbaijani prisoners.", "0841", "planned"),
        ("Serbia charged that Albania was arming separatist rebels in Kosovo.", "072", "reported-claim"),
    ],
)
def test_status_of_acts_not_asserted(coder, text, code, status):
    events = coder(text)
    assert status in {e.status for e in events if e.cameo.startswith(code)}, [(e.cameo, e.status) for e in events]


# status_cues.tsv, column uncoded: the act a demand asks of another is no event of its own, the
# demand is (CAMEO and PLOVER code the saying)
@pytest.mark.parametrize(
    "text, demand",
    [
        ("Greece insisted that Turkey withdraw its troops from northern Cyprus.", "10"),
        # a noun act named as what is demanded
        ("Syria demanded a complete Israeli withdrawal from the Golan Heights.", "10"),
    ],
)
def test_act_demanded_of_another_is_not_coded(coder, text, demand):
    events = coder(text)
    assert any(e.root == demand for e in events), [(e.cameo, e.status) for e in events]
    assert not [e for e in events if e.cameo.startswith("087")], [(e.cameo, e.status) for e in events]


def test_conditional_plan_itself_is_hypothetical(coder):
    events = coder("Turkey said it would close its airspace to Israeli jets unless Israel apologised.")
    closing = [e for e in events if e.root not in ("01", "03", "13")]
    assert closing and all(e.status == "hypothetical" for e in closing)


def test_removal_from_office_is_no_rejection(coder):
    assert not [e for e in coder("Kenya's president dismissed his finance minister on Friday.") if e.root == "12"]
    assert ("KEN", "120", "UGA") in triples(coder("Kenya dismissed Uganda's proposal for a joint border force."))


def test_restrictions_imposed_against_a_country_s_goods_fall_on_it(coder):
    assert ("GBR", "172", "ARG") in triples(coder("Britain imposed restrictions against Argentine beef imports."))
    # threatened, they fall on it too; the threat is the one event (status_cues.tsv, uncoded speaker)
    assert triples(coder("Britain threatened to impose restrictions against Argentine beef imports.")) == {
        ("GBR", "1312", "ARG")}


def test_act_someone_is_accused_of_is_a_claim(coder):
    events = coder("Amnesty accused Sri Lankan troops of killing civilians in Jaffna.")
    acts = [e for e in events if e.root == "18"]
    assert acts and all(e.status == "reported-claim" for e in acts)


# status_cues.tsv, column uncoded: CAMEO and PLOVER code a demand, appeal or threat as one event, the
# act of saying it; the act asked of the addressee is no event of its own (users read it as invented)
@pytest.mark.parametrize(
    "text, said, asked",
    [
        ("Norway urged Sri Lanka to free the detained aid workers.", ("NOR", "LKA"), "084"),
        # "call on" names the addressee by a preposition: whoever the parse makes act, the act is asked
        ("The African Union called on Eritrea to withdraw its soldiers from Djibouti.", ("AU", "ERI"), "087"),
        ("The Philippines pressed China to withdraw its coast guard vessels from the shoal.", ("PHL", "CHN"), "087"),
    ],
)
def test_act_asked_of_the_addressee_is_not_coded(coder, text, said, asked):
    events = coder(text)
    assert said in {(key(e.source), key(e.target)) for e in events if e.root in ("02", "10")}, triples(events)
    assert not [e for e in events if e.cameo.startswith(asked)], triples(events)


# status_cues.tsv, column uncoded: the act in the if/unless condition of a threat or of a plan is
# the condition, not an event; the threat keeps its code
@pytest.mark.parametrize(
    "text, threat, conditioned",
    [
        ("Japan threatened to suspend aid if North Korea launches another missile.", ("JPN", "13"), "PRK"),
        ("Ankara warned that it would cut off water supplies unless Iraq expelled the Kurdish rebels.", ("TUR", "13"), "IRQ"),
        ("Germany threatened new sanctions unless Belarus released the political prisoners.", ("DEU", "13"), "BLR"),
    ],
)
def test_act_in_a_threat_s_condition_is_not_coded(coder, text, threat, conditioned):
    events = coder(text)
    assert threat in {(key(e.source), e.root) for e in events}, triples(events)
    assert not [e for e in events if key(e.source) == conditioned], triples(events)


def test_possible_act_on_a_condition_stays_hypothetical(coder):
    # the conditioned act is the sentence's own modal act, not a condition's: kept, hypothetical
    events = coder("Ethiopia could attack Eritrea if the talks collapse.")
    assert [(key(e.source), key(e.target), e.status) for e in events if e.root == "19"] == [("ETH", "ERI", "hypothetical")]


# the parser opens "for Y to do" with "for" as a clause marker: Y is the object of "for" (the one
# appealed to), and the act is only asked of Y
@pytest.mark.parametrize(
    "text, said",
    [
        ("The European Union called for Serbia to withdraw its police from the border villages.", ("EU", "020", "SRB")),
        ("Canada pressed for Venezuela to free the jailed journalists.", ("CAN", "100", "VEN")),
    ],
)
def test_act_asked_in_a_for_clause_is_not_coded(coder, text, said):
    events = coder(text)
    assert said in triples(events), triples(events)
    assert not [e for e in events if e.root == "08"], triples(events)
