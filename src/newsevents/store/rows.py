"""Records to table rows and event rows back to the event contract.

The tables are flat (an actor becomes `<prefix>_code`, `_country`, `_role`, `_name`) so that
analysts can filter and group in plain SQL; the JSON an event comes back as has exactly the
field names of the event contract (issue 2), the same as `newsevents code` prints. An actor's
`office` is not part of that contract and is not stored. A merged event (a row of the
`event_groups` view) comes back as the global event contract: no evidence or sentence, but the
mention, article and outlet counts and the ids of the events it merges.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from newsevents.records import Actor, Article, Event, Mention, Quote
from newsevents.store.dedup import global_event_id

Row = dict[str, Any]
ACTOR_PARTS = ("code", "country", "role", "name")


def article_row(article: Article, run_id: str | None, ingested_at: dt.datetime) -> Row:
    """Return the `articles` row of an article."""
    return {
        "article_id": article.article_id,
        "doc_id": article.doc_id,
        "source_path": article.source_path,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "language": article.language,
        "byline": article.byline,
        "body": article.body,
        "credits": list(article.credits),
        "date_order": article.date_order,
        "ingested_at": ingested_at,
        "run_id": run_id,
    }


def mention_row(mention: Mention) -> Row:
    """Return the `mentions` row of a mention; the actor columns are null when unresolved."""
    actor = _actor_parts(mention.actor)
    return {
        "article_id": mention.article_id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "kind": mention.kind,
        "actor_code": actor["code"],
        "country": actor["country"],
        "role": actor["role"],
        "name": actor["name"],
        "how": mention.how,
    }


def quote_row(quote: Quote) -> Row:
    """Return the `quotes` row of a quote, with the speaker's actor code, country and role."""
    speaker = _actor_parts(quote.speaker_actor)
    return {
        "article_id": quote.article_id,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "verb": quote.verb,
        "speaker": quote.speaker,
        "speaker_code": speaker["code"],
        "speaker_country": speaker["country"],
        "speaker_role": speaker["role"],
        "direct": quote.direct,
    }


def event_row(event: Event) -> Row:
    """Return the `events` row of an event: evidence, actors and date range spread into columns,
    and the id of the global event it is one report of."""
    start, end = event.date_range or (None, None)
    row = {
        "id": event.id,
        "article_id": event.article_id,
        "doc_id": event.doc_id,
        "sentence": event.sentence,
        "evidence_text": event.evidence.text,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        **_actor_columns(event.source, "source"),
        **_actor_columns(event.target, "target"),
        "cameo": event.cameo,
        "root": event.root,
        "plover": event.plover,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "date": event.date,
        "date_start": start,
        "date_end": end,
        "date_precision": event.date_precision,
        "status": event.status,
        **_actor_columns(event.attributed_to, "attributed_to"),
        "location": event.location,
        "rule": event.rule,
        "confidence": event.confidence,
    }
    row["global_event_id"] = global_event_id(row)
    return row


EVENT_FIELDS = tuple(f.name for f in dataclasses.fields(Event))


def event_contract(row: Row) -> dict[str, Any]:
    """Return an `events` row as the JSON object of the event contract, dates as ISO strings,
    fields in the order of the `Event` record (as `newsevents code` prints them)."""
    contract = {
        "id": row["id"],
        "article_id": row["article_id"],
        "doc_id": row["doc_id"],
        "sentence": row["sentence"],
        "evidence": {"text": row["evidence_text"], "start": row["evidence_start"], "end": row["evidence_end"]},
        **_coding(row),
        "attributed_to": _actor_object(row, "attributed_to"),
        "rule": row["rule"],
    }
    return {name: contract[name] for name in EVENT_FIELDS}


def group_contract(row: Row) -> dict[str, Any]:
    """Return an `event_groups` row as the JSON object of a global (merged) event."""
    return {
        "global_event_id": row["global_event_id"],
        **_coding(row),
        "num_mentions": row["num_mentions"],
        "num_articles": row["num_articles"],
        "num_sources": row["num_sources"],
        "first_seen": _iso(row["first_seen"]),
        "last_seen": _iso(row["last_seen"]),
        "date_added": _iso(row["date_added"]),
        "source_url": row["source_url"],
        "event_ids": list(row["event_ids"]),
    }


def _coding(row: Row) -> dict[str, Any]:
    """Return who did what to whom and when, as an event row or a merged event row has it."""
    has_range = row["date_start"] is not None
    return {
        "source": _actor_object(row, "source"),
        "target": _actor_object(row, "target"),
        "cameo": row["cameo"],
        "root": row["root"],
        "plover": row["plover"],
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        "date": _iso(row["date"]),
        "date_range": [_iso(row["date_start"]), _iso(row["date_end"])] if has_range else None,
        "date_precision": row["date_precision"],
        "status": row["status"],
        "location": row["location"],
        "confidence": row["confidence"],
    }


def _actor_parts(actor: Actor | None) -> Row:
    """Return an actor's code, country, role and name, all None when there is no actor."""
    return {part: getattr(actor, part) if actor else None for part in ACTOR_PARTS}


def _actor_columns(actor: Actor | None, prefix: str) -> Row:
    """Return the actor's parts as the columns `{prefix}_code` ... `{prefix}_name`."""
    return {f"{prefix}_{part}": value for part, value in _actor_parts(actor).items()}


def _actor_object(row: Row, prefix: str) -> dict[str, Any] | None:
    """Return the actor object stored under `prefix`, or None: every actor has a code."""
    if row[f"{prefix}_code"] is None:
        return None
    return {part: row[f"{prefix}_{part}"] for part in ACTOR_PARTS}


def _iso(day: dt.date | dt.datetime | None) -> str | None:
    return day.isoformat() if day else None
