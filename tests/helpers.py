"""Builders for test records, shared by the test packages."""

import datetime as dt
import os
from pathlib import Path

import pytest

from newsevents.records import Article


def make_article(body: str, published: dt.date | None = dt.date(2021, 12, 29), article_id: str = "test") -> Article:
    """Return a clean English article with `body`, as the ingest stage would."""
    return Article(
        article_id=article_id,
        doc_id=article_id,
        source_path=f"{article_id}.txt",
        url=None,
        outlet=None,
        title=None,
        published=published,
        language="en",
        byline=None,
        body=body,
        credits=(),
    )


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
