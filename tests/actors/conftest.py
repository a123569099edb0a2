"""Fixtures of the actor tests: the shipped knowledge base, and text resolved through the model."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence

import pytest

from newsevents.actors import KnowledgeBase, resolve_mentions
from newsevents.ingest import clean_document, iter_documents, load_ingest_tables
from newsevents.nlp import analyze
from newsevents.records import AnalyzedArticle, Mention
from tests.helpers import make_article, resolve_shared_path


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def parse(analyzer) -> Callable[..., AnalyzedArticle]:
    """Return `parse(text, published="2021-12-29")`: the text analysed as an article body."""

    def parse_text(text: str, published: str | None = "2021-12-29") -> AnalyzedArticle:
        day = dt.date.fromisoformat(published) if published else None
        return analyze(make_article(text, published=day), analyzer)

    return parse_text


@pytest.fixture(scope="session")
def resolve(parse, kb) -> Callable[..., tuple[Mention, ...]]:
    """Return `resolve(text, published="2021-12-29")`: the resolved mentions of the text."""

    def resolve_text(text: str, published: str | None = "2021-12-29") -> tuple[Mention, ...]:
        return resolve_mentions(parse(text, published), kb)

    return resolve_text


@pytest.fixture(scope="session")
def sample(analyzer) -> tuple[AnalyzedArticle, dict]:
    """Return the shared sample article, cleaned and analysed, and its `.expected.json`."""
    stem = "samples/rferl-2021-12-29-biden-putin-call"
    (raw,) = list(iter_documents([str(resolve_shared_path(stem + ".txt"))]))
    expected = json.loads(resolve_shared_path(stem + ".expected.json").read_text(encoding="utf-8"))
    return analyze(clean_document(raw, load_ingest_tables()), analyzer), expected


def mention_of(mentions: Sequence[Mention], text: str, nth: int = 0) -> Mention:
    """Return the `nth` mention whose text contains `text`, else the `nth` whole-word part of it."""
    found = [m for m in mentions if text in m.text]
    if len(found) <= nth:
        found = [m for m in mentions if re.search(rf"\b{re.escape(m.text)}\b", text)]
    assert len(found) > nth, f"no mention {text!r} in {[m.text for m in mentions]}"
    return found[nth]
