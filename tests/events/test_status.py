"""Status cues, one row per construction, on real parses."""

import pytest

from newsevents.events.clause import SentenceView
from newsevents.events.data import load_status_cues
from newsevents.events.status import event_status
from newsevents.nlp import analyze
from newsevents.nlp.data import load_reporting_verbs
from newsevents.nlp.tokens import DependencyTree
from tests.helpers import make_article

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, trigger, status",
    [
        ("Biden and Putin will speak by phone on Thursday.", "speak", "planned"),
        ("The ministers met in Geneva on Monday.", "met", "occurred"),
        ("The two sides did not meet in Geneva.", "meet", "denied"),
        ("France never recognised the government.", "recognised", "denied"),
        ("The president plans to visit Kyiv next week.", "visit", "planned"),
        ("The minister is scheduled to meet his counterpart.", "meet", "planned"),
        ("The envoy is to visit Beijing in March.", "visit", "planned"),
        ("Moscow could deploy more troops.", "deploy", "hypothetical"),
        ("If talks fail, the army may attack.", "attack", "hypothetical"),
        ("The rebels allegedly attacked a convoy.", "attacked", "reported-claim"),
        ("Police claimed that protesters attacked officers.", "attacked", "reported-claim"),
        ("Russia denied that it had recalled its ambassador.", "recalled", "denied"),
        ("Iran refused to meet the inspectors.", "refused", "occurred"),
        ("Iran refused to meet the inspectors.", "meet", "denied"),
        ("The spokesman said the leaders would meet on Friday.", "meet", "planned"),
        ("Officials will seek to meet their counterparts.", "meet", "hypothetical"),
    ],
)
def test_status_construction(analyzer, text, trigger, status):
    analyzed = analyze(make_article(text), analyzer)
    view = SentenceView(DependencyTree(analyzed.tokens), {}, load_reporting_verbs())
    token = next(t for t in analyzed.tokens if t.text == trigger)
    assert event_status(view, token, load_status_cues()) == status


@pytest.mark.parametrize(
    "text, trigger, status",
    [
        ("China threatened to impose sanctions on Lithuania.", "impose", "hypothetical"),
        ("The EU demanded that Russia withdraw its troops.", "withdraw", "hypothetical"),
        ("Russia must withdraw its troops.", "withdraw", "hypothetical"),
        ("Japan pledged to send aid to Turkey.", "send", "planned"),
    ],
)
def test_status_embedded_in_speech_acts(analyzer, text, trigger, status):
    test_status_construction(analyzer, text, trigger, status)
