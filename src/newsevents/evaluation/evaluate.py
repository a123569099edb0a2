"""Run the real coder over gold sentences and score what it produces.

Each gold sentence is coded as a one-sentence article built directly, not through the ingest
cleaner: that cleaner is made for whole scraped pages and may drop a lone sentence as
boilerplate.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsevents.errors import DocumentError
from newsevents.evaluation.gold import GoldRecord, read_gold
from newsevents.evaluation.scoring import CodedRecord, EvalReport, score_records
from newsevents.pipeline import Resources, code_clean_article
from newsevents.records import Article


def gold_article(record: GoldRecord, source_path: str = "") -> Article:
    """Return the clean English article of one gold sentence, published on the record's date."""
    return Article(article_id=record.record_id, doc_id=record.record_id, source_path=source_path, url=None,
                   outlet=None, title=None, published=record.published, language="en", byline=None,
                   body=record.text)


def code_gold_record(record: GoldRecord, resources: Resources, source_path: str = "") -> CodedRecord:
    """Return the record with its coded events; a rejected sentence keeps its error and no events."""
    if record.skip:
        return CodedRecord(record)
    try:
        coded = code_clean_article(gold_article(record, source_path), resources)
    except DocumentError as exc:
        return CodedRecord(record, (), f"{exc.stage}: {exc.code}: {exc.message}")
    return CodedRecord(record, coded.events)


def evaluate_records(gold_name: str, records: Iterable[GoldRecord], resources: Resources,
                     source_path: str = "") -> EvalReport:
    """Return the report of coding and scoring `records`."""
    return score_records(gold_name, [code_gold_record(r, resources, source_path) for r in records])


def evaluate_file(path: Path | str, resources: Resources) -> EvalReport:
    """Return the report of a gold JSONL file, named by its stem ("plover-gsr.dev")."""
    path = Path(path)
    return evaluate_records(path.stem, read_gold(path), resources, str(path))
