"""Find the knowledge base's names in an article's tokens: one dictionary pass, longest match first.

Names are compared as *pieces*, not as spaCy tokens, so that a name written in a data file
matches however the tokenizer split it: "al-Shabaab" is the pieces `al - shabaab` both in the
table and in the text ("al", "-", "Shabaab"), "Zelenskyy’s" is `zelenskyy ' s`. Pieces are
case-folded and stripped of accents ("Elysée" = "elysee") for lookup; the case of the name as
written in the table is then checked against the text (`fits_case`): "the West" does not match
"the west of the country", "WHO" does not match "Who", while "president" matches "President".

Every alias is indexed once at load: `lowercased pieces -> targets`, plus for each first piece
the lengths of the aliases starting with it, so that matching costs one dict lookup per token
and candidate length, never a scan of a table.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from newsevents.actors.data import load_affiliation_suffixes
from newsevents.records import Token

# a word (letters/digits, with inner dots as in "U.S." or "St."), or one punctuation mark
PIECE_PATTERN = re.compile(r"[^\W_]+(?:\.[^\W_]+)*\.?|[^\w\s]")
# "U.S.-led forces", "Iranian-backed militias": a name may end inside a token before these
# stands for a whitespace token (paragraph break) so that no name matches across it
BREAK_PIECE = "\n"
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "‐": "-"})


def fold(text: str) -> str:
    """Return `text` without accents and with straight apostrophes and hyphens (case kept)."""
    if text.isascii():  # most tokens: nothing to fold, and this is the matcher's hot path
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def split_pieces(text: str) -> list[str]:
    """Return the pieces of `text`, accents folded, case kept ("Kim Jong-un" -> Kim Jong - un)."""
    if text.isascii() and text.replace(" ", "").isalpha():  # most tokens and names: no regex needed
        return text.split()
    return PIECE_PATTERN.findall(fold(text))


def normalize_name(text: str) -> str:
    """Return the lookup key of a name: its lowercased pieces joined by spaces."""
    return " ".join(split_pieces(text)).lower()


def fits_case(form: Sequence[str], found: Sequence[str]) -> bool:
    """Return True when the text's pieces `found` are cased as the table's `form` requires.

    An all-capital word of two letters or more ("NATO", "U.S.") must be all capitals in the text;
    a capitalised word ("Kremlin") must be capitalised; a lowercase word ("president") may be
    either.
    """
    for want, got in zip(form, found):
        letters = [c for c in want if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            if not got.isupper():
                return False
        elif letters and want[0].isupper() and not got[:1].isupper():
            return False
    return True


@dataclass(frozen=True, slots=True)
class Target:
    """What an alias names: `kind` is country | adjective | capital | institution | org |
    region | role | person | imported (an entry of a user's PETRARCH dictionary) | place (a town
    of the gazetteer, in its own index), and `key` the row (or person, entry, GeoNames) id."""

    kind: str
    key: str


@dataclass(frozen=True, slots=True)
class AliasMatch:
    """A run of tokens `[first, end)` whose text is an alias of each of `targets`."""

    first: int
    end: int
    targets: tuple[Target, ...]


@dataclass(slots=True)
class AliasIndex:
    """Lowercased pieces of every alias -> (pieces as written, target) pairs."""

    entries: dict[tuple[str, ...], list[tuple[tuple[str, ...], Target]]] = field(default_factory=dict)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def add(self, alias: str, target: Target) -> None:
        form = tuple(split_pieces(alias))
        if not form:
            return
        key = tuple(p.lower() for p in form)
        pairs = self.entries.setdefault(key, [])
        if (form, target) not in pairs:
            pairs.append((form, target))
        self._add_length(key)

    @classmethod
    def of(
        cls, pairs: Iterable[tuple[str, Target]], leave_out: AbstractSet[tuple[str, ...]] = frozenset()
    ) -> AliasIndex:
        """Return an index of many (alias, target) pairs at once, less the aliases whose key is in
        `leave_out`: the place gazetteer's 70,000 names cost a fraction of one `add` each."""
        entries: dict[tuple[str, ...], list[tuple[tuple[str, ...], Target]]] = {}
        for alias, target in pairs:
            form = tuple(split_pieces(alias))
            key = tuple(map(str.lower, form))
            if form and key not in leave_out:
                entries.setdefault(key, []).append((form, target))
        lengths: dict[str, set[int]] = {}
        for key in entries:
            lengths.setdefault(key[0], set()).add(len(key))
        return cls(entries, {first: tuple(sorted(n, reverse=True)) for first, n in lengths.items()})

    def replace(self, alias: str, target: Target) -> None:
        """Make `alias` name `target` only, whatever it named before: a user's dictionary
        overrides the shipped tables."""
        form = tuple(split_pieces(alias))
        if form:
            key = tuple(p.lower() for p in form)
            self.entries[key] = [(form, target)]
            self._add_length(key)

    def drop(self, alias: str, target: Target) -> None:
        """Make `alias` no longer name `target` (a user's dictionary says the form is no name)."""
        key = tuple(p.lower() for p in split_pieces(alias))
        pairs = [pair for pair in self.entries.get(key, ()) if pair[1] != target]
        if pairs:
            self.entries[key] = pairs
        else:
            self.entries.pop(key, None)

    def copy(self) -> AliasIndex:
        """Return an index that can be changed without changing this one."""
        return AliasIndex({key: list(pairs) for key, pairs in self.entries.items()}, dict(self.lengths))

    def _add_length(self, key: tuple[str, ...]) -> None:
        lengths = set(self.lengths.get(key[0], ())) | {len(key)}
        self.lengths[key[0]] = tuple(sorted(lengths, reverse=True))

    def targets_of(self, alias: str) -> tuple[Target, ...]:
        """Return the targets of an alias, whatever its case (used by the data checks)."""
        key = tuple(p.lower() for p in split_pieces(alias))
        return tuple(dict.fromkeys(t for _, t in self.entries.get(key, ())))

    def keys(self) -> Iterable[tuple[str, ...]]:
        return self.entries.keys()

    def find(self, tokens: Sequence[Token]) -> list[AliasMatch]:
        """Return the longest alias matches over `tokens`, left to right, never overlapping."""
        stream, lowered = _piece_stream(tokens)
        matches: list[AliasMatch] = []
        i = 0
        while i < len(stream):
            match, width = self._match_at(stream, lowered, i)
            if match is None:
                i += 1
                continue
            # a longer name starting inside this one wins: "The Sudan People's Liberation Army"
            # is the rebel army, not "The Sudan" followed by China's "People's Liberation Army"
            inner = next((j for j in range(i + 1, i + width) if self._match_at(stream, lowered, j)[1] > width), None)
            if inner is not None:
                i = inner
                continue
            matches.append(match)
            i += width
        return matches

    def _match_at(self, stream, lowered, i) -> tuple[AliasMatch | None, int]:
        _, token_i, starts = stream[i]
        if not starts:
            return None, 0
        for length in self.lengths.get(lowered[i], ()):
            end = i + length
            if end > len(stream) or (end < len(stream) and not stream[end][2] and not _affiliation(lowered, end)):
                continue  # must end where a token ends, or before "-led", "-backed" ...
            pairs = self.entries.get(tuple(lowered[i:end]))
            if not pairs:
                continue
            found = [p for p, _, _ in stream[i:end]]
            targets = tuple(dict.fromkeys(t for form, t in pairs if fits_case(form, found)))
            if targets:
                return AliasMatch(token_i, stream[end - 1][1] + 1, targets), length
        return None, 0


