"""Give each quotation its speaker: the actor of the mention that covers the speaker token.

    “Russia’s response could be diverse,” he said.   (after "Putin said ...")
    -> Quote(speaker="Vladimir Putin", speaker_actor=RUSGOV, ...)
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.actors.index import MentionIndex
from newsevents.records import AnalyzedArticle, Mention, Quote


def resolve_quotes(analyzed: AnalyzedArticle, mentions: Sequence[Mention]) -> tuple[Quote, ...]:
    """Return the article's quotations with speaker names and actors, in text order.

    The speaker is the actor's name ("Ned Price" for "Price"), or the mention's text when its
    actor has no name; None when no mention covers the speaker token ("the statement said").
    """
    index = MentionIndex(mentions)
    quotes = []
    for span in analyzed.quote_spans:
        mention = index.at(span.speaker_token) if span.speaker_token is not None else None
        actor = mention.actor if mention else None
        speaker = (actor.name if actor and actor.name else mention.text) if mention else None
        quotes.append(
            Quote(
                article_id=analyzed.article.article_id,
                start=span.start,
                end=span.end,
                text=span.text,
                verb=span.verb,
                speaker=speaker,
                speaker_actor=actor,
                direct=span.direct,
            )
        )
    return tuple(quotes)
