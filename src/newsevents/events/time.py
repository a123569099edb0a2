"""Resolve a time expression of an event's clause to a day or a range of days.

The reading depends on the publication day and on tense: in an article of Wednesday
2021-12-29, "on Monday" is 2021-12-27 for a past event and 2022-01-03 for a planned one;
"last week" is Monday 2021-12-20 to Sunday 2021-12-26. dateparser reads absolute dates
("December 26", "26 December 2021", "12/26/2021"); relative phrases, weekdays, months and
years are read here, from `relative_dates.tsv`, so each construction has one rule and one test.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

import dateparser

from newsevents.events.data import RelativeDate
from newsevents.records import EventDate

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
# words around a time phrase that do not change the day it names
FILLER = re.compile(r"^(?:(?:on|in|at|during|by|early|late|earlier|later|the|this past|past)\s+)+", re.I)
YEAR = re.compile(r"^(?:19|20)\d\d$")
DAY_PARTS = re.compile(r"\s+(?:morning|afternoon|evening|night)$", re.I)


def publication_date(published: dt.date | None) -> EventDate:
    """Return the fallback: the publication day, marked as such."""
    return EventDate(published, None, "publication" if published else "none")


def resolve_date_phrase(
    phrase: str, published: dt.date, future: bool, relative: dict[str, RelativeDate], date_order: str = "MDY"
) -> EventDate | None:
    """Return the day or range a time phrase names, or None when it names none.

    >>> resolve_date_phrase("last week", dt.date(2021, 12, 29), False, table)  # doctest: +SKIP
    EventDate(date=None, date_range=(2021-12-20, 2021-12-26), precision='week')
    """
    whole = phrase.strip().strip(".,").lower()
    text = FILLER.sub("", whole)
    for candidate in (whole, text):  # "earlier this month" is a phrase of its own
        if candidate in relative:
            return _relative(relative[candidate], published, future)
    bare = DAY_PARTS.sub("", text)
    if bare in WEEKDAYS:
        return EventDate(_weekday(WEEKDAYS[bare], published, future), None, "day")
    if text in MONTHS:
        return _month(MONTHS[text], published, future)
    if YEAR.match(text):
        year = int(text)
        return EventDate(None, (dt.date(year, 1, 1), dt.date(year, 12, 31)), "year")
    return _absolute(text, published, future, date_order)


def _relative(rule: RelativeDate, published: dt.date, future: bool) -> EventDate:
    if rule.unit == "day":
        return EventDate(published + dt.timedelta(days=rule.offset), None, "day")
    if rule.unit in ("week", "week_to_date"):
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=rule.offset)
        end = published if rule.unit == "week_to_date" else monday + dt.timedelta(days=6)
        return EventDate(None, (monday, end), "week")
    if rule.unit == "weekend":
        saturday = _weekday(calendar.SATURDAY, published, future)
        return EventDate(None, (saturday, saturday + dt.timedelta(days=1)), "week")
    if rule.unit in ("month", "month_to_date"):
        month_index = published.year * 12 + published.month - 1 + rule.offset
        year, month = divmod(month_index, 12)
        first = dt.date(year, month + 1, 1)
        last = published if rule.unit == "month_to_date" else _month_end(first)
        return EventDate(None, (first, last), "month")
    year = published.year + rule.offset
    return EventDate(None, (dt.date(year, 1, 1), dt.date(year, 12, 31)), "year")


def _weekday(weekday: int, published: dt.date, future: bool) -> dt.date:
    """The most recent such weekday for past events (the same day counts), the next for future."""
    if future:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _month(month: int, published: dt.date, future: bool) -> EventDate:
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1
    first = dt.date(year, month, 1)
    return EventDate(None, (first, _month_end(first)), "month")


def _month_end(first: dt.date) -> dt.date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _absolute(text: str, published: dt.date, future: bool, date_order: str) -> EventDate | None:
    """Read a full date with dateparser; a date without a day or month is not a day. Figures
    are read in the outlet's order ("03/04/2021" is 4 March in the US, 3 April in Britain)."""
    settings = {
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
        "PREFER_DATES_FROM": "future" if future else "past",
        "REQUIRE_PARTS": ["day", "month"],
        "DATE_ORDER": date_order,
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return EventDate(parsed.date(), None, "day") if parsed else None
