"""The typed records that flow one way through the pipeline.

    RawDocument -> Article -> AnalyzedArticle -> Mention / Quote -> Event -> CodedArticle

Every record is frozen and turns into plain JSON with `to_dict`, so the CLI, the store and
(later) the REST API all speak the same field names. spaCy objects never appear here: the nlp
stage turns its `Doc` into `Token`, `Sentence` and `Entity` records with character offsets
into the article body.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any


def to_jsonable(value: Any) -> Any:
    """Return `value` as JSON-ready data: dates as ISO strings, records as dicts."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


class Record:
    """Mixin: JSON form of a record."""

    def to_dict(self) -> dict[str, Any]:
        return to_jsonable(self)


@dataclass(frozen=True, slots=True)
class RawDocument(Record):
    """One input document as read from a file or a JSONL line, before cleaning.

    `title`, `url`, `outlet` and `published` are what the *input* says (JSONL fields, CLI
    options); the cleaner may find better values in the page itself.
    """

    doc_id: str
    text: str
    source_path: str
    format: str = "text"  # "text" (a scraped page flattened to lines) or "html"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Article(Record):
    """A cleaned news article: the body every later offset points into."""

    article_id: str
    doc_id: str
    source_path: str
    url: str | None
    outlet: str | None
    title: str | None
    published: dt.date | None
    language: str | None
    byline: str | None
    body: str
    credits: tuple[str, ...] = ()
    date_order: str = "MDY"  # how the outlet writes dates in figures: MDY or DMY


@dataclass(frozen=True, slots=True)
class Token(Record):
    """One word of the body with its parse; `i` and `head` index `AnalyzedArticle.tokens`."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    start: int
    end: int
    sentence: int
    ent_type: str = ""
    morph: str = ""


@dataclass(frozen=True, slots=True)
class Sentence(Record):
    """A sentence of the body; `parsed` is False when the nlp stage's cheap pass found it could
    hold no event and only tokenized it (its tokens then have no tag, dependency or entity)."""

    index: int
    start: int
    end: int
    first_token: int
    end_token: int  # one past the last token
    parsed: bool = True


@dataclass(frozen=True, slots=True)
class Entity(Record):
    """A named-entity span; `first_token`/`end_token` index the article's tokens."""

    text: str
    label: str
    start: int
    end: int
    first_token: int
    end_token: int


@dataclass(frozen=True, slots=True)
class QuoteSpan(Record):
    """A quotation found by the nlp stage, before its speaker is resolved to an actor.

    `speaker_token` is the head token of the speaker phrase (a name, a title or a pronoun),
    or None when the text names no speaker.
    """

    start: int
    end: int
    text: str
    verb: str
    verb_token: int
    speaker_token: int | None
    direct: bool


@dataclass(frozen=True, slots=True)
class AnalyzedArticle(Record):
    article: Article
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    quote_spans: tuple[QuoteSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor(Record):
    """Who acts: a CAMEO-style code (`USAGOV`, `RUSMIL`, `NATO`, `WST`) and its parts."""

    code: str
    country: str | None = None
    role: str | None = None
    name: str | None = None
    office: str | None = None


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """A span of the body that names an actor, and how the resolver decided who it is."""

    article_id: str
    start: int
    end: int
    text: str
    kind: str
    actor: Actor | None
    how: str
    sentence: int
    first_token: int
    end_token: int


@dataclass(frozen=True, slots=True)
class Quote(Record):
    article_id: str
    start: int
    end: int
    text: str
    verb: str
    speaker: str | None
    speaker_actor: Actor | None
    direct: bool


@dataclass(frozen=True, slots=True)
class Evidence(Record):
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EventDate(Record):
    """When an event happened: a day, a range, or the publication date as a last resort."""

    date: dt.date | None
    date_range: tuple[dt.date, dt.date] | None
    precision: str  # day | week | month | year | publication | none


@dataclass(frozen=True, slots=True)
class Event(Record):
    id: str
    article_id: str
    doc_id: str
    sentence: int
    evidence: Evidence
    source: Actor
    target: Actor | None
    cameo: str
    root: str
    plover: str | None
    goldstein: float | None
    quad_class: int | None
    date: dt.date | None
    date_range: tuple[dt.date, dt.date] | None
    date_precision: str
    status: str
    attributed_to: Actor | None
    location: str | None
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class CodedArticle(Record):
    article: Article
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
