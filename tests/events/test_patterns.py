"""The pattern lexicon (`patterns.tsv`): sound as data, and one coded sentence per CAMEO root family.

The sentences are written for these tests, not taken from the gold sets. Each row names the source
country, the CAMEO code (four or three digits) or root (two digits) and the target country (None
where the sentence names no target actor the coder can resolve).
"""

import re

import pytest

from newsevents.events.codebook import load_codebook
from newsevents.events.data import DATA_DIR, load_patterns
from newsevents.tsv import read_tsv

PATTERNS = DATA_DIR / "patterns.tsv"


def key(actor):
    return None if actor is None else actor.country or actor.code


def coded(events):
    """The events as (source, code, PLOVER type, target, rule), for an assertion's message."""
    return [(key(e.source), e.cameo, e.plover, key(e.target), e.rule) for e in events]


def found(events, source, code, target):
    """Whether an event has this source, code (or root, when two digits) and target."""
    return any(
        key(e.source) == source
        and (e.root if len(code) == 2 else e.cameo) == code
        and key(e.target) == target
        for e in events
    )


FAMILY_SENTENCES = [
    # 01 public statement
    ("Chile claimed responsibility for the incident.", ("CHL", "015", None)),
    ("Peru denied the allegations.", ("PER", "016", None)),
    # 02 appeal: verb + preposition, infinitive complement
    ("Poland appealed to Germany for aid.", ("POL", "023", "DEU")),
    ("Kenya called for the release of the Ugandan journalists.", ("KEN", "0253", "UGA")),
    ("Austria urged Hungary to release the activists.", ("AUT", "0253", "HUN")),
    # 03 intent to cooperate
    ("Canada offered to mediate between Armenia and Azerbaijan.", ("CAN", "039", "ARM")),
    ("Mexico is ready to send aid to Cuba.", ("MEX", "033", "CUB")),
    ("Israel and Hamas agreed to a ceasefire.", ("ISR", "0356", "PSE")),
    # 04 consult: telephone, visit (noun), talks between (noun), host, mediate, negotiate
    ("The Indian prime minister telephoned the Japanese prime minister.", ("IND", "041", "JPN")),
    ("The French president paid a visit to Kyiv.", ("FRA", "042", "UKR")),
    ("Talks between Serbia and Kosovo resumed in Brussels.", ("XKX", "040", "SRB")),
    ("China hosted the Brazilian president.", ("CHN", "043", "BRA")),
    ("Qatar mediated between Israel and Hamas.", ("QAT", "045", "PSE")),
    ("Ethiopia negotiated with Eritrea.", ("ETH", "046", "ERI")),
    # 05 diplomatic cooperation
    ("Greece defended Cyprus's position on the island's future at the summit.", ("GRC", "051", "CYP")),
    ("Norway praised Sweden for its handling of the crisis.", ("NOR", "051", "SWE")),
    ("Georgia restored diplomatic relations with Moldova.", ("GEO", "054", "MDA")),
    ("Argentina apologized to Uruguay.", ("ARG", "055", "URY")),
    ("Greece and Cyprus signed a defence agreement.", ("CYP", "057", "GRC")),
    # 06 material cooperation
    ("Turkey extradited a suspect to Germany.", ("TUR", "063", "DEU")),
    ("Japan shared intelligence with Australia.", ("JPN", "064", "AUS")),
    # 07 aid: aid, weapons
    ("Japan provided humanitarian aid to Turkey.", ("JPN", "070", "TUR")),
    ("Japan provided Indonesia with $200 million in loans.", ("JPN", "070", "IDN")),  # "provide Y with": Y the object
    ("Sweden distributed food to Ethiopian refugees in Sudan.", ("SWE", "073", "ETH")),
    ("The European Union distributed aid to Albania.", ("EU", "070", "ALB")),
    ("Norway provided Ukraine with weapons.", ("NOR", "072", "UKR")),
    # 08 yield: lift, withdraw, release, ceasefire (verb and noun), call off
    ("Serbia lifted sanctions on Montenegro.", ("SRB", "085", "MNE")),
    ("Russia withdrew its troops from Georgia.", ("RUS", "0874", "GEO")),
    ("Ukraine and Russia exchanged prisoners.", ("RUS", "0841", "UKR")),
    ("Egypt declared a ceasefire with Libya.", ("EGY", "0871", "LBY")),
    ("A ceasefire between Israel and Hamas took effect.", ("PSE", "0871", "ISR")),
    ("Greek unions called off the strike.", ("GRC", "082", "GRC")),
    ("Kenya bowed to pressure from Britain.", ("KEN", "080", "GBR")),
    ("The South African government legalized the ANC.", ("ZAF", "0812", "ZAF")),
    ("Kenya legalised the opposition Forum for the Restoration of Democracy.", ("KEN", "0812", "KEN")),
    # 09 investigate
    ("Italy opened an investigation into the Albanian company.", ("ITA", "090", "ALB")),
    ("Spain investigated Moroccan officials for corruption.", ("ESP", "09", "MAR")),
    # 10 demand
    ("Pakistan demanded the withdrawal of Indian troops from Kashmir.", ("PAK", "106", "IND")),
    ("Iran demanded that Iraq release the sailors.", ("IRN", "100", "IRQ")),
    ("Egypt demanded an Israeli withdrawal from Lebanon.", ("EGY", "106", "ISR")),  # who withdraws, not whence
    # 11 disapprove: criticize, accuse of aggression, lash out at, official protest, lawsuit
    ("Sweden condemned Russia for the attack.", ("SWE", "111", "RUS")),
    ("Bolivia accused Chile of aggression.", ("BOL", "1123", "CHL")),
    ("Turkey lashed out at Greece.", ("TUR", "111", "GRC")),
    ("Iran hit out at Saudi Arabia.", ("IRN", "111", "SAU")),
    ("Serbia lodged a formal protest with Croatia.", ("SRB", "114", "HRV")),
    ("Turkey summoned the Swedish ambassador.", ("TUR", "114", "SWE")),
    ("Croatia sued Serbia for genocide.", ("HRV", "115", "SRB")),
    # 12 reject: refuse talks, turn down, veto
    ("Ethiopia refused to negotiate with Eritrea.", ("ETH", "125", "ERI")),
    ("Iran turned down the offer from France.", ("IRN", "120", "FRA")),
    ("Russia vetoed the resolution.", ("RUS", "129", None)),
    # 13 threaten: force, sanctions
    ("Iran threatened Israel with military action.", ("IRN", "138", "ISR")),
    ("China threatened to impose sanctions on Lithuania.", ("CHN", "1312", "LTU")),
    # 14 protest: against, strike
    ("Turkish students protested against Sweden.", ("TUR", "141", "SWE")),
    ("Armenian students rallied against Azerbaijan.", ("ARM", "141", "AZE")),
    ("Greek workers went on strike.", ("GRC", "143", "GRC")),  # a protest naming no target is against its own country
    # 15 force posture: mobilise, alert, drills
    ("Russia amassed troops near the border with Ukraine.", ("RUS", "154", "UKR")),
    ("Poland mobilised its reserves.", ("POL", "154", None)),
    ("Turkey put its troops on alert.", ("TUR", "152", None)),
    ("China held military drills near Taiwan.", ("CHN", "150", "TWN")),
    # 16 reduce relations: ties, sanctions (noun), aid, diplomats, ambassador, talks
    ("Qatar cut ties with Egypt.", ("QAT", "161", "EGY")),
    ("The EU imposed sanctions on Belarus.", ("EU", "163", "BLR")),
    ("Japan suspended aid to Myanmar.", ("JPN", "162", "MMR")),
    ("Russia expelled two Polish diplomats.", ("RUS", "161", "POL")),
    ("France recalled its ambassador from Algeria.", ("FRA", "161", "DZA")),
    ("Israel broke off talks with Syria.", ("ISR", "164", "SYR")),
    # 17 coerce: arrest, deport, ban
    ("Cuba jailed American citizens.", ("CUB", "173", "USA")),
    ("Belarus deported Lithuanian journalists.", ("BLR", "174", "LTU")),
    ("Russia banned the Ukrainian opposition party.", ("RUS", "1722", "UKR")),
    # 18 assault: abduct, beat up, kill, bombing
    ("Syrian rebels kidnapped Turkish soldiers.", ("SYR", "181", "TUR")),
    ("The Serbian police beat up Albanian protesters.", ("SRB", "182", "ALB")),
    ("Al-Shabaab militants killed Kenyan soldiers.", ("SOM", "1823", "KEN")),
    ("Colombian guerrillas detonated a car bomb in Bogota.", ("COL", "183", "COL")),
    ("Chechen rebels exploded several bombs in Moscow.", ("RUS", "183", "RUS")),
    ("Basque separatists set off a bomb in Madrid.", ("ESP", "183", "ESP")),
    # 19 fight: attack, airstrikes (noun), clash, invade, open fire, violate ceasefire
    ("Russia attacked Ukraine.", ("RUS", "190", "UKR")),
    ("Iraqi artillery attacked Iranian positions near Basra.", ("IRQ", "19", "IRN")),  # military positions, not stances
    ("Israel launched airstrikes on Syria.", ("ISR", "195", "SYR")),
    ("Armenian forces clashed with Azerbaijani troops.", ("ARM", "190", "AZE")),
    ("Iraq invaded Kuwait.", ("IRQ", "19", "KWT")),
    ("Indian troops opened fire on Pakistani soldiers.", ("IND", "193", "PAK")),
    ("Russia violated the ceasefire with Ukraine.", ("RUS", "196", "UKR")),
    # 20 mass violence
    ("Serbia carried out ethnic cleansing of Bosnian Muslims.", ("SRB", "203", "BIH")),
    ("Ugandan soldiers committed atrocities against Congolese civilians.", ("UGA", "202", "COD")),
    ("Syrian government forces used sarin against rebels.", ("SYR", "2041", "SYR")),  # rebels without a country are domestic
]


