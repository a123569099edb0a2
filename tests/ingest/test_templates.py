from __future__ import annotations

import pytest

from newsevents.ingest import clean_document, find_site_templates
from newsevents.ingest.templates import site_of
from newsevents.records import RawDocument

from .pages import FOOTER, NAV, PARAGRAPHS, TITLE, make_page

PROMO = "Example Media journalists report from forty countries, bringing readers the stories that matter every day."
OTHER_STORY = (
    "Officials in Kyiv said on Tuesday that the new air defence systems had arrived from Germany last week.",
    "The systems will protect the capital and two other cities, the defence ministry said in a statement.",
)


def page(paragraphs, doc_id: str, **fields) -> RawDocument:
    return make_page(*NAV, TITLE, *paragraphs, PROMO, *FOOTER, doc_id=doc_id, **fields)


def test_templates_line_on_two_pages_of_one_site_leaves_the_body(tables):
    first = page(PARAGRAPHS, "a.txt", url="https://www.example.com/a")
    second = page(OTHER_STORY, "b.txt", url="https://example.com/b")
    templates = find_site_templates([first, second])
    assert PROMO in templates.lines_for(first)
    assert PARAGRAPHS[0] not in templates.lines_for(first)
    assert clean_document(first, tables, template=templates.lines_for(first)).body == "\n\n".join(PARAGRAPHS)
    assert PROMO in clean_document(first, tables).body  # alone, the promo reads as prose


def test_templates_pages_of_different_sites_share_nothing():
    first = page(PARAGRAPHS, "a.txt", url="https://example.com/a")
    second = page(OTHER_STORY, "b.txt", url="https://example.org/b")
    templates = find_site_templates([first, second])
    assert templates.lines_for(first) == frozenset() == templates.lines_for(second)


@pytest.mark.parametrize("update", ["", " The talks ended late on Monday, an official said."])
def test_templates_same_article_twice_is_not_a_template(tables, update):
    article = tuple(p.replace("said", verb) for verb in ("said", "added") for p in (*PARAGRAPHS, *OTHER_STORY))
    first = page(article, "a.txt", url="https://example.com/a")
    again = page((article[0] + update, *article[1:]), "a-updated.txt", url="https://example.com/a?updated")
    templates = find_site_templates([first, again])
    assert templates.lines_for(first) == frozenset()
    assert clean_document(again, tables, template=templates.lines_for(again)).body.startswith(PARAGRAPHS[0])


def test_templates_site_is_the_url_host_then_the_input_outlet():
    assert site_of(RawDocument("a", "", "a", url="https://www.dw.com/en/x", outlet="DW")) == "dw.com"
    assert site_of(RawDocument("a", "", "a", outlet="DW")) == "DW"
    assert site_of(RawDocument("a", "", "a")) is None


def test_templates_html_pages_and_pages_without_site_are_not_compared():
    html = [RawDocument(f"{i}.html", f"<p>{PROMO}</p>", f"{i}.html", format="html", url="https://example.com/")
            for i in range(2)]
    bare = [page(PARAGRAPHS, "a.txt"), page(OTHER_STORY, "b.txt")]
    assert find_site_templates(html + bare).by_site == {}


def test_templates_cli_extract_uses_the_batch(tmp_path):
    """`newsevents extract` over a batch drops the line a site repeats on its pages, and the
    article id does not depend on which other pages came with it."""
    import json

    from typer.testing import CliRunner

    from newsevents.cli import app

    lines = []
    for doc_id, paragraphs in (("a", PARAGRAPHS), ("b", OTHER_STORY)):
        raw = page(paragraphs, doc_id, url=f"https://example.com/{doc_id}")
        lines.append(json.dumps({"id": doc_id, "text": raw.text, "url": raw.url, "published": "2023-03-14"}))
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "alone.jsonl").write_text(lines[0] + "\n", encoding="utf-8")

    def extract(name):
        result = CliRunner().invoke(app, ["extract", str(tmp_path / name), "--format", "jsonl"])
        return {a["doc_id"]: a for a in map(json.loads, result.stdout.splitlines())}

    batch, alone = extract("batch.jsonl"), extract("alone.jsonl")
    assert PROMO not in batch["a"]["body"] and PROMO in alone["a"]["body"]
    assert batch["a"]["article_id"] == alone["a"]["article_id"]
