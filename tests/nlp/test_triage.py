"""The cheap pass before the parse: which sentences are parsed, and the records of the others."""

from pathlib import Path

import pytest
import spacy

from newsevents.evaluation.evaluate import gold_article
from newsevents.evaluation.gold import read_gold
from newsevents.ingest import clean_document, iter_documents
from newsevents.nlp import analyze
from newsevents.nlp.triage import build_triage
from newsevents.pipeline import Resources, code_clean_article
from newsevents.settings import Settings
from tests.helpers import make_article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# a paragraph with nothing to code, sentences that can hold an event, a sentence with a trigger
# but no actor and one with neither
MIXED_BODY = (
    "The weather was mild.\n\n"
    "Russian troops attacked Kharkiv on Monday, officials said. The city's mayor urged calm.\n\n"
    "It rained later. Nobody expected the meeting to end so soon. Ukraine condemned the attack."
)


@pytest.fixture(scope="module")
def resources():
    return Resources.load()


@pytest.fixture(scope="module")
def parse_all_resources():
    return Resources.load(Settings(parse_all=True))


def parsed_sentences(body: str, resources: Resources) -> dict[str, bool]:
    analyzed = analyze(make_article(body), resources.analyzer)
    return {body[s.start : s.end].strip(): s.parsed for s in analyzed.sentences}


def test_triage_sentences_end_at_punctuation_and_paragraph_breaks():
    nlp = spacy.blank("en")
    triage = build_triage(nlp, {}, ["attack"], lambda tokens: False, context=0)
    body = 'Hello there.  "We will go," he said.\n\nA heading\nA line.\n\n“A quote,” she said. Last'
    sentences = triage.sentences(nlp.make_doc(body))
    assert [s.text for s in sentences] == ["Hello there.  ", '"We will go," he said.\n\n', "A heading\n",
                                           "A line.\n\n", "“A quote,” she said.", "Last"]


@pytest.mark.model
def test_triage_skips_sentences_without_a_trigger_or_an_actor(resources):
    assert parsed_sentences(MIXED_BODY, resources) == {
        "The weather was mild.": False,  # neither
        "Russian troops attacked Kharkiv on Monday, officials said.": True,
        "The city's mayor urged calm.": True,
        "It rained later.": False,
        "Nobody expected the meeting to end so soon.": False,  # triggers, but no actor
        "Ukraine condemned the attack.": True,
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "event, no_event",
    [
        ("Putin met Xi in Beijing.", "Putin liked Xi in Beijing."),
        ("Rebels fought government troops.", "Rebels admired government troops."),
        ("Israel attacked Gaza.", "Israel resembled Gaza."),
        ("Iran held talks with France.", "Iran held elections with France."),
    ],
)
def test_triage_finds_inflected_and_irregular_triggers(resources, event, no_event):
    assert parsed_sentences(event, resources) == {event: True}
    assert parsed_sentences(no_event, resources) == {no_event: False}


@pytest.mark.model
def test_triage_parses_an_actor_a_later_event_may_refer_back_to(resources):
    body = "Foreign Minister Takeshi Iwaya was in Tokyo. It was cold. He condemned the test."
    assert parsed_sentences(body, resources) == {
        "Foreign Minister Takeshi Iwaya was in Tokyo.": True,  # "He" below is him
        "It was cold.": False,
        "He condemned the test.": True,
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "introduction, resolvable",
    [
        ("White House spokeswoman Emily Quistorp was in Geneva on Monday.", True),
        ("Emily Quistorp, a White House spokeswoman, was in Geneva on Monday.", True),
        ("Emily Quistorp, a baker, was at home on Monday.", False),  # the actors stage makes no actor of her
    ],
)
def test_triage_parses_a_repeated_surname_and_where_it_was_given_in_full(resources, introduction, resolvable):
    body = f"{introduction} The weather was cold. Markets were calm. Traders were quiet. Prices held steady. " \
           "Quistorp criticized the decision."
    parsed = parsed_sentences(body, resources)
    assert parsed["Quistorp criticized the decision."] is resolvable  # her name alone is in no table
    assert parsed[introduction] is resolvable  # who she is
    assert not parsed["Prices held steady."]


