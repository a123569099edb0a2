"""Fixtures for the ingest tests."""

from __future__ import annotations

import pytest

from newsevents.ingest.data import IngestTables, load_ingest_tables


@pytest.fixture(scope="session")
def tables() -> IngestTables:
    """Return the shipped tables, loaded once for the whole session."""
    return load_ingest_tables()
