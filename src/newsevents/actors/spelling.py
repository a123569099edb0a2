"""Country names and demonyms misspelt by one letter ("Afganistan", "Ethopia", "Quatar").

Wire copy and older archives carry such typos, and a country the dictionary misses costs the
whole event. Only a word the entity recogniser calls a place or a nationality is corrected,
only towards a country name or demonym of six letters or more, and only when exactly one such
name is one edit away (a letter dropped, added, changed or two swapped) and the word keeps the
name's first letter: typists rarely miss the capital a name starts with, while another name that
differs only in its first letter is common ("Hanish" islands, not "Danish").
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from newsevents.actors.aliases import AliasIndex, Target
from newsevents.tsv import read_tsv

# shorter names are too close to each other and to ordinary words ("Niger"/"Nigel", "Chad")
MIN_LENGTH = 6
# what a misspelt word may be corrected to: a country's name or its people's adjective
CORRECTED_KINDS = frozenset({"country", "adjective"})
# how many words' answers `correct` keeps
MAX_CACHED_WORDS = 100_000


class SpellingIndex:
    """One-edit neighbours of every long one-word country name and demonym, by symmetric deletes."""

    def __init__(self, aliases: AliasIndex, true_spellings: frozenset[str] = frozenset()):
        self._names: dict[str, tuple[Target, ...]] = {}
        self._by_variant: dict[str, set[str]] = defaultdict(set)
        for key, pairs in aliases.entries.items():
            word = key[0]
            targets = tuple(t for _, t in pairs if t.kind in CORRECTED_KINDS)
            if len(key) == 1 and len(word) >= MIN_LENGTH and word.isalpha() and targets:
                self._names[word] = targets
                for variant in _variants(word):
                    self._by_variant[variant].add(word)
        self._known = {key[0] for key in aliases.entries if len(key) == 1} | {w.lower() for w in true_spellings}
        self._corrected: dict[str, tuple[Target, ...]] = {}  # lowercase word -> answer (cache)

    def correct(self, word: str) -> tuple[Target, ...]:
        """Return the targets of the one name `word` misspells, or () (known words are not typos)."""
        lowered = word.lower()
        if len(lowered) < MIN_LENGTH or not lowered.isalpha() or lowered in self._known:
            return ()
        found = self._corrected.get(lowered)
        if found is None:
            if len(self._corrected) >= MAX_CACHED_WORDS:  # a long run meets ever new names: start afresh
                self._corrected.clear()
            candidates = set().union(*(self._by_variant.get(v, set()) for v in _variants(lowered)))
            candidates = {c for c in candidates if c[0] == lowered[0] and _one_edit_apart(lowered, c)}
            found = self._corrected[lowered] = self._names[candidates.pop()] if len(candidates) == 1 else ()
        return found


def load_true_spellings(path: Path) -> frozenset[str]:
    """Return the words that look like a misspelt country but are names of their own ("Columbia")."""
    return frozenset(row["word"] for row in read_tsv(path, required=("id", "word", "note")))


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether `a` becomes `b` by one letter dropped, added or changed, or two neighbours swapped
    (shared deletes alone also pair words two edits apart: "orleans"/"koreans")."""
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        return len(diffs) == 1 or swapped
    shorter, longer = sorted((a, b), key=len)
    return len(longer) - len(shorter) == 1 and any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _variants(word: str) -> set[str]:
    """Return the word and every form of it with one letter deleted."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}
