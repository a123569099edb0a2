"""Loaders for the event coder's data files: patterns, status cues, relative dates."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from newsevents.errors import DataFileError
from newsevents.tsv import read_tsv, read_words, word_list_loader

DATA_DIR = Path(__file__).parent / "data"
TRIGGER_POS = frozenset({"VERB", "NOUN", "ADJ"})
STATUSES = ("occurred", "planned", "denied", "hypothetical", "reported-claim")
SOURCE_SLOTS = frozenset({"subject", "poss", "amod", "compound", "governor", "speaker", "dobj", "passive-subject"})
TARGET_SLOTS = frozenset({"dobj", "dative", "clause-subject", "condition-subject", "owner", "complement", "carrier-object", "subject", "bearer", "act-agent", "none"})
CONDITION_RELATIONS = frozenset({"dobj", "nsubj", "xcomp", "ccomp", "prt", "prep", "compound", "amod", "advmod", "coordinated", "oprd"})
SLOT_PREPOSITION_KINDS = ("gerund", "participle-owner", "object", "agent-phrase", "exercise", "maker", "background",
                          "background-of", "topic", "concern", "casualty", "scene", "reaction-clause",
                          "reaction-phrase", "reaction-noun", "reaction-doer")
RELATIVE_UNITS = frozenset({"day", "week", "month", "year", "weekend", "month_to_date", "week_to_date"})


@dataclass(frozen=True, slots=True)
class Condition:
    """One `requires` condition: `[!]relation[:preposition][=lemma,lemma]` ("!" : must be absent)."""

    relation: str
    preposition: str | None
    lemmas: frozenset[str]
    absent: bool = False


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    lemma: str
    pos: str
    requires: tuple[Condition, ...]
    code: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    symmetric: bool
    weak: bool
    confidence: float


@dataclass(frozen=True, slots=True)
class PatternTable:
    """Patterns by trigger (lemma, pos), the most specific first."""

    by_trigger: dict[tuple[str, str], tuple[Pattern, ...]]
    words: frozenset[str] = frozenset()  # trigger lemmas and the lemmas their conditions list

    def for_token(self, lemma: str, pos: str) -> tuple[Pattern, ...]:
        return self.by_trigger.get((lemma, "VERB" if pos == "AUX" else pos), ())

    def __iter__(self):
        for patterns in self.by_trigger.values():
            yield from patterns


@dataclass(frozen=True, slots=True)
class StatusCue:
    id: str
    relation: str
    cue: str
    status: str
    uncoded: str = ""  # "addressee" | "foreign-addressee" | "speaker" | "condition" | "offer" | "obligation": acts in its scope not coded


@dataclass(frozen=True, slots=True)
class RelativeDate:
    id: str
    phrase: str
    unit: str
    offset: int


@dataclass(frozen=True, slots=True)
class IntentTable:
    """What saying an act will (or will not) happen is coded as, by CAMEO code prefix: intents
    (03x) or threats (13x) of planned acts, rejections (12x) of refused ones."""

    by_prefix: dict[str, tuple[str, str]]  # prefix -> (row id, code of the statement)

    def for_code(self, code: str) -> tuple[str, str] | None:
        """Return (row id, statement code) for the longest prefix of `code`, or None."""
        for length in range(len(code), 1, -1):
            if code[:length] in self.by_prefix:
                return self.by_prefix[code[:length]]
        return None


def parse_condition(text: str) -> Condition:
    """Parse `prep:by=phone,telephone` (or `!xcomp`) into a Condition; raise ValueError when malformed."""
    absent = text.startswith("!")
    head, _, lemmas = text.removeprefix("!").partition("=")
    relation, _, preposition = head.partition(":")
    if relation not in CONDITION_RELATIONS:
        raise ValueError(f"unknown relation {relation!r} in {text!r}")
    if relation == "prep" and not preposition:
        raise ValueError(f"prep needs a preposition, as in prep:with, in {text!r}")
    return Condition(relation, preposition or None, frozenset(filter(None, lemmas.split(","))), absent)


def _check_slots(value: str, allowed: frozenset[str]) -> list[str]:
    return [s for s in value.split() if s not in allowed and not s.startswith("prep:")]


def load_patterns(path: Path = DATA_DIR / "patterns.tsv") -> PatternTable:
    """Return the event patterns; one DataFileError lists every malformed row."""
    columns = ("id", "lemma", "pos", "code", "source", "target", "symmetric", "weak", "confidence")
    problems: list[str] = []
    grouped: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
    for row in read_tsv(path, required=columns):
        try:
            requires = tuple(parse_condition(c) for c in row.get("requires", "").split())
        except ValueError as exc:
            problems.append(f"{row.where('requires')}: {exc}")
            continue
        if row["pos"] not in TRIGGER_POS:
            problems.append(f"{row.where('pos')}: {row['pos']!r} is not one of {sorted(TRIGGER_POS)}")
        if not row["code"].isdigit() or not 2 <= len(row["code"]) <= 4:
            problems.append(f"{row.where('code')}: {row['code']!r} is not a CAMEO code")
        for column, allowed in (("source", SOURCE_SLOTS), ("target", TARGET_SLOTS)):
            for bad in _check_slots(row[column], allowed):
                problems.append(f"{row.where(column)}: unknown slot {bad!r}")
        for column in ("symmetric", "weak"):
            if row[column] not in ("y", "n"):
                problems.append(f"{row.where(column)}: must be y or n")
        try:
            confidence = float(row["confidence"])
        except ValueError:
            problems.append(f"{row.where('confidence')}: not a number")
            continue
        grouped[(row["lemma"].lower(), row["pos"])].append(
            Pattern(
                id=row["id"],
                lemma=row["lemma"].lower(),
                pos=row["pos"],
                requires=requires,
                code=row["code"],
                source=tuple(row["source"].split()),
                target=tuple(row["target"].split()),
                symmetric=row["symmetric"] == "y",
                weak=row["weak"] == "y",
                confidence=confidence,
            )
        )
    if problems:
        raise DataFileError(problems)
    patterns = [p for rows in grouped.values() for p in rows]
    words = {p.lemma for p in patterns} | {w for p in patterns for c in p.requires for w in c.lemmas}
    return PatternTable({key: tuple(sorted(rows, key=_specificity)) for key, rows in grouped.items()}, frozenset(words))


def _specificity(pattern: Pattern) -> tuple[int, int]:
    """Sort key: more conditions first; then conditions that list words before bare ones (a
    condition that something be absent makes a pattern no more specific)."""
    present = [c for c in pattern.requires if not c.absent]
    return (-len(present), -sum(bool(c.lemmas) for c in present))


def load_status_cues(path: Path = DATA_DIR / "status_cues.tsv") -> tuple[StatusCue, ...]:
    """Return the cues that make an event planned, denied, hypothetical or a reported claim."""
    cues, problems = [], []
    for row in read_tsv(path, required=("id", "relation", "cue", "status")):
        if row["relation"] not in ("aux", "neg", "advmod", "mark", "governor", "condition"):
            problems.append(f"{row.where('relation')}: unknown relation {row['relation']!r}")
        if row["status"] not in STATUSES:
            problems.append(f"{row.where('status')}: unknown status {row['status']!r}")
        if row.get("uncoded", "") not in ("", "addressee", "condition", "foreign-addressee", "speaker", "offer", "obligation"):
            problems.append(f"{row.where('uncoded')}: unknown value {row['uncoded']!r}")
        cues.append(StatusCue(row["id"], row["relation"], row["cue"].lower(), row["status"], row.get("uncoded", "")))
    if problems:
        raise DataFileError(problems)
    return tuple(cues)


def load_relative_dates(path: Path = DATA_DIR / "relative_dates.tsv") -> dict[str, RelativeDate]:
    """Return relative time phrases ("last week") by their lower-case text."""
    table, problems = {}, []
    for row in read_tsv(path, required=("id", "phrase", "unit", "offset")):
        if row["unit"] not in RELATIVE_UNITS:
            problems.append(f"{row.where('unit')}: unknown unit {row['unit']!r}")
        try:
            offset = int(row["offset"])
        except ValueError:
            problems.append(f"{row.where('offset')}: not a whole number")
            continue
        table[row["phrase"].lower()] = RelativeDate(row["id"], row["phrase"].lower(), row["unit"], offset)
    if problems:
        raise DataFileError(problems)
    return table


def load_intents(path: Path = DATA_DIR / "intents.tsv") -> IntentTable:
    """Return the intent codes of planned acts ("will evacuate" -> 035 express intent to yield)."""
    return _load_stated_acts(path, "intent_code", ("03", "13"), "an intent is coded 03x or 13x")


def load_refusals(path: Path = DATA_DIR / "refusals.tsv") -> IntentTable:
    """Return the rejection codes of acts an actor says it will not do ("will not negotiate" -> 125)."""
    return _load_stated_acts(path, "refusal_code", ("12",), "a refusal is coded 12x")


def _load_stated_acts(path: Path, column: str, roots: tuple[str, ...], rule: str) -> IntentTable:
    """Return a table of `prefix` -> (`id`, `column`) whose codes start with one of `roots`."""
    table, problems = {}, []
    for row in read_tsv(path, required=("id", "prefix", column, "source")):
        for name in ("prefix", column):
            if not row[name].isdigit():
                problems.append(f"{row.where(name)}: {row[name]!r} is not a CAMEO code")
        if not row[column].startswith(roots):
            problems.append(f"{row.where(column)}: {rule}")
        table[row["prefix"]] = (row["id"], row[column])
    if problems:
        raise DataFileError(problems)
    return IntentTable(table)


# Word lists, one lower-case word a row (tsv.read_words); each file's header says what its words do
# verbs that lend their subject to the noun event they carry ("*launched* an attack")
load_support_verbs = word_list_loader(DATA_DIR / "support_verbs.tsv")
# nouns whose possessor is someone else ("Israel's *ally*" is not Israel)
load_relational_nouns = word_list_loader(DATA_DIR / "relational_nouns.tsv")
load_own_act_nouns = word_list_loader(DATA_DIR / "own_act_nouns.tsv")
# words that may be a particle the parser took for a preposition ("forced *out* of")
load_particles = word_list_loader(DATA_DIR / "particles.tsv")
# nouns that stand for what their "of" phrase names ("a *wave* of airstrikes")
load_measure_nouns = word_list_loader(DATA_DIR / "measure_nouns.tsv")
# verbs whose object is who they let or make act ("refused to *let* inspectors visit")
load_causative_verbs = word_list_loader(DATA_DIR / "causative_verbs.tsv")
# verbs of a journey that carry the noun event of their "for" ("*arrived* for talks")
load_journey_verbs = word_list_loader(DATA_DIR / "journey_verbs.tsv")
# prepositions by which any verb carries a noun event ("placed *under* arrest")
load_carrier_prepositions = word_list_loader(DATA_DIR / "carrier_prepositions.tsv", "word")
# adjectives that make a people's name an ethnicity ("*ethnic* Albanians")
load_ethnic_markers = word_list_loader(DATA_DIR / "ethnic_markers.tsv")
# auxiliaries whose negation says an act will not happen ("*will* not negotiate")
load_refusal_auxiliaries = word_list_loader(DATA_DIR / "refusal_auxiliaries.tsv")
# words opening a clause of the same act as its governor's ("killed 23 *when* they blew up")
load_same_act_marks = word_list_loader(DATA_DIR / "same_act_marks.tsv")
# verbs by which a vehicle carries its load ("a ship *carrying* relief supplies")
load_cargo_verbs = word_list_loader(DATA_DIR / "cargo_verbs.tsv")
# nouns of military exercises: firing *during* them is no use of force ("during joint *exercises*")
load_exercise_nouns = word_list_loader(DATA_DIR / "exercise_nouns.tsv")


@functools.cache
def load_slot_prepositions(path: Path = DATA_DIR / "slot_prepositions.tsv") -> Mapping[str, tuple[str, ...]]:
    """Return the prepositions that tie a phrase to an event word in a parse walk, by kind, in file
    order ("accused Y *of* shelling": kind gerund)."""
    rows = read_words(path, "word", SLOT_PREPOSITION_KINDS)
    return {kind: tuple(r["word"] for r in rows if r["kind"] == kind) for kind in SLOT_PREPOSITION_KINDS}


@dataclass(frozen=True, slots=True)
class ActorCodeTable:
    """Codes that change with the source's role ("soldiers killed" is 190, not 1823)."""

    rows: tuple[tuple[str, str, str, str], ...]  # (id, prefix, role, code)

    def for_source(self, code: str, role: str | None) -> tuple[str, str] | None:
        """Return (row id, code) when a row applies to `code` done by an actor of `role`."""
        for row_id, prefix, row_role, new_code in self.rows:
            if code.startswith(prefix) and role == row_role:
                return row_id, new_code
        return None


