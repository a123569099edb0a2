"""The public surface is a deliberate list: adding or removing a name is a visible change."""

import newsevents


def test_public_api_names_are_pinned():
    assert newsevents.__all__ == [
        "Actor", "Article", "CodedArticle", "DataFileError", "DocumentError", "Event", "EventFilters",
        "EventStore", "Mention", "NewsEventsError", "Quote", "RawDocument", "Resources", "code_article",
        "iter_documents",
    ]
    for name in newsevents.__all__:
        assert getattr(newsevents, name) is not None
