"""Fixtures of the event-coder tests."""

import datetime as dt

import pytest

from newsevents.actors import KnowledgeBase, resolve_mentions
from newsevents.events import CoderRules, code_events
from newsevents.nlp import analyze
from tests.helpers import make_article


@pytest.fixture(scope="module")
def coder(analyzer):
    """Return a function that codes one text with the shipped tables, as the pipeline does."""
    kb, rules = KnowledgeBase.load(), CoderRules.load()

    def code(text: str, published: dt.date = dt.date(2023, 3, 14)):
        analyzed = analyze(make_article(text, published), analyzer)
        return code_events(analyzed, resolve_mentions(analyzed, kb), rules)

    return code