def load_actor_codes(path: Path = DATA_DIR / "actor_codes.tsv") -> ActorCodeTable:
    """Return the codes that depend on the source's role."""
    rows, problems = [], []
    for row in read_tsv(path, required=("id", "prefix", "role", "code", "source")):
        if not (row["prefix"].isdigit() and row["code"].isdigit()):
            problems.append(f"{row.where('code')}: prefix and code must be CAMEO codes")
        rows.append((row["id"], row["prefix"], row["role"], row["code"]))
    if problems:
        raise DataFileError(problems)
    return ActorCodeTable(tuple(rows))


def load_conditional_threats(
    path: Path = DATA_DIR / "conditional_threats.tsv",
) -> dict[str, tuple[str, frozenset[int], str]]:
    """Return (row id, quad classes, code) by the word that opens a condition ("unless" -> 139)."""
    table, problems = {}, []
    for row in read_tsv(path, required=("id", "mark", "quad_classes", "code", "source")):
        if not row["code"].startswith("13"):
            problems.append(f"{row.where('code')}: a conditional plan is a threat, coded 13x")
        classes = frozenset(int(c) for c in row["quad_classes"].split() if c in "1234")
        if not classes:
            problems.append(f"{row.where('quad_classes')}: list quad classes 1 to 4")
        table[row["mark"].lower()] = (row["id"], classes, row["code"])
    if problems:
        raise DataFileError(problems)
    return table


