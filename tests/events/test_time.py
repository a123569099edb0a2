"""One row per construction: phrase, publication day, tense -> the day or range it names."""

import datetime as dt

import pytest

from newsevents.events.data import load_relative_dates
from newsevents.events.time import publication_date, resolve_date_phrase

D = dt.date
WED = D(2021, 12, 29)  # a Wednesday


@pytest.fixture(scope="module")
def relative():
    return load_relative_dates()


@pytest.mark.parametrize(
    "phrase, published, future, date, date_range, precision",
    [
        ("December 30", WED, True, D(2021, 12, 30), None, "day"),
        ("on December 26", WED, False, D(2021, 12, 26), None, "day"),
        ("Dec. 26", WED, False, D(2021, 12, 26), None, "day"),
        ("26 December 2021", WED, False, D(2021, 12, 26), None, "day"),
        ("12/26/2021", WED, False, D(2021, 12, 26), None, "day"),
        ("January 3", WED, True, D(2022, 1, 3), None, "day"),  # year inferred from tense
        ("January 3", D(2022, 1, 10), False, D(2022, 1, 3), None, "day"),
        ("Monday", WED, False, D(2021, 12, 27), None, "day"),
        ("on Monday", WED, True, D(2022, 1, 3), None, "day"),
        ("Wednesday", WED, False, WED, None, "day"),  # the day of publication
        ("early on Thursday", D(2023, 3, 14), False, D(2023, 3, 9), None, "day"),
        ("Friday morning", D(2023, 3, 14), True, D(2023, 3, 17), None, "day"),
        ("yesterday", WED, False, D(2021, 12, 28), None, "day"),
        ("today", WED, False, WED, None, "day"),
        ("tomorrow", WED, True, D(2021, 12, 30), None, "day"),
        ("last night", D(2023, 3, 1), False, D(2023, 2, 28), None, "day"),
        ("last week", WED, False, None, (D(2021, 12, 20), D(2021, 12, 26)), "week"),
        ("next week", WED, True, None, (D(2022, 1, 3), D(2022, 1, 9)), "week"),
        ("this week", WED, True, None, (D(2021, 12, 27), D(2022, 1, 2)), "week"),
        ("earlier this month", WED, False, None, (D(2021, 12, 1), WED), "month"),
        ("last month", D(2022, 1, 15), False, None, (D(2021, 12, 1), D(2021, 12, 31)), "month"),
        ("over the weekend", D(2023, 3, 14), False, None, (D(2023, 3, 11), D(2023, 3, 12)), "week"),
        ("the weekend", D(2023, 3, 14), True, None, (D(2023, 3, 18), D(2023, 3, 19)), "week"),
        ("in March", D(2023, 1, 10), True, None, (D(2023, 3, 1), D(2023, 3, 31)), "month"),
        ("in March", D(2023, 1, 10), False, None, (D(2022, 3, 1), D(2022, 3, 31)), "month"),
        ("in 2020", WED, False, None, (D(2020, 1, 1), D(2020, 12, 31)), "year"),
        ("last year", WED, False, None, (D(2020, 1, 1), D(2020, 12, 31)), "year"),
    ],
)
def test_time_resolves_each_construction(relative, phrase, published, future, date, date_range, precision):
    resolved = resolve_date_phrase(phrase, published, future, relative)
    assert resolved is not None
    assert (resolved.date, resolved.date_range, resolved.precision) == (date, date_range, precision)


@pytest.mark.parametrize("phrase", ["annual", "decades", "the past", "recent years"])
def test_time_phrase_without_a_day_names_none(relative, phrase):
    assert resolve_date_phrase(phrase, WED, False, relative) is None


def test_time_publication_fallback_is_marked():
    assert publication_date(WED).precision == "publication"
    assert publication_date(WED).date == WED
    assert publication_date(None).date is None


@pytest.mark.parametrize("date_order, day", [("MDY", D(2021, 3, 4)), ("DMY", D(2021, 4, 3))])
def test_time_figures_follow_the_outlet_convention(relative, date_order, day):
    resolved = resolve_date_phrase("03/04/2021", D(2021, 6, 1), False, relative, date_order)
    assert resolved.date == day
