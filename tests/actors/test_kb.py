"""The knowledge base's date logic, on a tiny knowledge base built in the test."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.actors import KnowledgeBase
from newsevents.actors.data import Term

D = dt.date.fromisoformat


def term(id_: str, person: str, name: str, office: str, start: str, end: str = "") -> Term:
    return Term(
        id=id_, person=person, name=name, aliases=(name.split()[-1],), country="RUS", role="GOV",
        office=office, start=D(start), end=D(end) if end else None, dates="exact", shared=False, source="test",
    )


@pytest.fixture
def tiny() -> KnowledgeBase:
    terms = [
        term("rus-a-president", "a", "Anna Abel", "President", "2008-05-07", "2012-05-07"),
        term("rus-a-pm", "a", "Anna Abel", "Prime Minister", "2012-05-08", "2020-01-16"),
        term("rus-b-pm", "b", "Boris Abel", "Prime Minister", "2020-01-16"),
    ]
    return KnowledgeBase.build(people={t.id: t for t in terms})


@pytest.mark.parametrize(
    ("day", "term_id", "status"),
    [
        ("2010-01-01", "rus-a-president", "current"),
        ("2012-05-07", "rus-a-president", "former"),  # the end day belongs to the successor
        ("2015-01-01", "rus-a-pm", "current"),
        ("2022-01-01", "rus-a-pm", "former"),
        ("2001-01-01", "rus-a-president", "before"),
        (None, "rus-a-pm", "undated"),
    ],
)
def test_kb_term_on_the_article_date(tiny, day, term_id, status):
    found, found_status = tiny.term_on("a", D(day) if day else None)
    assert (found.id, found_status) == (term_id, status)


@pytest.mark.parametrize(("day", "person"), [("2015-01-01", "a"), ("2022-01-01", "b")])
def test_kb_person_on_prefers_who_is_in_office(tiny, day, person):
    assert tiny.person_on(["a", "b"], D(day)) == person


def test_kb_aliases_index_every_person_name(tiny):
    assert {t.key for t in tiny.aliases.targets_of("abel")} == {"a", "b"}
