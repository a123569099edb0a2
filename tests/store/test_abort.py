"""The abort point: a hard exit mid-write after N articles, and a store that survives it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newsevents.store import ABORT_ENV, ABORT_EXIT_STATUS, AbortPoint, EventStore

ROOT = Path(__file__).resolve().parents[2]
# Writes articles a0, a1, ... one transaction each (or in batches of BATCH) until the abort point
# kills the process; the store file is then left as a crash leaves it: WAL not checkpointed.
WRITER = textwrap.dedent("""
    import sys
    from tests.store.conftest import build_coded
    from newsevents.store import EventStore
    store = EventStore(sys.argv[1])
    batch = int(sys.argv[2])
    codeds = [build_coded(f"a{i}") for i in range(6)]
    for start in range(0, len(codeds), batch):
        store.write_coded_articles(codeds[start:start + batch], "run-1")
    print("never aborted")
""")


def run_writer(db: Path, abort_after: str, batch: int = 1) -> subprocess.CompletedProcess:
    env = os.environ | {ABORT_ENV: abort_after}
    command = [sys.executable, "-c", WRITER, str(db), str(batch)]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("value", "after"), [("", None), ("  ", None), ("0", 0), ("12", 12)])
def test_abort_point_reads_the_environment(value, after):
    assert AbortPoint.from_environment({ABORT_ENV: value}).after == after
    assert AbortPoint.from_environment({}).after is None


@pytest.mark.parametrize("value", ["two", "-1", "1.5"])
def test_abort_point_refuses_what_is_no_count(value):
    with pytest.raises(ValueError, match=f"{ABORT_ENV}='{value}'"):
        AbortPoint.from_environment({ABORT_ENV: value})


@pytest.mark.parametrize(("abort_after", "batch", "stored"), [("2", 1, 2), ("0", 1, 0), ("3", 2, 2)])
def test_abort_exits_hard_mid_write_and_loses_only_the_open_transaction(tmp_path, abort_after, batch, stored):
    db = tmp_path / "store.duckdb"
    result = run_writer(db, abort_after, batch)

    assert result.returncode == ABORT_EXIT_STATUS, result.stderr
    assert "never aborted" not in result.stdout
    with EventStore(db, AbortPoint()) as store:
        counts = store.counts()
        assert counts["articles"] == counts["events"] == counts["mentions"] == counts["quotes"] == stored
        assert store.write_coded_articles([], None) == 0  # the replayed store takes writes


def test_abort_unset_lets_the_writer_finish(tmp_path):
    result = run_writer(tmp_path / "store.duckdb", "")
    assert result.returncode == 0 and "never aborted" in result.stdout
