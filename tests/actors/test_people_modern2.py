"""Office holders of 2014-2025 found missing by a second probe of modern wire news: leaders of
smaller countries named in full or by surname, and the term gaps a leader's dated rows leave.

The sentences are written for these tests, not taken from the gold sets.
"""

from __future__ import annotations

import pytest

from tests.actors.conftest import mention_of


@pytest.mark.parametrize(
    ("text", "published", "mention", "code", "office"),
    [
        ("Kobakhidze said the plan would work.", "2024-05-10", "Kobakhidze", "GEOGOV", "Prime Minister"),
        ("Noboa said the plan would work.", "2024-05-10", "Noboa", "ECUGOV", "President"),
        ("Hichilema said the plan would work.", "2023-05-10", "Hichilema", "ZMBGOV", "President"),
        ("Dissanayake said the plan would work.", "2025-02-10", "Dissanayake", "LKAGOV", "President"),
        ("Fico said the plan would work.", "2024-05-10", "Fico", "SVKGOV", "Prime Minister"),
        ("Boluarte said the plan would work.", "2023-05-10", "Boluarte", "PERGOV", "President"),
        ("Kim Yo Jong said the plan would work.", "2022-05-10", "Kim Yo Jong", "PRKGOV",
         "Vice Department Director of the Workers' Party Central Committee"),
        # between a leader's terms, and after the last one
        ("Oli said the plan would work.", "2022-05-10", "Oli", "NPL", "former Prime Minister"),
        ("Oli said the plan would work.", "2024-10-10", "Oli", "NPLGOV", "Prime Minister"),
        ("Tsipras said the plan would work.", "2015-06-10", "Tsipras", "GRCGOV", "Prime Minister"),
        ("Juan Orlando Hernandez said the plan would work.", "2022-05-10", "Juan Orlando Hernandez", "HND",
         "former President"),
    ],
)
def test_resolve_office_holders_found_by_the_second_modern_probe(resolve, text, published, mention, code, office):
    actor = mention_of(resolve(text, published), mention).actor
    assert (actor.code, actor.office) == (code, office)
