"""How well ingest extracts articles: body F1 on HTML and on scraped text, title and date
accuracy, and milliseconds per page, on the evaluation data in ../shared/extraction.

    python benchmarks/extraction.py [--shared DIR] [--limit N]

Scored as ../shared/extraction/README.md says. Body: the scrapinghub benchmark's metric, word
4-gram (shingle) precision and recall per page, averaged over pages, then the F1 of the two
averages (a page with an empty prediction counts in recall only, as in that benchmark).
Text mode: the same pages flattened by ../shared/extraction/render_text.py, which defines
the text form. Every page is scored, whatever its language. Title: the cleaned title equals
the gold one, ignoring case, spacing and punctuation. Date: exact day (pages that ingest
rejects for want of article text are dated all the same; the table says how many).

The pages are fed as a crawl would give them: the page (HTML or text) and its URL, all in one
batch (so scraped pages of one site share their template lines, see ingest/templates.py).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from newsevents.errors import IngestError
from newsevents.ingest import IngestTables, clean_document, find_site_templates, load_ingest_tables
from newsevents.ingest.decoding import decode_html
from newsevents.ingest.html import find_published_date
from newsevents.ingest.page_metadata import comparison_key
from newsevents.records import Article, RawDocument

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "extraction"
SHINGLE_WORDS = 4
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class BodyPage:
    page_id: str
    url: str
    html: bytes
    gold: str


@dataclass(frozen=True, slots=True)
class BodyScore:
    pages: int
    precision: float
    recall: float
    f1: float
    ms_per_page: float


@dataclass(frozen=True, slots=True)
class Accuracy:
    pages: int
    correct: int
    rejected: int  # pages ingest rejected (no article text)
    ms_per_page: float

    @property
    def accuracy(self) -> float:
        return self.correct / self.pages if self.pages else 0.0


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Return the word 4-grams of `text` with their counts (the whole text if shorter)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + SHINGLE_WORDS]) for i in range(max(1, len(tokens) - SHINGLE_WORDS + 1))
                   if tokens[i:i + SHINGLE_WORDS])


def score_page(gold: str, predicted: str) -> tuple[float | None, float | None]:
    """Return a page's shingle precision and recall; None where undefined (precision of an
    empty prediction, recall of an empty gold body)."""
    true, pred = shingles(gold), shingles(predicted)
    tp, fp, fn = sum((true & pred).values()), sum((pred - true).values()), sum((true - pred).values())
    if fp == fn == 0:
        return (1.0 if tp else None), (1.0 if tp else None)
    return (tp / (tp + fp) if tp + fp else None), (tp / (tp + fn) if tp + fn else None)


def average_scores(scores: list[tuple[float | None, float | None]], seconds: float) -> BodyScore:
    """Return the mean precision and recall over pages, their F1, and ms per page."""
    precision = statistics.mean([p for p, _ in scores if p is not None] or [0.0])
    recall = statistics.mean([r for _, r in scores if r is not None] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BodyScore(len(scores), precision, recall, f1, 1000 * seconds / max(1, len(scores)))


def load_body_pages(shared: Path, limit: int | None = None) -> list[BodyPage]:
    """Return the scrapinghub-aeb pages with their gold bodies, sorted by id."""
    root = shared / "scrapinghub-aeb"
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(gold)[:limit]
    return [BodyPage(i, gold[i]["url"], gzip.open(root / "html" / f"{i}.html.gz").read(), gold[i]["articleBody"])
            for i in ids]


def load_renderer(shared: Path) -> Callable[[str], str]:
    """Return `render_text` from ../shared/extraction/render_text.py (it defines text form)."""
    spec = importlib.util.spec_from_file_location("render_text", shared / "render_text.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.render_text  # type: ignore[no-any-return]


def html_document(page: BodyPage) -> RawDocument:
    return RawDocument(page.page_id, decode_html(page.html, page.page_id), page.page_id, format="html", url=page.url)


def text_document(page: BodyPage, render: Callable[[str], str]) -> RawDocument:
    html = decode_html(page.html, page.page_id)
    return RawDocument(page.page_id, render(html), page.page_id, format="text", url=page.url)


def score_bodies(documents: list[RawDocument], golds: list[str], tables: IngestTables) -> BodyScore:
    """Return the body score of cleaning `documents` against `golds`, as one batch (so the
    pages of one site share their template lines), timed."""
    start = time.perf_counter()
    templates = find_site_templates(documents)
    bodies = [body_of(document, tables, templates.lines_for(document)) for document in documents]
    seconds = time.perf_counter() - start
    return average_scores([score_page(g, b) for g, b in zip(golds, bodies)], seconds)


def body_of(document: RawDocument, tables: IngestTables, template: frozenset[str]) -> str:
    """Return the cleaned body of `document`, "" when ingest rejects it."""
    try:
        return clean_document(document, tables, template=template).body
    except IngestError:
        return ""


def score_titles(shared: Path, tables: IngestTables, limit: int | None = None) -> Accuracy:
    """Return title accuracy on the trafilatura-eval pages that have a gold title (a page
    ingest rejects has no title)."""
    root = shared / "trafilatura-eval"
    gold = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    cases = [(url, v["file"], v["title"]) for url, v in sorted(gold.items()) if v.get("title")][:limit]
    return _accuracy(cases, root, tables, lambda article: comparison_key(article.title or ""), comparison_key)


def score_dates(shared: Path, tables: IngestTables, limit: int | None = None) -> Accuracy:
    """Return exact-day date accuracy on the htmldate-mediacloud2020 pages with a date. A
    page ingest rejects (no article text: a forum thread, a radio schedule) is dated by the
    same date finder, so that this measures the dates, not the bodies."""
    root = shared / "htmldate-mediacloud2020"
    gold = json.loads((root / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    cases = [(url, v["file"], v["date"]) for url, v in sorted(gold.items())
             if isinstance(v.get("date"), str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v["date"])][:limit]
    return _accuracy(cases, root, tables, lambda article: str(article.published), str,
                     rejected_value=lambda html, url: str(find_published_date(html, url)))


def _accuracy(cases: Iterable[tuple[str, str, str]], root: Path, tables: IngestTables,
              value: Callable[[Article], str], gold_value: Callable[[str], str],
              rejected_value: Callable[[str, str], str] | None = None) -> Accuracy:
    """Return on how many pages `value(article)` equals `gold_value(gold)`; for a page that
    ingest rejects, `rejected_value(html, url)` when given, else it is wrong."""
    right = rejected = 0
    seconds = 0.0
    for url, file, want in cases:
        html = decode_html(gzip.open(root / "html" / f"{file}.gz").read(), url)
        start = time.perf_counter()
        try:
            found = value(clean_document(RawDocument(url, html, file, format="html", url=url), tables))
        except IngestError:
            rejected += 1
            found = rejected_value(html, url) if rejected_value else None
        seconds += time.perf_counter() - start
        right += found == gold_value(want)
    return Accuracy(len(cases), right, rejected, 1000 * seconds / max(1, len(cases)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the extraction data directory")
    parser.add_argument("--limit", type=int, default=None, help="at most this many pages per set")
    args = parser.parse_args()
    tables = load_ingest_tables()
    pages = load_body_pages(args.shared, args.limit)
    golds = [p.gold for p in pages]
    render = load_renderer(args.shared)
    html = score_bodies([html_document(p) for p in pages], golds, tables)
    text = score_bodies([text_document(p, render) for p in pages], golds, tables)
    titles = score_titles(args.shared, tables, args.limit)
    dates = score_dates(args.shared, tables, args.limit)
    print(f"{'measure':<40} {'pages':>5} {'precision':>9} {'recall':>7} {'F1 / acc':>8} {'ms/page':>8}")
    for name, s in (("body, HTML (scrapinghub-aeb)", html), ("body, text (scrapinghub-aeb rendered)", text)):
        print(f"{name:<40} {s.pages:>5} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>8.3f} {s.ms_per_page:>8.1f}")
    for name, a in (("title exact (trafilatura-eval)", titles), ("date exact day (htmldate-mediacloud2020)", dates)):
        print(f"{name:<40} {a.pages:>5} {'':>9} {'':>7} {a.accuracy:>8.3f} {a.ms_per_page:>8.1f}"
              f"   ({a.rejected} pages rejected by ingest)")


if __name__ == "__main__":
    sys.exit(main())
