"""Kill and resume: an `ingest` that dies mid-batch, then runs again, stores what a clean run does.

Every test runs `newsevents ingest` as a separate process over twenty small articles made from
examples/ (each copy has another date line and one changed sentence, so another article id),
and compares the store with the one a clean, uninterrupted run leaves: the same articles and
events, each exactly once, none lost.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsevents.store import ABORT_ENV, ABORT_EXIT_STATUS, AbortPoint, EventStore

pytestmark = pytest.mark.model
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
COPIES = 5  # of each of the four examples: twenty articles
INGEST = [sys.executable, "-c", "from newsevents.cli import app; app()", "ingest"]
# The WAL of a fresh store changes with each commit: two migrations, the run, then one per
# article. Killing after this many changes lands about six articles into the batch of twenty.
WAL_CHANGES_BEFORE_KILL = 10
POLL_SECONDS = 0.002
DATE_LINE = re.compile(r"date (\d{4}-\d{2}-\d{2})")


def make_corpus(folder: Path) -> Path:
    """Write COPIES variants of every example: the date moved on by k days, a sentence changed."""
    folder.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        day = dt.date.fromisoformat(DATE_LINE.search(text).group(1))
        for k in range(COPIES):
            copy = DATE_LINE.sub(f"date {day + dt.timedelta(days=k)}", text, count=1)
            copy = copy.replace(" said", f" said in update {k}", 1) if k else copy
            (folder / f"{k}-{path.name}").write_text(copy, encoding="utf-8")
    return folder


def ingest(corpus: Path, db: Path, **env: str) -> subprocess.CompletedProcess:
    command = [*INGEST, str(corpus), "--db", str(db), "--quiet"]
    return subprocess.run(command, env=os.environ | env, capture_output=True, text=True, timeout=300)


def snapshot(db: Path) -> dict:
    """Return what a store holds, run bookkeeping aside: counts and the ids of every record."""
    with EventStore(db, AbortPoint()) as store:
        ids = {
            table: sorted(row[0] for row in store.connection.execute(f"SELECT {column} FROM {table}").fetchall())
            for table, column in (("articles", "article_id"), ("events", "id"), ("events", "global_event_id"))
        }
        counts = store.counts()
    return {"counts": {k: v for k, v in counts.items() if k != "errors"}, **ids}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("kill-resume") / "corpus")


@pytest.fixture(scope="module")
def clean(corpus: Path) -> tuple[Path, dict]:
    """The store of one uninterrupted run, and its snapshot."""
    db = corpus.parent / "clean.duckdb"
    result = ingest(corpus, db)
    assert result.returncode == 0, result.stderr
    assert f"coded {COPIES * 4}, unchanged 0, failed 0" in result.stderr
    return db, snapshot(db)


def test_kill_resume_ingesting_twice_changes_nothing(corpus, clean):
    db, expected = clean
    again = ingest(corpus, db)
    assert again.returncode == 0, again.stderr
    assert f"coded 0, unchanged {COPIES * 4}" in again.stderr
    assert snapshot(db) == expected


def test_kill_resume_after_a_deterministic_abort(corpus, clean, tmp_path):
    db = tmp_path / "aborted.duckdb"
    aborted = ingest(corpus, db, **{ABORT_ENV: "5"})
    assert aborted.returncode == ABORT_EXIT_STATUS, aborted.stderr
    assert snapshot(db)["counts"]["articles"] == 5  # the sixth was mid-write, and is gone

    resumed = ingest(corpus, db)
    assert resumed.returncode == 0, resumed.stderr
    assert f"coded {COPIES * 4 - 5}, unchanged 5, failed 0" in resumed.stderr
    assert snapshot(db) == clean[1]


def test_kill_resume_after_sigkill_mid_batch(corpus, clean, tmp_path):
    db = tmp_path / "killed.duckdb"
    process = subprocess.Popen([*INGEST, str(corpus), "--db", str(db), "--quiet"], stderr=subprocess.PIPE)
    changes = wait_for_wal_changes(Path(f"{db}.wal"), process, WAL_CHANGES_BEFORE_KILL)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert changes == WAL_CHANGES_BEFORE_KILL, "ingest ended before it could be killed"
    assert process.returncode == -signal.SIGKILL
    stored = snapshot(db)["counts"]["articles"]
    assert 0 < stored < COPIES * 4, f"the kill came outside the batch ({stored} articles stored)"

    resumed = ingest(corpus, db)
    assert resumed.returncode == 0, resumed.stderr
    assert f"unchanged {stored}, failed 0" in resumed.stderr
    assert snapshot(db) == clean[1]


def wait_for_wal_changes(wal: Path, process: subprocess.Popen, wanted: int) -> int:
    """Return once the write-ahead log has changed size `wanted` times, or the process ended;
    return how many changes were seen."""
    seen, last = 0, None
    while seen < wanted and process.poll() is None:
        size = wal.stat().st_size if wal.exists() else None
        if size is not None and size != last:
            seen, last = seen + 1, size
        time.sleep(POLL_SECONDS)
    return seen