@pytest.mark.model
def test_triage_records_of_a_mixed_article_are_global_and_point_into_the_body(resources):
    analyzed = analyze(make_article(MIXED_BODY), resources.analyzer)
    tokens, sentences = analyzed.tokens, analyzed.sentences
    assert {s.parsed for s in sentences} == {True, False}
    assert [t.i for t in tokens] == list(range(len(tokens)))
    assert all(MIXED_BODY[t.start : t.end] == t.text for t in tokens)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert [s.first_token for s in sentences] == [0] + [s.end_token for s in sentences[:-1]]
    assert sentences[-1].end_token == len(tokens)
    for s in sentences:
        assert {t.sentence for t in tokens[s.first_token : s.end_token]} == {s.index}
        assert all(s.first_token <= tokens[t.head].i < s.end_token for t in tokens[s.first_token : s.end_token])
    skipped = [t for s in sentences if not s.parsed for t in tokens[s.first_token : s.end_token]]
    assert all((t.pos, t.dep, t.ent_type, t.head) == ("", "", "", t.i) for t in skipped)
    assert all(sentences[tokens[e.first_token].sentence].parsed for e in analyzed.entities)
    assert {e.text for e in analyzed.entities} >= {"Russian", "Kharkiv", "Monday", "Ukraine"}


@pytest.mark.model
def test_triage_parse_all_parses_every_sentence(parse_all_resources):
    assert parse_all_resources.analyzer.triage is None
    assert set(parsed_sentences(MIXED_BODY, parse_all_resources).values()) == {True}


@pytest.mark.model
def test_triage_candidate_lemmas_hold_every_lemma_the_pipeline_gives(resources, parse_all_resources):
    triage = resources.analyzer.triage
    articles = [clean_document(raw, resources.ingest) for raw in iter_documents([str(EXAMPLES)])]
    tokens = [t for a in articles for t in analyze(a, parse_all_resources.analyzer).tokens]
    assert len(tokens) > 1000
    assert [(t.text, t.lemma) for t in tokens if t.lemma not in triage.candidate_lemmas(t.text.lower())] == []


@pytest.mark.model
def test_triage_parses_every_gold_sentence_the_full_coder_codes(shared_path, resources, parse_all_resources):
    records = [r for r in read_gold(shared_path("eval/plover-gsr.dev.jsonl")) if not r.skip]
    coded = 0
    for record in records:
        article = gold_article(record)
        full = code_clean_article(article, parse_all_resources)
        triaged = code_clean_article(article, resources)
        sentences = analyze(article, resources.analyzer).sentences
        for event in full.events:
            holding = [s for s in sentences if s.start < event.evidence.end and event.evidence.start < s.end]
            assert all(s.parsed for s in holding), record.text
        assert _readings(triaged.events) == _readings(full.events), record.text
        coded += bool(full.events)
    assert coded > 100


def _readings(events) -> list[tuple[str, str, str]]:
    return sorted((e.cameo, e.source.code, e.target.code if e.target else "") for e in events)


@pytest.mark.model
def test_triage_parses_a_quotation_whoever_reports_it(resources):
    body = "The harvest was poor this year.\n\n“We have lost everything,” farmer Tomas Bek said. Bek stayed home."
    assert parsed_sentences(body, resources) == {
        "The harvest was poor this year.": False,
        "“We have lost everything,” farmer Tomas Bek said.": True,  # a quotation and a reporting verb
        "Bek stayed home.": False,
    }
    (quote,) = analyze(make_article(body), resources.analyzer).quote_spans
    assert (quote.text, quote.verb) == ("We have lost everything", "say")
    assert quote.speaker_token is not None


@pytest.mark.model
def test_triage_parses_a_sentence_whose_only_actor_is_a_misspelt_country(resources):
    assert parsed_sentences("Afganistan rejected the offer.", resources) == {"Afganistan rejected the offer.": True}


@pytest.mark.model
def test_triage_reads_a_hyphenated_noun_whole(resources):
    body = "Russia continued the build-up near Ukraine. Russia continued the work near Ukraine."
    assert parsed_sentences(body, resources) == {
        "Russia continued the build-up near Ukraine.": True,  # "buildup" is a trigger
        "Russia continued the work near Ukraine.": False,
    }


def test_triage_parses_a_title_abbreviation_cut_off_before_a_chosen_sentence(resources):
    body = "Maj. Gen. Luis Ortega resigned as army commander to make way for elections in Paraguay."
    parsed = parsed_sentences(body, resources)
    assert parsed and all(parsed.values()), parsed
