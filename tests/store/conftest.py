"""Hand-built coded articles and an in-memory store for the store tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from newsevents.records import Actor, Article, CodedArticle, Event, Evidence, Mention, Quote
from newsevents.store import EventStore

BIDEN = Actor("USAGOV", "USA", "GOV", "Joe Biden", office="President")
PUTIN = Actor("RUSGOV", "RUS", "GOV", "Vladimir Putin", office="President")
HORNE = Actor("USAGOV", "USA", "GOV", "Emily Horne")
BODY = "Joe Biden will speak by phone with Vladimir Putin on Thursday, Emily Horne said."


def build_event(article_id: str, index: int = 0, **changes: Any) -> Event:
    """Return a "Biden will phone Putin" event of `article_id`, every field set unless changed."""
    fields: dict[str, Any] = {
        "id": f"{article_id}:e{index}",
        "article_id": article_id,
        "doc_id": f"doc/{article_id}.txt",
        "sentence": index,
        "evidence": Evidence("will speak by phone with", 10, 34),
        "source": BIDEN,
        "target": PUTIN,
        "cameo": "041",
        "root": "04",
        "plover": "CONSULT",
        "goldstein": 1.0,
        "quad_class": 1,
        "date": dt.date(2021, 12, 30),
        "date_range": None,
        "date_precision": "day",
        "status": "planned",
        "attributed_to": HORNE,
        "location": "USA",
        "rule": "verb.speak_by_phone",
        "confidence": 0.85,
    }
    return Event(**(fields | changes))


def build_coded(
    article_id: str,
    events: tuple[Event, ...] | None = None,
    quotes: tuple[Quote, ...] | None = None,
    **article_changes: Any,
) -> CodedArticle:
    """Return a coded article with one mention, the given events (one by default) and one quote;
    `article_changes` set article fields (`outlet`, `published`, `url`)."""
    article = Article(
        article_id=article_id,
        doc_id=f"doc/{article_id}.txt",
        source_path=f"/in/{article_id}.txt",
        url=f"https://example.org/{article_id}",
        outlet="Example News",
        title="Biden, Putin to speak",
        published=dt.date(2021, 12, 29),
        language="en",
        byline="A. Reporter",
        body=BODY,
        credits=("Reuters", "AP"),
    )
    article = dataclasses.replace(article, **article_changes)
    mention = Mention(article_id, 0, 9, "Joe Biden", "person", BIDEN, "kb.person", 0, 0, 2)
    quote = Quote(article_id, 0, 62, BODY[:62], "say", "Emily Horne", HORNE, direct=False)
    return CodedArticle(
        article=article,
        mentions=(mention,),
        events=(build_event(article_id),) if events is None else events,
        quotes=(quote,) if quotes is None else quotes,
    )


@pytest.fixture
def make_event() -> Callable[..., Event]:
    return build_event


@pytest.fixture
def make_coded() -> Callable[..., CodedArticle]:
    return build_coded


@pytest.fixture
def store() -> Iterator[EventStore]:
    with EventStore(":memory:") as opened:
        yield opened
