"""Events the coder does not emit, since CAMEO and PLOVER code another word of the sentence as its
one event: a violent noun told only by where it happened, an act ordered of another country or
body, the threatener's own threatened act, the past event a background phrase names, the demand
or appeal another actor answers, the act an offer or a permission states, the act another actor
is said to be obliged to do, the act a condemnation, protest or inquiry is about, the act a verb
of naming judges, and the object a verb's pattern names ("lodged a protest"); and events a word
codes only by a misreading ("clashed, leaving ten dead" is no withdrawal).

The sentences are written for these tests, not taken from the gold sets.
"""

import datetime as dt

import pytest

from tests.events.test_patterns import coded, found

pytestmark = pytest.mark.model

DAY = dt.date(2000, 1, 1)


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        # (a) a violent noun whose only actor is its place does not take the place as its source
        ("Kenya sent investigators to look into the bombing in Nairobi.", None, ("KEN", "18", "KEN")),
        # ... nor does a noun another verb speaks about ("raise the detention"): no arrest by Iran is told
        ("Ottawa plans to raise the detention of Canadian citizens in Iran at the summit.", None, ("IRN", "17", "CAN")),
        # (b) an order to another country or body: the act ordered is the order's content only
        ("The tribunal ordered Serbia to hand over two generals.", None, ("SRB", "08", "SRB")),
        ("Russia ignored the International Court of Justice's order to halt its military operations in Ukraine.",
         None, ("RUS", "08", "UKR")),
        # ... but the orderer's own forces act on its order
        ("Moscow ordered its troops to withdraw from the border town.", ("RUS", "0874", "RUS"), None),
        # (c) the threatener's own threatened act is the threat alone
        ("Ankara threatened to expel Dutch diplomats if the Netherlands banned the rally.",
         ("TUR", "13", "NLD"), ("TUR", "161", "NLD")),
        # ... an act warned of by another stays, hypothetical
        ("Oman warned that Iran would retaliate against any attack.", ("IRN", "190", None), None),
        # (d) a past event named by a background phrase (after, following, since)
        ("Tunisia closed its border with Libya following clashes between militias and the Libyan army.",
         ("TUN", "191", "LBY"), ("LBY", "19", None)),
        ("Greece expelled a Turkish diplomat after Ankara's arrest of two Greek soldiers.",
         ("GRC", "161", "TUR"), ("TUR", "173", "GRC")),
        ("Armenia and Azerbaijan held their first talks since the Azerbaijani offensive in Karabakh.",
         ("ARM", "040", "AZE"), ("AZE", "19", None)),
        # (e) a demand or appeal made by another, answered by the subject: the answer is the event
        ("Caracas rejected Washington's demand for early elections.", ("VEN", "120", "USA"), ("USA", "10", None)),
        ("Hanoi dismissed an appeal from Beijing to free the detained fishermen.",
         ("VNM", "120", "CHN"), ("CHN", "02", None)),
        # ... the speaker's own demand, restated, stays
        ("Iran reiterated its demand that Iraq pay reparations.", ("IRN", "100", "IRQ"), None),
        # (f) an act offered, or one its actor is ready, willing or prepared to do, is the offer alone:
        # the intent (03x) is the event, and neither the act nor the talks it would host happened
        ("Norway offered to mediate between the Colombian government and the rebels.",
         ("NOR", "039", "COL"), ("NOR", "04", "COL")),
        ("Austria said it was ready to host talks between Serbia and Kosovo.",
         ("AUT", "036", "SRB"), ("SRB", "04", "XKX")),
        ("Ghana is willing to send peacekeepers to Mali.", ("GHA", "033", "MLI"), ("GHA", "074", "MLI")),
        # ... whose target the offered act names through a verb of helping ("to help mediate between")
        ("Turkey offered to help mediate between Russia and Ukraine.", ("TUR", "03", "RUS"), ("TUR", "04", "RUS")),
        # ... and so is the act a coded permission lets another do (the permission is the concession)
        ("Egypt allowed a UN delegation to meet Palestinian officials in Rafah.",
         ("EGY", "086", "UN"), ("UN", "04", "PSE")),
        # (g) "X said Y must ...": X's demand is the event, not Y's act
        ("The Dutch foreign minister said Russia must release the detained activists.",
         ("NLD", "100", "RUS"), ("RUS", "0841", "RUS")),
        ("Japan said China must withdraw its ships from the disputed waters.",
         ("JPN", "100", "CHN"), ("CHN", "0874", "CHN")),
        # (h) the act a condemnation, protest or inquiry is about is told as known: not coded again
        ("Brazil condemned Venezuela's crackdown on opposition protesters.", ("BRA", "111", "VEN"), ("VEN", "175", "VEN")),
        ("Thousands of Greeks marched in Athens to protest against the Turkish occupation of northern Cyprus.",
         None, ("TUR", "192", "CYP")),
        ("Norway voiced concern over the detention of journalists in Iran.", ("NOR", "111", "IRN"), ("IRN", "173", "IRN")),
        # ... but a noun of the stance itself is its act ("lodged a protest")
        ("Canada lodged a protest over China's arrest of two Canadian citizens.",
         ("CAN", "114", "CHN"), ("CHN", "173", "CAN")),
        # (i) "leaving six soldiers dead" tells the toll of a clash, not troops leaving a country
        ("Indian and Pakistani troops exchanged fire across the border, leaving six soldiers dead.",
         ("IND", "190", "PAK"), ("IND", "0874", "PAK")),
        ("The last French troops left Mali on Monday.", ("FRA", "0874", "MLI"), None),
        # ... and "step up work" is no stepping down (a phrasal verb's lemma carries its particle: step+down)
        ("Georgia and Moldova agreed to step up work on a trade accord.", ("GEO", "030", "MDA"), ("GEO", "0341", None)),
        ("The Bolivian president agreed to step down.", ("BOL", "0341", "BOL"), None),
        # ... and tear gas is riot control, not a chemical weapon (a compound noun in a condition: tear_gas)
        ("Police in Dhaka used tear gas against striking garment workers.", ("BGD", "175", "BGD"), ("BGD", "2041", "BGD")),
        ("Sudanese troops used mustard gas against villagers in Darfur.", ("SDN", "2041", "SDN"), None),
        # (k) a verb and the object its pattern names tell one act, read by the more confident pattern:
        # a protest lodged is a complaint, not a demonstration; talks called off are no meeting
        ("Canada lodged a protest over China's arrest of two Canadian citizens.", None, ("CAN", "141", "CHN")),
        ("Seoul called off talks with Tokyo.", ("KOR", "164", "JPN"), ("KOR", "04", "JPN")),
        ("Kenya ordered the expulsion of the Somali ambassador.", ("KEN", "161", "SOM"), ("KEN", "174", "SOM")),
        # ... but the object's reading that stands for another word's act stays: the agreement
        ("Georgia and Armenia agreed to step up joint patrols along their border.", ("GEO", "0312", "ARM"), None),
        # (j) a carrying verb with an object predicate names its object: the exercises are not Beijing's
        ("Beijing called the naval exercises a threat to regional peace.", None, ("CHN", "15", None)),
        ("Beijing held naval exercises in the South China Sea.", ("CHN", "150", None), None),
    ],
)
def test_uncoded_acts(coder, text, kept, dropped):
    events = coder(text, DAY)
    if kept:
        assert found(events, *kept), coded(events)
    if dropped:
        assert not found(events, *dropped), coded(events)


def test_own_obligation_keeps_its_act(coder):
    # the speaker's own country must act: no demand of another, so the act stays, hypothetical
    events = coder("Russia must withdraw its forces, the Russian defence minister said.", DAY)
    withdrawals = [e for e in events if e.cameo == "0874"]
    assert withdrawals and {e.status for e in withdrawals} == {"hypothetical"}, coded(events)
