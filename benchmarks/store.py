"""Events written per second and query latency of the event store, against plain DuckDB, in one run.

    python benchmarks/store.py [--articles 25000] [--events-per-article 4] [--repeat 5]

Prints ratios, not bare timings: each store operation is set against a plain DuckDB statement
doing the least the same job needs (an INSERT of the same event rows, a SELECT of the same
events), measured in the same process, so the figures compare across machines. Nothing here
asserts a timing. The synthetic store holds at least 100,000 events, reported by about three
articles each, so that merging (`dedup`) has work to do.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pyarrow as pa

from newsevents.records import Actor, Article, CodedArticle, Event, Evidence, Mention
from newsevents.store import AbortPoint, EventFilters, EventStore
from newsevents.store.rows import event_row

COUNTRIES = "USA RUS UKR CHN FRA DEU GBR IRN ISR TUR IND JPN".split()
ROLES = (None, "GOV", "MIL")
CODES = ("010", "036", "040", "042", "043", "057", "112", "120", "130", "154", "163", "173", "190", "193")
OUTLETS = [f"Outlet {n}" for n in range(20)]
MENTIONS_PER_EVENT_ON_AVERAGE = 3  # reports per happening, so that dedup merges
BATCH_ARTICLES = 500  # articles per transaction on the batched path
PER_ARTICLE_SAMPLE = 1_000  # articles written one transaction each: DuckDB pays per statement
START = dt.date(2023, 1, 1)


def make_happenings(count: int, rng: random.Random) -> list[tuple[Actor, Actor, str, dt.date]]:
    """Return `count` distinct (source, target, CAMEO code, day) happenings to report."""
    def actor() -> Actor:
        country, role = rng.choice(COUNTRIES), rng.choice(ROLES)
        return Actor(country + (role or ""), country, role, f"{country} {role or 'state'}")

    return [(actor(), actor(), rng.choice(CODES), START + dt.timedelta(days=rng.randrange(365))) for _ in range(count)]


def make_articles(articles: int, per_article: int, seed: int = 7) -> list[CodedArticle]:
    """Return synthetic coded articles, each reporting `per_article` events of a shared pool."""
    rng = random.Random(seed)
    happenings = make_happenings(articles * per_article // MENTIONS_PER_EVENT_ON_AVERAGE, rng)
    return [make_article(n, [rng.choice(happenings) for _ in range(per_article)], rng) for n in range(articles)]


def make_article(n: int, reported: list, rng: random.Random) -> CodedArticle:
    """Return article `n` reporting each of `reported` as one event with one mention."""
    article_id = f"art{n:07d}"
    body = " ".join(f"{s.name} met {t.name} on {day}." for s, t, _, day in reported)
    article = Article(article_id, article_id, f"/in/{article_id}.txt", f"https://example.org/{n}", rng.choice(OUTLETS),
                      f"Story {n}", max(day for *_, day in reported), "en", None, body)  # fmt: skip
    events = tuple(
        Event(f"{article_id}:e{k}", article_id, article_id, k, Evidence(body[:40], 0, 40), source, target, code,
              code[:2], None, 1.0, 1, day, None, "day", "occurred", None, None, "bench", 0.8)  # fmt: skip
        for k, (source, target, code, day) in enumerate(reported)
    )
    mentions = tuple(Mention(article_id, 0, 3, e.source.name, "country", e.source, "bench", e.sentence, 0, 1)
                     for e in events)  # fmt: skip
    return CodedArticle(article, mentions, events)


def seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def median_ms(work: Callable[[], object], repeat: int) -> float:
    """Return the median milliseconds of `work` after one warm-up run (planning, file reads)."""
    work()
    return statistics.median(seconds(work) for _ in range(repeat)) * 1000


def plain_insert(db: Path, transactions: list[list[dict]]) -> float:
    """Return the seconds a bare DuckDB table (no key, no other table) takes to receive the
    same event rows, one Arrow INSERT per transaction: the least a store write can cost."""
    conn = duckdb.connect(str(db))
    with EventStore(":memory:", AbortPoint()) as model:
        columns = model.connection.execute("DESCRIBE events").fetchall()
    conn.execute("CREATE TABLE events (" + ", ".join(f'"{name}" {kind}' for name, kind, *_ in columns) + ")")

    def load() -> None:
        for rows in transactions:
            conn.begin()
            conn.register("_rows", pa.Table.from_pylist(rows))
            conn.execute("INSERT INTO events BY NAME SELECT * FROM _rows")
            conn.commit()

    took = seconds(load)
    conn.close()
    return took


def measure_writes(codeds: list[CodedArticle], folder: Path, per_transaction: int) -> tuple[float, float, int]:
    """Return (store seconds, plain seconds, events) for writing `codeds`, `per_transaction`
    articles to a transaction; leaves the store in folder/store-<n>.duckdb."""
    batches = [codeds[i : i + per_transaction] for i in range(0, len(codeds), per_transaction)]
    rows = [[event_row(e) for c in batch for e in c.events] for batch in batches]
    plain = plain_insert(folder / f"plain-{per_transaction}.duckdb", rows)
    with EventStore(folder / f"store-{per_transaction}.duckdb", AbortPoint()) as store:
        took = seconds(lambda: [store.write_coded_articles(batch, None) for batch in batches])
    return took, plain, sum(len(r) for r in rows)


def report_writes(label: str, store: float, plain: float, events: int) -> None:
    print(f"write, {label}: store {events / store:,.0f} events/s, plain DuckDB INSERT {events / plain:,.0f} "
          f"events/s; store/plain throughput ratio {plain / store:.2f}")  # fmt: skip


def report_queries(db: Path, repeat: int) -> None:
    """Print the median latency of store queries as multiples of a plain SELECT of 1,000 events."""
    with EventStore(db, AbortPoint()) as store:
        plain_sql = "SELECT * FROM events WHERE source_country = 'USA' ORDER BY id LIMIT 1000"
        month = {"since": dt.date(2023, 6, 1), "until": dt.date(2023, 6, 30)}
        cases: dict[str, Callable[[], object]] = {
            "plain SELECT, source USA, 1,000 rows (baseline)": lambda: store.connection.execute(plain_sql).fetchall(),
            "query_events source=USA limit=1000": lambda: store.query_events(EventFilters(source="USA", limit=1000)),
            "query_events root=19, one month": lambda: store.query_events(EventFilters(root="19", **month)),
            "query_events dedup source=USA limit=1000": lambda: store.query_events(
                EventFilters(source="USA", limit=1000, dedup=True)
            ),
            "stats()": store.stats,
            "stats(dedup)": lambda: store.stats(EventFilters(dedup=True)),
            "query_frame(), every event, arrow": store.query_frame,
            "query_frame(dedup), every merged event": lambda: store.query_frame(EventFilters(dedup=True)),
        }
        timings = {name: median_ms(work, repeat) for name, work in cases.items()}
    baseline = next(iter(timings.values()))
    print(f"query latency, median of {repeat} runs, as multiples of the baseline:")
    for name, ms in timings.items():
        print(f"  {name:<46} {ms:9.1f} ms  x{ms / baseline:7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=25_000)
    parser.add_argument("--events-per-article", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    codeds = make_articles(args.articles, args.events_per_article)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        batched = measure_writes(codeds, folder, BATCH_ARTICLES)
        single = measure_writes(codeds[:PER_ARTICLE_SAMPLE], folder, 1)
        with EventStore(folder / f"store-{BATCH_ARTICLES}.duckdb", AbortPoint()) as store:
            merged = store.stats(EventFilters(dedup=True)).events
        print(f"store: {len(codeds):,} articles, {batched[2]:,} events, {merged:,} after merging")
        report_writes(f"{BATCH_ARTICLES} articles per transaction", *batched)
        report_writes(f"one article per transaction ({PER_ARTICLE_SAMPLE:,} articles)", *single)
        report_queries(folder / f"store-{BATCH_ARTICLES}.duckdb", args.repeat)


if __name__ == "__main__":
    main()
