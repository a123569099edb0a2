"""Articles per second of the whole pipeline against the bare spaCy pipeline, in one run.

    python benchmarks/throughput.py [PATH ...] [--repeat N] [--parse-all]
    python benchmarks/throughput.py --scrapinghub      # the real news pages of ../shared/extraction

Prints ratios, not absolute timings. The baseline is the bare pipeline (every component,
`nlp.pipe(bodies, batch_size=16)`, one process) over the cleaned bodies of the same articles,
measured in the same process; ours is `code_article` over the raw documents, one process, from
reading the page to the events. Only English articles are timed (the others are not coded).
Defaults to examples/ plus the sample article in ../shared when it is there.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsevents.actors import resolve_mentions, resolve_quotes
from newsevents.errors import DocumentError
from newsevents.events import code_events
from newsevents.ingest import clean_document, iter_documents
from newsevents.nlp import analyze
from newsevents.pipeline import CODED_LANGUAGES, Resources, code_article
from newsevents.records import Article, RawDocument
from newsevents.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUTS = [ROOT / "examples", ROOT.parent / "shared" / "samples"]
SCRAPINGHUB_PAGES = ROOT.parent / "shared" / "extraction" / "scrapinghub-aeb" / "html"
BASELINE_BATCH_SIZE = 16


def timed(function, items, repeat: int) -> float:
    """Return the seconds `function` takes over all `items`, best of `repeat` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for item in items:
            function(item)
        best = min(best, time.perf_counter() - start)
    return best


def english_articles(paths: list[str], resources: Resources) -> list[tuple[RawDocument, Article]]:
    """Return the documents the pipeline codes, with their cleaned articles."""
    pairs = []
    for raw in iter_documents(paths):
        if not isinstance(raw, RawDocument):
            continue
        try:
            article = clean_document(raw, resources.ingest)
        except DocumentError:
            continue
        if article.language in CODED_LANGUAGES:
            pairs.append((raw, article))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--scrapinghub", action="store_true", help=f"add the pages in {SCRAPINGHUB_PAGES}")
    parser.add_argument("--parse-all", action="store_true", help="parse every sentence (no triage)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = args.paths + ([str(SCRAPINGHUB_PAGES)] if args.scrapinghub else [])
    paths = paths or [str(p) for p in DEFAULT_INPUTS if p.exists()]

    resources = Resources.load(Settings(parse_all=args.parse_all))
    pairs = english_articles(paths, resources)
    raws, articles = [raw for raw, _ in pairs], [article for _, article in pairs]
    bodies = [a.body for a in articles]
    analyzed = [analyze(a, resources.analyzer) for a in articles]
    mentions = [resolve_mentions(a, resources.kb) for a in analyzed]
    nlp = resources.analyzer.nlp
    list(nlp.pipe(bodies, batch_size=BASELINE_BATCH_SIZE))  # warm up caches before timing anything

    bare = timed(lambda batch: list(nlp.pipe(batch, batch_size=BASELINE_BATCH_SIZE)), [bodies], args.repeat)
    whole = timed(lambda r: code_article(r, resources), raws, args.repeat)
    cleaning = timed(lambda r: clean_document(r, resources.ingest), raws, args.repeat)
    actors = timed(lambda a: (m := resolve_mentions(a, resources.kb), resolve_quotes(a, m)), analyzed, args.repeat)
    coder = timed(lambda pair: code_events(*pair, resources.rules), list(zip(analyzed, mentions)), args.repeat)
    sentences = [s for a in analyzed for s in a.sentences]
    parsed = sum(s.parsed for s in sentences)

    print(f"articles: {len(raws)}, words: {sum(len(b.split()) for b in bodies)}, best of {args.repeat} runs")
    print(f"bare spaCy pipeline: {len(raws) / bare:.1f} articles/s (baseline 1.00)")
    print(f"newsevents code:     {len(raws) / whole:.1f} articles/s "
          f"(throughput ratio {bare / whole:.2f} of bare spaCy)")
    print(f"sentences parsed: {parsed}/{len(sentences)} ({parsed / max(len(sentences), 1):.1%})")
    print(f"cleaning takes {cleaning / whole:.1%} of coding time, actor resolution {actors / whole:.1%}, "
          f"the event coder {coder / whole:.1%}")


if __name__ == "__main__":
    main()