def test_family_sentences_cover_all_twenty_roots():
    roots = {code[:2] for _, (_, code, _) in FAMILY_SENTENCES}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", FAMILY_SENTENCES)
def test_pattern_codes_family_sentence(coder, text, expected):
    events = coder(text)
    assert found(events, *expected), [(key(e.source), e.cameo, key(e.target), e.rule) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("The French president fired his defence minister.", "19"),  # "fire" needs "at"/"on"/"into"
        ("The German government released its annual report on Monday.", "08"),  # a report is no prisoner
        ("The British army said it would train more recruits.", "06"),  # training needs a counterpart
        ("US officials recognize that a trade deal would be hard to reach.", "05"),  # a clause is no recognised state
    ],
)
def test_pattern_invents_no_event(coder, text, code):
    assert not [e for e in coder(text) if e.root == code[:2]]


@pytest.mark.model
def test_noun_event_takes_its_own_actor_before_the_verb_that_carries_it(coder):
    # "Russia witnessed the Israeli attack": the attack is Israel's, not the subject's
    events = coder("Russia witnessed the Israeli attack on Gaza.")
    assert found(events, "ISR", "190", "PSE"), coded(events)
    assert not [e for e in events if key(e.source) == "RUS" and e.root == "19"]
    # "Russia condemned the Israeli attack": Russia condemns Israel for it (the condemned attack,
    # told as known, is not coded again: test_precision.py)
    events = coder("Russia condemned the Israeli attack on Gaza.")
    assert found(events, "RUS", "111", "ISR"), coded(events)
    assert not [e for e in events if key(e.source) == "RUS" and e.root == "19"]


