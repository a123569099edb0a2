"""The extraction accuracy gate: body F1 on the first pages of ../shared/extraction.

benchmarks/extraction.py measures the whole set (and speed, which is not asserted); this
runs its scoring on a few pages so that a drop in the extractors shows in the test run.
"""

from __future__ import annotations

import pytest

from benchmarks.extraction import (
    average_scores,
    html_document,
    load_body_pages,
    load_renderer,
    score_bodies,
    score_page,
    text_document,
)

GATE_PAGES = 10
# Measured on the first 10 pages (by id): HTML 0.986, text 0.874; the floors leave 0.03.
HTML_F1_FLOOR = 0.95
TEXT_F1_FLOOR = 0.84


@pytest.fixture
def gate_pages(shared_path):
    shared = shared_path("extraction")
    return shared, load_body_pages(shared, GATE_PAGES)


def test_extraction_benchmark_html_body_f1_stays_above_floor(tables, gate_pages):
    _, pages = gate_pages
    score = score_bodies([html_document(p) for p in pages], [p.gold for p in pages], tables)
    assert score.f1 >= HTML_F1_FLOOR, score


def test_extraction_benchmark_text_body_f1_stays_above_floor(tables, gate_pages):
    shared, pages = gate_pages
    render = load_renderer(shared)
    score = score_bodies([text_document(p, render) for p in pages], [p.gold for p in pages], tables)
    assert score.f1 >= TEXT_F1_FLOOR, score


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("one two three four five", "one two three four five", (1.0, 1.0)),
        ("one two three four five", "", (None, 0.0)),
        ("one two three four five", "zero one two three four", (0.5, 0.5)),
        ("", "", (None, None)),
    ],
)
def test_extraction_benchmark_page_score_follows_the_shingle_metric(gold, predicted, expected):
    assert score_page(gold, predicted) == expected


def test_extraction_benchmark_average_skips_undefined_precision():
    score = average_scores([(None, 0.0), (1.0, 1.0)], seconds=0.0)
    assert (score.precision, score.recall, score.f1) == (1.0, 0.5, pytest.approx(2 / 3))
