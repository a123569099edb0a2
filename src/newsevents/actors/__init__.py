"""The actors stage: who is who in an article, as CAMEO-style actors, on its publication date.

    kb = KnowledgeBase.load()                      # once per process
    mentions = resolve_mentions(analyzed, kb)      # one Mention per actor phrase
    quotes = resolve_quotes(analyzed, mentions)    # quotations with their speakers
    MentionIndex(mentions).at(token_index)         # the mention covering a token
"""

from __future__ import annotations

from newsevents.actors.index import MentionIndex, find_mention
from newsevents.actors.kb import KnowledgeBase
from newsevents.actors.quotes import resolve_quotes
from newsevents.actors.resolve import resolve_mentions

__all__ = ["KnowledgeBase", "MentionIndex", "find_mention", "resolve_mentions", "resolve_quotes"]
