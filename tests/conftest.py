"""Test fixtures shared by every package's tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import resolve_shared_path


@pytest.fixture
def shared_path() -> Callable[[str], Path]:
    """Return `resolve_shared_path`: `shared_path("samples/x.txt")` gives the file's Path."""
    return resolve_shared_path


@pytest.fixture
def shared_dir() -> Path:
    """Return the ../shared directory (skip when absent, fail under CI)."""
    return resolve_shared_path(".")


@pytest.fixture(scope="session")
def analyzer():
    """The trained English pipeline, loaded once for the whole run (tests marked `model`)."""
    from newsevents.nlp import build_analyzer

    return build_analyzer()
