"""Articles per second of the whole pipeline against the bare spaCy pipeline, in one run.

    python benchmarks/throughput.py [PATH ...] [--repeat N]

Prints ratios, not absolute timings: the bare `nlp(body)` over the same cleaned bodies is the
baseline, measured in the same process just before. Defaults to examples/ plus the sample
article in ../shared when it is there.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsevents.actors import resolve_mentions, resolve_quotes
from newsevents.events import code_events
from newsevents.ingest import clean_document, iter_documents
from newsevents.nlp import analyze
from newsevents.pipeline import Resources, code_article
from newsevents.records import RawDocument

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUTS = [ROOT / "examples", ROOT.parent / "shared" / "samples"]


def timed(function, items, repeat: int) -> float:
    """Return the seconds `function` takes over all `items`, best of `repeat` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for item in items:
            function(item)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(p) for p in DEFAULT_INPUTS if p.exists()])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    resources = Resources.load()
    raws = [d for d in iter_documents(args.paths) if isinstance(d, RawDocument)]
    articles = [clean_document(r, resources.ingest) for r in raws]
    analyzed = [analyze(a, resources.analyzer) for a in articles]
    mentions = [resolve_mentions(a, resources.kb) for a in analyzed]
    nlp = resources.analyzer.nlp
    for body in (a.body for a in articles):  # warm up caches before timing anything
        nlp(body)

    bare = timed(lambda a: nlp(a.body), articles, args.repeat)
    whole = timed(lambda r: code_article(r, resources), raws, args.repeat)
    actors = timed(lambda a: (m := resolve_mentions(a, resources.kb), resolve_quotes(a, m)), analyzed, args.repeat)
    coder = timed(lambda pair: code_events(pair[0], pair[1], resources.rules), list(zip(analyzed, mentions)), args.repeat)

    print(f"articles: {len(raws)}, words: {sum(len(a.body.split()) for a in articles)}, best of {args.repeat} runs")
    print(f"bare spaCy pipeline: {len(raws) / bare:.1f} articles/s (baseline 1.00)")
    print(f"newsevents code:     {len(raws) / whole:.1f} articles/s (throughput ratio {bare / whole:.2f} of bare spaCy)")
    print(f"actor resolution adds {actors / whole:.1%} of coding time; the event coder {coder / whole:.1%}")


if __name__ == "__main__":
    main()
