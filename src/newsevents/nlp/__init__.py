"""The nlp stage: spaCy's parse of an article turned into plain records.

spaCy objects stay inside this package: `analyze` returns an `AnalyzedArticle` whose tokens,
sentences, entities and quote spans carry character offsets into the article body.
"""

from __future__ import annotations

from newsevents.nlp.analysis import Analyzer, analyze, analyze_doc, build_analyzer, with_triage

__all__ = ["Analyzer", "analyze", "analyze_doc", "build_analyzer", "with_triage"]
