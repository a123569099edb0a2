"""The real sample page in ../shared and the example pages in examples/, end to end."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsevents.ingest import clean_document, iter_documents
from newsevents.ingest.attribution import parse_credit_line

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"
SAMPLE = "samples/rferl-2021-12-29-biden-putin-call"
EXAMPLE_OUTLETS = {
    "2022-12-27-france-24-serbia-kosovo-alert.txt": "France 24",
    "2023-03-14-dw-germany-lithuania-troops.txt": "DW",
    "2024-02-20-al-jazeera-armenia-azerbaijan-talks.txt": "Al Jazeera",
    "2025-03-18-nikkei-asia-japan-us-call.txt": "Nikkei Asia",
}


def test_examples_sample_article_matches_the_human_reading(shared_path, tables):
    expected = json.loads(shared_path(f"{SAMPLE}.expected.json").read_text(encoding="utf-8"))["article"]
    [raw] = iter_documents([str(shared_path(f"{SAMPLE}.txt"))])
    article = clean_document(raw, tables)
    assert article.title == expected["title"]
    assert article.published == dt.date.fromisoformat(expected["published"])
    assert article.outlet == expected["outlet"]
    assert article.body.startswith(expected["body_must_start_with"])
    assert article.body.endswith(expected["body_must_end_with"])
    for boilerplate in expected["boilerplate_never_in_body"]:
        assert boilerplate not in article.body
    assert list(article.credits) == expected["credits"]
    assert article.language == "en"


def test_examples_directory_holds_the_four_pages():
    assert sorted(p.name for p in EXAMPLES_DIR.glob("*.txt")) == sorted(EXAMPLE_OUTLETS)


@pytest.mark.parametrize("name", sorted(EXAMPLE_OUTLETS))
def test_examples_page_gives_a_whole_article(tables, name):
    path = EXAMPLES_DIR / name
    [raw] = iter_documents([str(path)])
    article = clean_document(raw, tables)
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    credit_line = next(i for i, line in enumerate(lines) if parse_credit_line(line, tables) is not None)
    assert article.body.startswith(lines[lines.index(article.title) + 2])  # after the caption
    assert article.body.endswith(lines[credit_line - 1])
    assert not any(line in article.body for line in lines[credit_line:] if len(line.split()) >= 3)
    assert 200 <= len(article.body.split()) <= 400
    assert article.title and article.title in lines and article.title not in article.body
    assert article.published == dt.date.fromisoformat(name[:10])
    assert article.outlet == EXAMPLE_OUTLETS[name]
    assert article.credits and article.outlet not in article.credits
    assert article.language == "en"


@pytest.mark.parametrize(("ci", "outcome"), [("", pytest.skip.Exception), ("1", pytest.fail.Exception)])
def test_examples_missing_shared_file_skips_or_fails_under_ci(shared_path, monkeypatch, ci, outcome):
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="absent"):
        shared_path("no/such/file.txt")
