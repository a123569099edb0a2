"""Rules found by the PROBE14 and MODERN6 probes (1990s wire news and 2020s news): common news
verbs whose event was missed: a curfew clamped (imposed), mass graves exhumed (an investigation;
"graves" is lemmatised "graf" by the small English model), a customs union launched by several
countries (economic cooperation), a pact restored (cooperation), rescuers sent (humanitarian aid),
a veto used, a chemical agent released (a weapon of mass destruction used), and a party chief
received (a visit hosted).

The sentences are written for these tests, not taken from the gold sets.
"""

import datetime as dt

import pytest

from tests.events.test_patterns import coded, found

pytestmark = pytest.mark.model

DAY = dt.date(2000, 1, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        # patterns.tsv verb-clamp-curfew: a clamped curfew is an imposed curfew (1723), active or passive
        ("Indian authorities clamped a curfew on Srinagar.", ("IND", "1723", "IND")),
        ("A curfew was clamped on the city of Srinagar by Indian authorities.", ("IND", "1723", "IND")),
        # patterns.tsv verb-exhume-graves + lemma_fixes.tsv lf-graves: exhuming graves is an inquiry (090)
        ("Argentine forensic experts exhumed a mass grave in El Salvador.", ("ARG", "090", None)),
        ("UN investigators exhumed mass graves near Srebrenica.", ("UN", "090", None)),
        # patterns.tsv verb-launch-union: countries launching a customs union or common market (061)
        ("Kenya, Uganda and Tanzania launched a customs union on Friday.", ("KEN", "061", "UGA")),
        ("Chile and Peru launched a common market in 1998.", ("PER", "061", "CHL")),
        # patterns.tsv verb-restore-pact: a pact restored with a country is cooperation (060)
        ("Japan restored an intelligence-sharing pact with South Korea.", ("JPN", "060", "KOR")),
        # patterns.tsv verb-send-rescuers: rescuers sent abroad are humanitarian aid (073)
        ("Turkey sent rescuers to Greece after the earthquake.", ("TUR", "073", "GRC")),
        # patterns.tsv verb-use-veto: using one's veto is a veto (129)
        ("Russia used its veto in the Security Council to block the resolution on Syria.", ("RUS", "129", "SYR")),
        # patterns.tsv verb-release-chemical: releasing sarin is a chemical weapon used (2041)
        ("Militants released sarin on a crowded train in Osaka.", ("JPN", "2041", "JPN")),
        # patterns.tsv verb-receive-visitor: a party chief received is a visit hosted (043)
        ("Chinese President Xi received the Vietnamese party chief in Beijing.", ("CHN", "043", "VNM")),
    ],
)
def test_fresh_probe_patterns(coder, text, expected):
    events = coder(text, DAY)
    assert found(events, *expected), coded(events)


def test_a_country_launching_a_market_alone_is_no_cooperation(coder):
    events = coder("Nigeria launched a bond market on Monday.", DAY)
    assert not any(e.cameo == "061" for e in events), coded(events)


def test_released_prisoners_stay_a_release(coder):
    events = coder("Iraq released six Kuwaiti prisoners on Monday.", DAY)
    assert not any(e.cameo == "2041" for e in events), coded(events)
