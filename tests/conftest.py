"""Test fixtures shared by every package's tests."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

# The project's shared material (sample articles, evaluation data) lives next to the
# repository, not in it: /work/main/../shared.
SHARED_DIR = Path(__file__).resolve().parent.parent.parent / "shared"


def resolve_shared_path(relative: str) -> Path:
    """Return ../shared/`relative`; skip the test when it is absent, or fail it when the
    environment variable CI is set (CI must have the shared data, so a miss there is a bug)."""
    path = SHARED_DIR / relative
    if not path.exists():
        message = f"{path} is absent: the shared data lives next to the repository, in ../shared"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


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
