"""Who is behind a page: the outlet that published it, its byline and its credited sources.

These stay apart on purpose: "With reporting by Reuters, AP, and AFP" on an RFE/RL page
credits three agencies, while the outlet is RFE/RL, which only the page's own navigation,
footer and blurb lines name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from newsevents.ingest.data import IngestTables, OutletTable, load_name_particles

# Credit lines are short; a long line that starts "Reporting by ..." is a sentence about it.
MAX_CREDIT_WORDS = 40
# A credited name is a person or an agency ("Tom Balmforth", "Agence France-Presse").
MAX_CREDIT_NAME_WORDS = 6
# "By Jane Doe and John Roe, Reuters" fits; "By Monday, the troops had left the town." does not.
MAX_BYLINE_WORDS = 12
MAX_BYLINE_NAME_WORDS = 4
# Publisher blurbs are a sentence or two about the outlet ("X journalists report ...").
MIN_BLURB_WORDS = 12

# Clauses split at ";" and "|", and at a comma before the next role: "Reporting by A, B,
# with reporting by C, editing by D".
_CLAUSE_SEPARATOR = re.compile(
    r"\s*[;|]\s*|\s*,\s*(?=(?:and\s+)?(?:with\s+|additional\s+)?(?:reporting|editing|writing)\s+by\b)",
    re.IGNORECASE,
)
_NAME_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_PLACE_SUFFIX = re.compile(r"\s+in\s+[A-Z][\w .'’-]*$")
# "By Jane Doe", "Written by: Jane Doe on March 3", "By JANE DOE, Reuters", "By Jane Doe -"
_BYLINE = re.compile(
    r"^(?:(?:written|posted)\s+)?by:?\s+(?P<names>.+?)"
    r"(?:(?:\s*[,|]|\s+[-–—](?:\s|$)|\s+(?:in|for|on)\s).*)?$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
# "We provide", "our journalists", "support us"; not "The We Company" or "the US".
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur)\s+[a-z]|\bus\b")


def parse_credit_line(text: str, tables: IngestTables) -> tuple[str, ...] | None:
    """Return the names a credit line credits, or None when `text` is not a credit line.

    "Reporting by Jane Doe in Kyiv; Editing by John Roe" -> ("Jane Doe",);
    "With reporting by Reuters, AP, and AFP" -> ("Reuters", "AP", "AFP").
    """
    if len(text.split()) > MAX_CREDIT_WORDS:
        return None
    names: list[str] = []
    inner = text.strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1].strip()  # Reuters prints "(Reporting by ...; Editing by ...)"
    for position, clause in enumerate(c for c in _CLAUSE_SEPARATOR.split(inner) if c):
        match = next((m for p in tables.credits if (m := p.pattern.fullmatch(clause))), None)
        if match is None:
            if position == 0:
                return None
            continue
        found = split_credit_names(match.groupdict().get("names") or "", tables.outlets)
        if found is None:
            return None
        names.extend(found)
    return tuple(dict.fromkeys(names))


def split_credit_names(text: str, outlets: OutletTable) -> list[str] | None:
    """Return the names in a credit's list, agencies as printed in outlets.tsv, or None
    when a part does not look like a name (then the line is a sentence, not a credit)."""
    names = []
    for part in _NAME_SEPARATOR.split(text.strip().rstrip(".")):
        name = _PLACE_SUFFIX.sub("", part.strip())
        if not name:
            continue
        outlet = outlets.by_spelling.get(name) or outlets.by_spelling.get(re.sub(r"^the\s+", "", name))
        if outlet is not None:
            names.append(outlet.name)
        elif len(name.split()) <= MAX_CREDIT_NAME_WORDS and name[0].isupper():
            names.append(name)
        else:
            return None
    return names


def parse_byline(text: str) -> str | None:
    """Return the author names of a byline ("By Jane Doe, Reuters" -> "Jane Doe"), else None."""
    match = _BYLINE.match(text)
    if match is None or len(text.split()) > MAX_BYLINE_WORDS:
        return None
    names = match.group("names").strip()
    for name in _NAME_SEPARATOR.split(names):
        words = name.split()
        if not 2 <= len(words) <= MAX_BYLINE_NAME_WORDS:
            return None
        if not all(w[0].isupper() or w.lower() in load_name_particles() for w in words):
            return None
    return names


def is_publisher_blurb(text: str, outlets: OutletTable) -> bool:
    """Return True for an outlet describing itself: it names an outlet and says "we" or "our"
    outside quotation marks ("RFE/RL journalists report ... We provide ...")."""
    if len(text.split()) < MIN_BLURB_WORDS or not outlets.finder.search(text):
        return False
    return bool(_FIRST_PERSON_PLURAL.search(_QUOTED.sub("", text)))


def find_page_outlet(lines: Iterable[str], outlets: OutletTable) -> str | None:
    """Return the outlet that most of `lines` name (navigation, footer and blurb lines), or
    None when none is named or two outlets are named equally often: never a guess."""
    counts: Counter[str] = Counter()
    for line in lines:
        named = {outlets.by_spelling[m.group(0)].name for m in outlets.finder.finditer(line)}
        counts.update(named)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
