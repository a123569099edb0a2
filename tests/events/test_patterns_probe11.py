"""Rules found by an eleventh probe of 1990-2025 wire news written to test generalisation
(talks, aid, strikes, deployments, crackdowns and fighting across all PLOVER types, with
relative clauses, passives and noun-headed events): a relative pronoun that acts stands for the
noun its clause describes, and the act it tells is an aside that displaces no weak reading; a
place where parties meet is not a party; the fallen of a passive "killed in a clash with Y" are a
side of the clash; a span of time "of" something is that thing ("bowed to months of protests");
an object's apposition names it; a noun the parser made a clause after "let" is who is let in;
a region's word before a place noun ("the Western province") is no bloc; youths and people
named by their trade are civilians; and
verb patterns for walking off the job, money withheld in aid, troops ordered to a border, an
attack claimed, an investigation authorised, a joint search, and no force in fighting a blaze
or an epidemic, or in entering a country illegally.

The sentences are written for these tests, not taken from the gold sets.
"""

import datetime as dt

import pytest

from tests.events.test_patterns import coded, found, key

pytestmark = pytest.mark.model

DAY = dt.date(2019, 1, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        # clause.py: "who"/"which" that acts in a relative clause is the noun it describes
        ("Chancellor Olaf Scholz, who spoke by telephone with French President Emmanuel Macron on Tuesday, "
         "said Europe must act together.", ("DEU", "041", "FRA")),
        ("The scandal was condemned by Sweden, which suspended its aid to Zambia in June.", ("SWE", "162", "ZMB")),
        # patterns.tsv: walking off the job is a strike (143)
        ("Bus drivers in Lagos walked off the job on Monday over unpaid wages.", ("NGA", "143", "NGA")),
        # patterns.tsv: money withheld in aid is aid withheld (162)
        ("Washington withheld $95 million in security assistance to Egypt over human rights concerns.",
         ("USA", "162", "EGY")),
        # patterns.tsv: troops ordered to a border are deployed there (154)
        ("The Sudanese president ordered three army brigades to the border with South Sudan.", ("SDN", "154", "SSD")),
        # patterns.tsv: an object's apposition names it ("the opposition, the X Party")
        ("Thailand's Constitutional Court dissolved the opposition, the Future Forward Party, on Friday.",
         ("THA", "172", "THA")),
        # support_verbs.tsv: who authorises an investigation investigates
        ("The International Criminal Court authorised an investigation into alleged crimes against humanity "
         "in Burundi.", ("ICC", "090", "BDI")),
        # support_verbs.tsv + patterns.tsv: who claims a bombing carried it out
        ("The Pakistani Taliban claimed a suicide bombing at a police headquarters in Karachi.", ("PAK", "183", "PAK")),
        # roles.tsv: youths are civilians, of the country where they act
        ("Hundreds of youths rioted in the Tunisian town of Kasserine over unemployment.", ("TUN", "145", "TUN")),
        # slots.py: the fallen of "killed in a clash with Y" are a side of the clash
        ("Three Pakistani soldiers were killed in a clash with Afghan border guards at the Torkham crossing.",
         ("PAK", "190", "AFG")),
        # clause.py: "months of protests" is the protests, not a time
        ("The Sudanese government bowed to months of street protests on Thursday.", ("SDN", "080", "SDN")),
        # slots.py: a noun the parser made a clause after a causative verb is who is let in
        ("Ethiopia refused to let U.N. food aid into Tigray.", ("ETH", "1245", "UN")),
        # actors/phrases.py: a region's word before a place noun names a part of a country
        ("Sri Lankan authorities eased the curfew in the Western province on Thursday.", ("LKA", "0813", "LKA")),
        # patterns.tsv: a joint search by two countries' teams is cooperation (060)
        ("Japanese and Russian teams carried out a joint search for the remains of soldiers killed in the war.",
         ("JPN", "060", "RUS")),
    ],
)
def test_probe11_patterns(coder, text, expected):
    events = coder(text, DAY)
    assert found(events, *expected), coded(events)


def test_where_parties_agree_to_meet_is_not_a_party(coder):
    events = coder("Armenia and Azerbaijan agreed to hold peace talks in Vienna next month.", DAY)
    assert found(events, "ARM", "036", "AZE"), coded(events)
    assert not any(key(e.target) == "AUT" for e in events), coded(events)


def test_an_aside_in_a_relative_clause_keeps_the_main_weak_report(coder):
    """A guard on the relative-clause rule (the old code resolved no relative pronoun)."""
    events = coder("Britain is providing satellite images to Ukraine, which is preparing a "
                   "counteroffensive in the south.", DAY)
    assert found(events, "GBR", "070", "UKR"), coded(events)


def test_who_was_kidnapped_is_not_the_kidnapper(coder):
    """A guard on the relative-clause rule: a passive's relative pronoun is not resolved."""
    events = coder("Rebels freed two Italian engineers who were kidnapped near Port Harcourt last month.", DAY)
    assert not any(e.root == "18" and key(e.source) == "ITA" for e in events), coded(events)


@pytest.mark.parametrize(
    "text",
    [
        "Lebanese firefighters fought the blaze at the port of Beirut for hours.",
        "Hundreds of Eritrean migrants entered the country illegally last month, Israeli officials said.",
    ],
)
def test_no_force_against_a_blaze_or_in_an_illegal_crossing(coder, text):
    events = coder(text, DAY)
    assert not any(e.root in ("19", "18") or e.cameo == "192" for e in events), coded(events)
