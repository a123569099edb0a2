"""Within-article coreference on parsed text: repeated names, definite titles, subject pronouns."""

from __future__ import annotations

import pytest

from tests.actors.conftest import mention_of

pytestmark = pytest.mark.model
MEETING = (
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Friday. "
    "The Russian leader said the talks were useful. "
    "Later, Putin said Moscow would send a delegation, and he said it would arrive in June."
)


def test_coref_later_surname_takes_the_earlier_actor(resolve):
    mention = mention_of(resolve(MEETING), "Putin", nth=1)
    assert (mention.text, mention.actor.code, mention.how) == ("Putin", "RUSGOV", "coref:name")


def test_coref_definite_title_takes_the_earlier_holder(resolve):
    mention = mention_of(resolve(MEETING), "Russian leader")
    assert (mention.actor.name, mention.actor.code, mention.how) == ("Vladimir Putin", "RUSGOV", "coref:title")


def test_coref_subject_pronoun_of_reporting_verb_takes_the_last_person(resolve):
    mention = next(m for m in resolve(MEETING) if m.text == "he")
    assert (mention.actor.name, mention.how) == ("Vladimir Putin", "coref:pronoun")


def test_coref_surname_of_an_unknown_person_keeps_the_title_rule(resolve):
    mentions = resolve(
        "Ukrainian President Ivan Petrenko arrived in Kyiv on Monday. Petrenko said he was ready to talk."
    )
    mention = mention_of(mentions, "Petrenko", nth=1)
    assert (mention.text, mention.actor.code, mention.actor.name, mention.how) == (
        "Petrenko",
        "UKRGOV",
        "Ivan Petrenko",
        "coref:name",
    )


def test_coref_pronoun_without_antecedent_is_no_mention(resolve):
    assert [m for m in resolve("He said the talks were useful.") if m.text == "He"] == []


def test_coref_surname_of_an_unknown_full_name_is_not_a_namesake_in_the_table(resolve):
    mentions = resolve("Microsoft founder Bill Gates met health officials. Gates said vaccines were vital.", "2020-03-01")
    mention = mention_of(mentions, "Gates", nth=1)
    assert (mention.text, mention.actor) == ("Gates", None)


@pytest.mark.parametrize(
    ("text", "published", "later", "name"),
    [
        (
            "British Foreign Secretary David Lammy met Chinese officials. The foreign secretary said the talks were candid.",
            "2025-03-01",
            "foreign secretary",
            "David Lammy",
        ),
        (
            "German Chancellor Olaf Scholz visited Kyiv. The chancellor said Germany would send more weapons.",
            "2022-06-16",
            "chancellor",
            "Olaf Scholz",
        ),
    ],
)
def test_coref_definite_title_matches_the_national_title_of_the_office(resolve, text, published, later, name):
    mention = next(m for m in resolve(text, published) if m.text == later)
    assert (mention.actor.name, mention.how) == (name, "coref:title")


def test_coref_they_prefers_the_group_that_acted(resolve):
    # "people" is the nearer group, but the militants are the subject: they fled
    mentions = resolve("Two Palestinian militants shot 9 people at a bus stop on Friday before they fled into the hills.")
    assert next(m for m in mentions if m.text == "they").actor.country == "PSE"
