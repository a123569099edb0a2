"""Builders for test records, shared by the test packages."""

import datetime as dt

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