def test_every_pattern_code_is_in_the_codebook():
    codebook = load_codebook()
    unknown = [(p.id, p.code) for p in load_patterns() if p.code not in codebook]
    assert not unknown


def test_every_lemma_is_lower_case():
    upper = [p.id for p in load_patterns() if p.lemma != p.lemma.lower()]
    upper += [p.id for p in load_patterns() for c in p.requires if any(w != w.lower() for w in c.lemmas)]
    assert not upper


def test_rows_are_sorted_by_readable_id():
    rows = read_tsv(PATTERNS, required=("id",))
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids)
    prefix = {"VERB": "verb-", "NOUN": "noun-", "ADJ": "adj-"}
    bad = [
        r["id"]
        for r in rows
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", r["id"]) or not r["id"].startswith(prefix[r["pos"]])
    ]
    assert not bad


def test_every_row_has_a_note():
    assert not [row["id"] for row in read_tsv(PATTERNS, required=("id",)) if not row.get("note")]


def test_lexicon_covers_every_root_family():
    roots = {p.code[:2] for p in load_patterns()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def _implies(later, earlier) -> bool:
    """Whether `later`'s conditions holding always makes `earlier`'s hold."""
    return all(
        any(
            a.relation == b.relation
            and a.preposition == b.preposition
            and a.absent == b.absent
            and (not a.lemmas or (b.lemmas and b.lemmas <= a.lemmas))
            for b in later.requires
        )
        for a in earlier.requires
    )


def test_no_pattern_is_shadowed_by_an_earlier_one():
    # the most specific matching pattern of a word wins, then file order: a later pattern whose
    # conditions imply an earlier one's could never fire
    shadowed = [
        (later.id, earlier.id)
        for patterns in load_patterns().by_trigger.values()
        for i, later in enumerate(patterns)
        for earlier in patterns[:i]
        if _implies(later, earlier)
    ]
    assert not shadowed


def test_lemma_lists_of_rival_patterns_do_not_overlap():
    # two one-condition patterns of a word on the same relation: a lemma in both goes to the first
    overlaps = []
    for patterns in load_patterns().by_trigger.values():
        single = [p for p in patterns if len(p.requires) == 1 and p.requires[0].lemmas]
        for i, p in enumerate(single):
            for q in single[:i]:
                a, b = p.requires[0], q.requires[0]
                if (a.relation, a.preposition) == (b.relation, b.preposition) and a.lemmas & b.lemmas:
                    overlaps.append((q.id, p.id, sorted(a.lemmas & b.lemmas)))
    assert not overlaps


def test_absent_condition_parses_and_adds_no_specificity():
    from newsevents.events.data import _specificity, parse_condition

    condition = parse_condition("!xcomp")
    assert (condition.relation, condition.absent) == ("xcomp", True)
    fight = next(p for p in load_patterns() if p.id == "verb-fight")
    # "!xcomp" and the absent objects of no fight ("!dobj=blaze,...") add no specificity
    assert fight.requires[0] == condition and all(c.absent for c in fight.requires)
    assert _specificity(fight) == (0, 0)


# Sentences of kinds the one-per-family table leaves out, each for a row or a lemma the family
# sentences do not reach (written for these tests).
WIDER_SENTENCES = [
    ("Thailand released 40 Burmese fishermen.", ("THA", "0841", "MMR")),  # more kinds of captives
    ("Iran returned the Iraqi aircraft.", ("IRN", "0842", "IRQ")),  # the owner of what is returned
    ("Egypt gave food and medicine to Sudan.", ("EGY", "070", "SDN")),  # goods as aid
    ("The Liberian leader was given asylum by Nigeria.", ("NGA", "075", "LBR")),  # a passive's subject receives
    ("Oman restored contacts with Iran.", ("OMN", "054", "IRN")),
    ("Oman expressed its readiness to restore diplomatic relations with Iran.", ("OMN", "032", "IRN")),  # an intent
    ("Syrian troops exchanged fire with Turkish soldiers.", ("SYR", "190", "TUR")),
    ("The African Union suspended Mali from the organisation.", ("AU", "160", "MLI")),
    ("Chad began joint patrols with Niger.", ("TCD", "062", "NER")),
    ("Kazakhstan launched a joint venture with China.", ("KAZ", "061", "CHN")),
    ("Ghana ordered the expulsion of the Togolese ambassador.", ("GHA", "161", "TGO")),
    ("Uganda charged that Sudan was arming the rebels.", ("UGA", "112", "SDN")),
    ("Morocco pulled out of the talks with Algeria.", ("MAR", "164", "DZA")),  # "out" read as a preposition
    ("Bolivian miners began a general strike against the government.", ("BOL", "143", "BOL")),  # no air strike
    ("Syria moved an armoured division to the border with Jordan.", ("SYR", "154", "JOR")),
    ("The IMF approved a $500 million loan for Kenya.", ("IMF", "071", "KEN")),  # approving a loan
    ("Canada granted Haiti 40 million dollars in loans.", ("CAN", "071", "HTI")),  # a sum of money granted
    ("Norway flew medical supplies to Sudan.", ("NOR", "073", "SDN")),  # aid flown in, no visit
    ("Italian prosecutors questioned the former Bulgarian interior minister.", ("ITA", "090", "BGR")),
    ("Kenya released two Somali traders from jail.", ("KEN", "0841", "SOM")),  # any captive, by "from jail"
    ("Syria walked out of the negotiations with Israel.", ("SYR", "164", "ISR")),  # no strike: talks halted
    ("Albanian rioters burned shops in Tirana.", ("ALB", "145", "ALB")),  # a riot, not an armed actor's destruction
    ("Iraq refused to let UN inspectors enter the palaces.", ("IRQ", "1245", "UN")),  # who is let in
    ("Police in Dhaka were placed on alert.", ("BGD", "152", "BGD")),  # a passive's subject; at home
    ("China massed troops opposite Taiwan.", ("CHN", "154", "TWN")),
    # from a fourth probe of new sentences
    ("The Peruvian interior minister stepped down on Friday after a week of riots.", ("PER", "0831", "PER")),  # "down" read as an adverb
    ("Libya expelled thousands of illegal Egyptian migrants last year.", ("LBY", "174", "EGY")),  # deporting foreigners, no mass expulsion
    ("The European Union expressed concern over Belarus's jailing of opposition leaders.", ("EU", "111", "BLR")),
    ("Japan voiced alarm at China's missile tests.", ("JPN", "111", "CHN")),
    ("Students set fire to the ruling party's offices in the Kenyan town of Kisumu.", ("KEN", "145", "KEN")),  # a riot
    ("Nicaragua took Colombia to the International Court of Justice over the islands.", ("NIC", "115", "COL")),
    ("Thousands of Bolivians took to the streets of La Paz on Friday.", ("BOL", "141", "BOL")),
    ("Nigerian oil workers threatened a strike over unpaid wages.", ("NGA", "133", None)),  # a labour strike, no force
    ("Gunmen threw a grenade into a bus station in Nairobi.", ("KEN", "183", "KEN")),
    ("Extra Kenyan troops were deployed along the Somali border on Sunday.", ("KEN", "154", "SOM")),  # no agent named
    ("Chile accepted a Bolivian proposal for talks on sea access.", ("CHL", "030", "BOL")),  # whose the proposal is
    ("Peruvian police handed over a Colombian guerrilla to Colombia.", ("PER", "063", "COL")),
    ("The Nepalese government agreed to a truce with Maoist guerrillas on Thursday.", ("NPL", "0356", "NPL")),  # "with" on the object of "to"
    ("Burma would not allow a UN human rights envoy to tour its prisons.", ("MMR", "1245", "UN")),  # who is let in, read as a subject
    ("Belarus will allow observers from the OSCE to monitor the vote.", ("BLR", "0355", "OSCE")),
    ("Eritrea was recognised as a sovereign state by Ethiopia in 1993.", ("ETH", "054", "ERI")),  # the agent hung on "as"
    ("The navies of Chile and Peru held joint exercises off Arica.", ("CHL", "062", "PER")),  # both countries' navies
    ("A bomb went off in a crowded market in Peshawar on Monday.", ("PAK", "183", "PAK")),  # the bomb as subject
    ("A car bomb exploded outside the police headquarters in Bogota.", ("COL", "183", "COL")),
    ("A bomb ripped through a crowded bus in Lagos on Friday.", ("NGA", "183", "NGA")),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", WIDER_SENTENCES)
def test_pattern_codes_wider_sentence(coder, text, expected):
    events = coder(text)
    assert found(events, *expected), [(key(e.source), e.cameo, key(e.target), e.rule) for e in events]
