"""The newsevents exception tree.

    NewsEventsError
    ├── DataFileError          a shipped or user data file is invalid (exit status 3)
    └── DocumentError          one document could not go through a stage; the batch goes on
        ├── IngestError        stage "ingest": empty, binary, undecodable, bad JSONL line ...
        ├── NlpError           stage "nlp"
        └── CodingError        stage "events"

A `DocumentError` carries a stable `code` (`ingest.empty_body`, `ingest.binary`, ...) so that
the `errors` table and tests can rely on it, and the document it is about.
"""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base of every error newsevents raises on purpose."""


class DataFileError(NewsEventsError):
    """One or more problems in a data file, each as `path:line: column: message`."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("invalid data file:\n" + "\n".join(self.problems))


class DocumentError(NewsEventsError):
    stage = "document"

    def __init__(self, code: str, message: str, doc_id: str | None = None):
        self.code = code
        self.message = message
        self.doc_id = doc_id
        super().__init__(f"{doc_id or '<unknown>'}: {code}: {message}")


class IngestError(DocumentError):
    stage = "ingest"


class NlpError(DocumentError):
    stage = "nlp"


class CodingError(DocumentError):
    stage = "events"
