"""Quotations get the actor of the mention covering their speaker token."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_mentions, resolve_quotes

pytestmark = pytest.mark.model


def test_quotes_sample_quotes_get_their_speakers(sample, kb):
    """"Horne said", "spokesman Ned Price said", and "he said" after "Putin said" (coreference)."""
    analyzed, expected = sample
    quotes = resolve_quotes(analyzed, resolve_mentions(analyzed, kb))
    for want in expected["quotes"]:
        quote = next(q for q in quotes if want["contains"] in q.text)
        assert quote.speaker == want["speaker"], want["contains"]
        assert quote.speaker_actor is not None and quote.speaker_actor.role == "GOV"


def test_quotes_speaker_without_actor_is_none(parse, kb):
    analyzed = parse('"We will not back down," the statement said.')
    quotes = resolve_quotes(analyzed, resolve_mentions(analyzed, kb))
    assert [(q.speaker, q.speaker_actor) for q in quotes] == [(None, None)]
