"""The nlp stage: records copied out of spaCy, lemma fixes, quotations, tree walks."""

import pytest

from newsevents.nlp import analyze
from newsevents.nlp.tokens import DependencyTree
from tests.helpers import make_article

pytestmark = pytest.mark.model


def test_analysis_offsets_point_into_the_body(analyzer):
    body = "Students staged protests in Minsk. Police detained dozens."
    analyzed = analyze(make_article(body), analyzer)
    assert all(body[t.start : t.end] == t.text for t in analyzed.tokens)
    assert [body[s.start : s.end] for s in analyzed.sentences] == ["Students staged protests in Minsk.",
                                                                   "Police detained dozens."]


def test_analysis_lemma_fixes_mend_known_pipeline_errors(analyzer):
    analyzed = analyze(make_article("Students staged protests near the bases."), analyzer)
    lemmas = {t.text: t.lemma for t in analyzed.tokens}
    assert (lemmas["staged"], lemmas["bases"]) == ("stage", "base")


@pytest.mark.parametrize(
    "body, quote, speaker",
    [
        ('"We will not retreat," the minister said.', "We will not retreat", "minister"),
        ('The minister said: "We will not retreat from the border."', "We will not retreat from the border.", "minister"),
        ("The minister said that the army would stay at the border.", "the army would stay at the border", "minister"),
    ],
)
def test_analysis_quotes_and_their_speakers(analyzer, body, quote, speaker):
    analyzed = analyze(make_article(body), analyzer)
    (span,) = analyzed.quote_spans
    assert span.text == quote and span.verb == "say"
    assert analyzed.tokens[span.speaker_token].text == speaker


def test_dependency_tree_subtree_and_subject(analyzer):
    analyzed = analyze(make_article("Russia urged the West to meet its demands, adding that time was short."), analyzer)
    tree = DependencyTree(analyzed.tokens)
    adding = next(t for t in analyzed.tokens if t.text == "adding")
    assert tree.subject_of(adding).text == "Russia"  # borrowed from "urged"
    urged = next(t for t in analyzed.tokens if t.text == "urged")
    assert [t.text for t in tree.subtree(urged)][:3] == ["Russia", "urged", "the"]
