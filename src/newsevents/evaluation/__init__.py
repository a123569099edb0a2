"""`newsevents eval`: code gold sentences and score them by the rule of ../shared/eval/README.md.

    report = evaluate_file("../shared/eval/plover-gsr.dev.jsonl", Resources.load())
    report.to_dict()              # for --format json
    console.print(render_report(report))

gold.py reads the two gold formats, matching.py holds the matching rule, scoring.py counts,
evaluate.py runs the coder, render.py draws the tables.
"""

from newsevents.evaluation.evaluate import code_gold_record, evaluate_file, evaluate_records, gold_article
from newsevents.evaluation.gold import GoldEvent, GoldRecord, parse_gold_line, read_gold
from newsevents.evaluation.render import render_report
from newsevents.evaluation.scoring import CodedRecord, EvalReport, Score, SuiteReport, score_records

__all__ = [
    "CodedRecord",
    "EvalReport",
    "GoldEvent",
    "GoldRecord",
    "Score",
    "SuiteReport",
    "code_gold_record",
    "evaluate_file",
    "evaluate_records",
    "gold_article",
    "parse_gold_line",
    "read_gold",
    "render_report",
    "score_records",
]