def _affiliation(lowered: Sequence[str], end: int) -> bool:
    """Whether the pieces from `end` are "-led", "-backed" ... ending their token."""
    return lowered[end] == "-" and end + 1 < len(lowered) and lowered[end + 1] in load_affiliation_suffixes()


def _piece_stream(tokens: Sequence[Token]) -> tuple[list[tuple[str, int, bool]], list[str]]:
    """Return (piece, token index, piece starts its token) for every piece of the tokens, and
    the pieces lowercased."""
    stream: list[tuple[str, int, bool]] = []
    lowered: list[str] = []
    for token in tokens:
        pieces, lower = _token_pieces(token.text)
        stream.extend((piece, token.i, n == 0) for n, piece in enumerate(pieces))
        lowered.extend(lower)
    return stream, lowered


@functools.lru_cache(maxsize=1 << 16)
def _token_pieces(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the pieces of a token's text (a whitespace token is a break) and their lowercase
    forms: the matcher asks this of every token of every article, of the same few words."""
    pieces = tuple(split_pieces(text)) or (BREAK_PIECE,)
    return pieces, tuple(p.lower() for p in pieces)


def plural_of(noun: str) -> str:
    """Return the regular English plural of a role noun ("spokesman" -> "spokesmen").

    The word before "of" takes the plural: "secretary of state" -> "secretaries of state".
    """
    noun, of, rest = noun.partition(" of ")
    if of:
        return f"{plural_of(noun)} of {rest}"
    head, _, last = noun.rpartition(" ")
    prefix = f"{head} " if head else ""
    if last.endswith("man") and last != "human":
        return f"{prefix}{last[:-3]}men"
    if last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u", ""):
        return f"{prefix}{last[:-1]}ies"
    if last.endswith(("s", "sh", "ch", "x")):
        return f"{prefix}{last}es"
    return f"{prefix}{last}s"