@dataclass(frozen=True, slots=True)
class ActFamilyTable:
    """Code families whose linked words tell one act ("shelled the town, killing 20")."""

    rows: tuple[tuple[str, str, int], ...]  # (family, prefix, rank)

    def family_of(self, code: str) -> tuple[str, int] | None:
        """Return (family, rank) of the longest prefix of `code` a row lists, else None."""
        matching = [row for row in self.rows if code.startswith(row[1])]
        if not matching:
            return None
        family, _, rank = max(matching, key=lambda row: len(row[1]))
        return family, rank


def load_protest_purposes(path: Path = DATA_DIR / "protest_purposes.tsv") -> dict[tuple[str, str], tuple[str, str]]:
    """Return (protest code, demand prefix) -> (id, code) of a protest staged for that demand."""
    table, problems = {}, []
    for row in read_tsv(path, required=("id", "protest", "purpose", "code", "source")):
        for name in ("protest", "purpose", "code"):
            if not row[name].isdigit():
                problems.append(f"{row.where(name)}: {row[name]!r} is not a CAMEO code")
        if not (row["protest"].startswith("14") and row["purpose"].startswith("10") and row["code"].startswith(row["protest"])):
            problems.append(f"{row.where('code')}: a protest's sub-code for a demand (14x, 10x, 14x...)")
        table[row["protest"], row["purpose"]] = (row["id"], row["code"])
    if problems:
        raise DataFileError(problems)
    return table


def load_act_families(path: Path = DATA_DIR / "act_families.tsv") -> ActFamilyTable:
    """Return the code families whose linked words tell one act."""
    rows, problems = [], []
    for row in read_tsv(path, required=("id", "family", "prefix", "rank", "source")):
        if not row["prefix"].isdigit():
            problems.append(f"{row.where('prefix')}: {row['prefix']!r} is not a CAMEO code prefix")
        if not row["rank"].isdigit():
            problems.append(f"{row.where('rank')}: {row['rank']!r} is not a whole number")
            continue
        rows.append((row["family"], row["prefix"], int(row["rank"])))
    if problems:
        raise DataFileError(problems)
    return ActFamilyTable(tuple(rows))
