"""Find the mention that covers a token: how the event coder maps a verb's subject to an actor."""

from __future__ import annotations

from collections.abc import Iterable

from newsevents.records import Mention


class MentionIndex:
    """Token index -> mention, built once per article; `at` is a dict lookup.

    Mentions never overlap (one per phrase), so each token belongs to at most one, save the
    further actors of a dictionary entry's compound code, which share its span: the first wins.
    """

    def __init__(self, mentions: Iterable[Mention]):
        self._by_token: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.first_token, mention.end_token):
                self._by_token.setdefault(i, mention)

    def at(self, token_index: int) -> Mention | None:
        """Return the mention whose token span covers `token_index`, or None."""
        return self._by_token.get(token_index)


def find_mention(mentions: Iterable[Mention], token_index: int) -> Mention | None:
    """Return the mention covering one token; for many lookups build a `MentionIndex` once."""
    return next((m for m in mentions if m.first_token <= token_index < m.end_token), None)
