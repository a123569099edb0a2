"""The team's own PLOVER-style dev set: wire-news sentences written by the team (none taken from
../shared/eval), scored by the same rule as the PLOVER gold set.

`dev_plover_team.jsonl` has the PLOVER-GSR line format (`text`, `expected` with `source`,
`target`, `plover` and the CAMEO `code` the writer would give). It was written to probe how the
coder does on sentences it was not built on; the floors guard what it reached. It grew by
probes: PROBE/PROBE2/PROBE3 (280 lines); PROBE4 (100 lines; on first run 0.690, 69/100, 1.300
events per sentence); MODERN (80 dated lines of 2014-2025 news; on first run 0.625, 50/80, 1.500
events per sentence); MODERN2 (80 more such lines written after MODERN's fixes; on first run
0.750, 60/80, 1.538 events per sentence); PROBE5 (110 wire lines weighted to Latin America, Asia,
Africa and the Caucasus; on first run 0.700, 77/110, 1.236 events per sentence); PROBE6 (90 Cold
War and 1990s wire lines: the Soviet Union, the two Germanys, Rhodesia, Kampuchea, the era's armed
groups and blocs; on first run 0.667, 60/90, 1.167 events per sentence); PROBE7 (90 wire lines of
hard shapes: legal acts by the state, passive agents far from the verb, targets implied by an
owner or a place, attempted acts, groups "based in" a country; on first run 0.611, 55/90, 1.111
events per sentence); PROBE8 (100 wire lines from the settings the PLOVER gold draws on most:
Israel and the Palestinians, Lebanon, Iraq and Iran, the Balkans, the Great Lakes and West Africa,
Sudan and the Horn, Afghanistan, Chechnya; on first run 0.810, 81/100, 1.480 events per
sentence); MODERN3 (80 more modern lines; on first run 0.738, 59/80, 1.538 events per sentence);
PROBE9 (90 wire lines of 1985-2005 economics, diplomacy and domestic politics in East Asia, South
America, Southern Africa, the Gulf and the eastern Mediterranean; on first run 0.844, 76/90, 1.222
events per sentence); then, scored once and left unfixed, PROBE10 (90 wire lines; 0.833, 75/90,
1.189 events per sentence) and MODERN4 (80 modern lines; 0.738, 59/80, 1.425 events per sentence);
PROBE12 (90 wire lines, 93 events, on the weakest families: disapproval, coercion, aid, retreat,
force, mobilisation, investigation, with near-misses of other types; on first run 0.710, 66/93,
1.056 events per sentence); PROBE11 (90 wire lines, 95 events, five per type, 1990-2025; on first
run 0.621, 59/95, 1.211 events per sentence, 0.632 with one label corrected after it);
MODERN5 (80 dated lines of 2015-2025 wire news: Ukraine, Gaza, Lebanon, Iran, Sudan, the Sahel
juntas, the Taiwan Strait and South China Sea, summits of several parties, sanctions, tariffs,
warrants; on first run 0.787, 63/80, 1.488 events per sentence); PROBE13 (90 wire lines, two for
each of 43 CAMEO codes no line or pattern covered before; on first run 0.867, 78/90, 1.056 events per
sentence); PROBE14 (90 wire lines of 1985-2005 in the CAMEO manual's style, five per type; on first
run 0.600, 54/90, 1.056 events per sentence) and MODERN6 (80 dated lines of 2015-2025 news; on
first run 0.662, 53/80, 1.188 events per sentence), both written after every rule above; PROBE15
(50 wire lines of 1985-2005 and 40 dated lines of 2015-2025, five per type), written and scored
once at the end of the session and left unfixed: 0.500, 45/90 (wire 29/50, modern 16/40), 1.067
events per sentence.
Labels follow the codebook where it takes the PLOVER manual over the conversion table (eased
curfews CONCEDE, resignations RETREAT, sanctions SANCTION).
"""

from pathlib import Path

import pytest

from newsevents.evaluation import evaluate_file
from newsevents.pipeline import Resources

pytestmark = pytest.mark.model
DEV_SET = Path(__file__).with_name("dev_plover_team.jsonl")
FLOOR = 0.84  # README-rule recall (CAMEO cue names read by table 7.1), measured 0.847 (1600/1888), 1.241 events per sentence
MAX_EVENTS_PER_SENTENCE = 1.5


def test_dev_plover_team_recall_holds_its_floor():
    report = evaluate_file(DEV_SET, Resources.load())
    (suite,) = report.suites
    recall = suite.scores["plover"].recall
    print(f"team PLOVER dev set: {suite.sentences} sentences, recall {recall:.3f}, "
          f"{suite.events_per_sentence:.3f} events per sentence")
    assert suite.errors == ()
    assert recall >= FLOOR
    assert suite.events_per_sentence <= MAX_EVENTS_PER_SENTENCE
