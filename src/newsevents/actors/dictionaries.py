"""Read PETRARCH/TABARI actor and agent dictionaries, so users keep the dictionaries they own.

An actors file (PETR.Validate.actors.txt, Phoenix.Countries.actors.txt):

    GOLLUM  # pas 27 Apr 03             an entry's name: words joined by "_" (a last "_" is allowed)
    +SMEAGOL                            a synonym of the entry
        [HOB < 950601]                  codes, on the name's line or on lines of their own:
        [HOBGOV 19950601 - 19990815]      before a day, from one day to another (both included),
        [HOBREB > 990816]                 from a day on; days YYYYMMDD or YYMMDD (YY <= 30: 20YY)
    ZIMBABWE [RHO <790606] [ZBW]        a code without a date is the entry's default

An agents file (PETR.Validate.agents.txt, Phoenix.agents.txt):

    !PERSON! = MAN, MEN, WOMAN          a substitution set
    POLICE {} [~COP]                    `{}`: no plural (nor the one the shipped tables would make:
                                          "polices"); `{PLURAL}`: this plural; else the regular one
    CONGRESS!PERSON! [~LEG]             one agent per member of the set: congressman, congressmen...
    HUMAN_RIGHTS_BODY [NGO~]            the agent's code goes before the actor's (NGOGON), not after

Comments are `#` to the end of the line, lines starting `<!` and `<!-- ... -->` blocks; a line
`---STOP---` ends the file. The day rules follow PETRARCH's unit tests (DATE-09 to DATE-12 code
"20100109-20100112" as ORCHOB on 2010-01-12): the first restriction that holds on the article's
date wins, else the last code without a date. A name line with no code shares the codes of the
entry that follows it, as in PETRARCH ("U.N._" above "UN_SECRETARY_GENERAL ... [IGOUNO]").

What PETRARCH reads differently: names are whole words (TABARI matched a name without a final
"_" as a word stem: ARGENTIN = Argentina, Argentine) and a space in a name is a "_" (TABARI let
other words come between). A compound code ("THE_SHIRE [FRO/BIL/SAM]") names several actors at
once, as in PETRARCH, which codes one event for each: `code_on` gives the first, `codes_on` all.

A line that cannot be used is an error (all of them, as `path:line: message`, in one
DataFileError), except the two kinds the Phoenix files of 2014 carry, which PETRARCH skips with a
warning and so are skipped here with a logged warning: a restriction whose days cannot be read
(7 or 10 digits, a day with no `<`, `>` or range, an end before its start; nine in Phoenix) and
an agent line without a readable code (two).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsevents.actors.aliases import plural_of
from newsevents.actors.data import load_name_function_words
from newsevents.errors import DataFileError

logger = logging.getLogger(__name__)

STOP_LINE = "---STOP---"
# years written with two digits: 00-30 are 20YY, the others 19YY (KEDS, TABARI and PETRARCH)
LAST_2000S_YEAR = 30
# a name whose one content word is this short is an acronym, matched in capitals only ("AU", not "Au")
ACRONYM_LETTERS = 3
# joins the actors of a compound code: "FRO/BIL/SAM"
COMPOUND_MARK = "/"
ACTOR_CODE = re.compile(r"[A-Z0-9]+(?:/[A-Z0-9]+)*|-+|\++|#+")
AGENT_CODE = re.compile(r"~([A-Z0-9]+)|([A-Z0-9]+)~")
BRACKET = re.compile(r"\[([^\]]*)\]")
RESTRICTION = re.compile(r"(?P<op>[<>])\s*(?P<day>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+)")
MARKER_SET = re.compile(r"!(\w+)!\s*=(.*)")
MARKER = re.compile(r"!(\w+)!")
PLURAL = re.compile(r"\{([^}]*)\}")
DOTTED_ACRONYM = re.compile(r"[A-Za-z](?:\.[A-Za-z])+\.?")  # U.N., U.S.S.R

Bracket = tuple[str, str]  # (path:line, the text inside "[...]")


@dataclass(frozen=True, slots=True)
class DatedCode:
    """An actor code (maybe compound: "FRO/BIL/SAM") restricted to the days from `first` to `last`, both included (None: open)."""

    code: str
    first: dt.date | None
    last: dt.date | None

    def holds_on(self, day: dt.date) -> bool:
        return (self.first is None or self.first <= day) and (self.last is None or day <= self.last)


@dataclass(frozen=True, slots=True)
class DictionaryActor:
    """One entry of an actors file: its names as text writes them, and its codes."""

    id: str  # file name and line of the entry: "PETR.Validate.actors.txt:93"
    names: tuple[str, ...]  # as matched (see `actor_name`): "Gondor", "Minas tirith"; the first names the entry
    dated: tuple[DatedCode, ...]  # date restrictions, in file order
    default: str | None  # the code when no restriction holds
    origin: str  # path:line, for messages

    @property
    def name(self) -> str:
        """Return the entry's name for display: "Minas tirith" (as matched) -> "Minas Tirith"."""
        return " ".join(w if w in load_name_function_words() else w[:1].upper() + w[1:] for w in self.names[0].split())

    def code_on(self, day: dt.date | None) -> str | None:
        """Return the entry's code on `day`: the first restriction holding then, else the default.

        Without a date and a default, the restriction that starts last; with a date that no
        restriction covers and no default, None (the name is no actor that day). Of a compound
        code ("FRO/BIL/SAM"), the first actor.
        """
        codes = self.codes_on(day)
        return codes[0] if codes else None

    def codes_on(self, day: dt.date | None) -> tuple[str, ...]:
        """Return every actor the entry's code names on `day` ("FRO/BIL/SAM": three), else ()."""
        if day is not None:
            code = next((d.code for d in self.dated if d.holds_on(day)), self.default)
        elif self.default is not None or not self.dated:
            code = self.default
        else:
            code = max(self.dated, key=lambda d: d.first or dt.date.min).code
        return tuple(code.split(COMPOUND_MARK)) if code is not None else ()


@dataclass(frozen=True, slots=True)
class DictionaryAgent:
    """One entry of an agents file: nouns naming a role the actor code takes ("police" -> COP)."""

    id: str
    names: tuple[str, ...]  # lower case, singular and plural: "police", "border guard", "border guards"
    code: str  # "COP", "GOVMED"
    prefix: bool  # [NGO~]: the code goes before the actor's (NGOGON) instead of after (GONCOP)
    origin: str
    no_plural: bool = False  # `{}`: the noun has no plural ("police"), not even one the shipped tables make


@dataclass(frozen=True, slots=True)
class Dictionaries:
    actors: tuple[DictionaryActor, ...] = ()
    agents: tuple[DictionaryAgent, ...] = ()


def load_dictionaries(paths: Iterable[Path | str]) -> Dictionaries:
    """Return the entries of the actor and agent files, in order (a file's kind is read from its codes).

    Raises one DataFileError listing the problems of every file.
    """
    problems: list[str] = []
    actors: list[DictionaryActor] = []
    agents: list[DictionaryAgent] = []
    for path in map(Path, paths):
        try:
            lines = list(read_lines(path))
        except OSError as error:
            problems.append(f"{path}:0: file: cannot be read: {error.strerror or error}")
            continue
        if is_agents_file(lines):
            agents.extend(parse_agents(lines, path, problems))
        else:
            actors.extend(parse_actors(lines, path, problems))
    if problems:
        raise DataFileError(problems)
    return Dictionaries(tuple(actors), tuple(agents))


def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (line number, text) of the lines that are not comments, blank or after ---STOP---."""
    in_comment = False
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if in_comment:
                in_comment = "-->" not in line
                continue
            if line.lstrip().startswith("<!"):
                in_comment = line.lstrip().startswith("<!--") and "-->" not in line
                continue
            if STOP_LINE in line:
                return
            text = line.partition("#")[0].rstrip()
            if text.strip():
                yield number, text


def is_agents_file(lines: Sequence[tuple[int, str]]) -> bool:
    """Return True when the first code of the file is an agent's ("[~GOV]") or a set is defined."""
    for _, text in lines:
        if MARKER_SET.match(text.strip()):
            return True
        found = BRACKET.search(text)
        if found:
            return "~" in found.group(1)
    return False


def parse_actors(lines: Iterable[tuple[int, str]], path: Path, problems: list[str]) -> list[DictionaryActor]:
    """Return the entries of an actors file; a name line opens an entry once the last has codes."""
    entries: list[tuple[int, list[str], list[Bracket]]] = []  # (line, raw names, codes)
    for number, text in lines:
        stripped = text.strip()
        synonym = stripped.startswith("+")
        name, _, codes = stripped.removeprefix("+").partition("[")
        if (synonym or not name.strip()) and not entries:
            problems.append(f"{path}:{number}: name: {stripped[:1]!r} line before any actor name")
            continue
        if name.strip() and not synonym and (not entries or entries[-1][2]):
            entries.append((number, [], []))
        if name.strip():
            entries[-1][1].append(name)
        if codes:
            _collect_brackets("[" + codes, f"{path}:{number}", entries[-1][2], problems)
    return [a for line, names, codes in entries if (a := _actor(path, line, names, codes, problems))]


def _collect_brackets(text: str, where: str, brackets: list[Bracket], problems: list[str]) -> None:
    """Add (where, inside) of every `[...]` of `text` to `brackets`.

    Text after the codes is ignored, as PETRARCH ignores it (Phoenix keeps notes there). An
    unclosed bracket is reported and read to the end of the line, so the entry is not also
    reported as having no code.
    """
    found = BRACKET.findall(text)
    if text.count("[") != len(found):
        problems.append(f"{where}: code: unclosed '[' in {text.strip()!r}")
        found = BRACKET.findall(text + "]")
    brackets.extend((where, inside) for inside in found)


def _actor(
    path: Path, line: int, raw_names: list[str], brackets: list[Bracket], problems: list[str]
) -> DictionaryActor | None:
    origin = f"{path}:{line}"
    names = tuple(dict.fromkeys(n for raw in raw_names if (n := actor_name(raw))))
    if not names or not brackets:
        problems.append(f"{origin}: code: actor {raw_names[0].strip()!r} has no name or no [CODE]")
        return None
    dated: list[DatedCode] = []
    default = None
    for where, inside in brackets:
        code = _read_dated_code(inside, where, problems)
        if isinstance(code, DatedCode):
            dated.append(code)
        elif code is not None:
            default = code  # a later code without a date replaces the default, as in PETRARCH
    return DictionaryActor(f"{path.name}:{line}", names, tuple(dated), default, origin)


def _read_dated_code(inside: str, where: str, problems: list[str]) -> DatedCode | str | None:
    """Return the code of one bracket, dated when a restriction follows it, or None if unusable."""
    code, _, rest = inside.strip().partition(" ")
    code = code.upper()
    if not ACTOR_CODE.fullmatch(code):
        problems.append(f"{where}: code: {code!r} is not an actor code")
        return None
    rest = rest.strip()
    if not rest:
        return code
    found = RESTRICTION.fullmatch(rest)
    try:
        if found is None:
            raise ValueError(f"{rest!r} is not <DAY, >DAY or DAY-DAY")
        if found["op"] == "<":
            return DatedCode(code, None, parse_day(found["day"]) - dt.timedelta(days=1))
        if found["op"] == ">":
            return DatedCode(code, parse_day(found["day"]), None)
        first, last = parse_day(found["start"]), parse_day(found["end"])
        if last < first:
            raise ValueError(f"{rest!r} ends before it starts")
        return DatedCode(code, first, last)
    except ValueError as error:
        logger.warning("%s: date: restriction skipped: %s", where, error)
        return None


def parse_day(text: str) -> dt.date:
    """Return the day of YYYYMMDD or YYMMDD ("950601" is 1995-06-01, "090120" 2009-01-20)."""
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= LAST_2000S_YEAR else 1900 + year}{text[2:]}"
    if len(text) != 8:
        raise ValueError(f"{text!r} is not YYYYMMDD or YYMMDD")
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))


def actor_name(raw: str) -> str:
    """Return a dictionary name in the case text must show it in: "MINAS_TIRITH_" -> "Minas tirith".

    The alias index holds a capitalised word to a capital letter in the text, a word in
    capitals to capitals, and a word in lower case to nothing (`aliases.fits_case`). So the
    first content word is capitalised ("Jordan" is not "jordan"), or in capitals when it is an
    acronym (dotted as "U.N.", or the one short word of a name: "AU", "IMF"); the other words
    match in any case, as news writes "Hamas gunmen" where the dictionary has HAMAS_GUNMEN.
    A leading "THE" is dropped: "the United Nations" also reads "United Nations".
    """
    words = raw.replace("_", " ").lower().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    function_words = load_name_function_words()  # name_function_words.tsv: "of", "al", "von"
    content = [i for i, w in enumerate(words) if w not in function_words]
    if content and words[content[0]].partition("-")[0] not in function_words:  # "al-qaeda": any case
        head = words[content[0]]
        short = len(content) == 1 and sum(c.isalpha() for c in head) <= ACRONYM_LETTERS
        words[content[0]] = head.upper() if short else head[:1].upper() + head[1:]
    return " ".join(w.upper() if DOTTED_ACRONYM.fullmatch(w) else w for w in words)


def parse_agents(lines: Iterable[tuple[int, str]], path: Path, problems: list[str]) -> list[DictionaryAgent]:
    """Return the entries of an agents file, substitution sets expanded and plurals added."""
    sets: dict[str, list[str]] = {}
    agents = []
    for number, text in lines:
        where = f"{path}:{number}"
        defined = MARKER_SET.match(text.strip())
        if defined:
            sets[defined.group(1)] = [w.strip() for w in defined.group(2).split(",") if w.strip()]
            continue
        agent = _agent(text, where, sets, problems)
        if agent:
            names, code, prefix, no_plural = agent
            agents.append(DictionaryAgent(f"{path.name}:{number}", names, code, prefix, where, no_plural))
    return agents


def _agent(
    text: str, where: str, sets: dict[str, list[str]], problems: list[str]
) -> tuple[tuple[str, ...], str, bool, bool] | None:
    """Return (names, code, prefix, no plural) of one agent line, or None after noting its problem."""
    noun, _, codes = text.partition("[")
    inside = codes.partition("]")[0].replace(" ", "").upper()
    found = AGENT_CODE.fullmatch(inside)
    if not codes or not found:
        logger.warning("%s: code: agent skipped: no [~CODE] or [CODE~] in %r", where, text.strip())
        return None
    plural = PLURAL.search(noun)
    noun = PLURAL.sub("", noun).strip()
    if not noun.strip("_"):
        problems.append(f"{where}: noun: agent {text.strip()!r} names no noun")
        return None
    if "{" in noun or "}" in noun:
        problems.append(f"{where}: plural: unbalanced braces in {text.strip()!r}")
        return None
    unknown = [m for m in MARKER.findall(noun) if m not in sets]
    if unknown:
        problems.append(f"{where}: set: !{unknown[0]}! is not defined above")
        return None
    forms = _expand(noun, sets)
    if plural:
        forms.append(plural.group(1))
    elif not MARKER.search(noun):  # a set lists its plurals itself (MAN, MEN)
        forms.append(_regular_plural(forms[0].replace("_", " ").lower()))
    names = tuple(dict.fromkeys(" ".join(f.replace("_", " ").split()).lower() for f in forms if f.strip()))
    no_plural = plural is not None and not plural.group(1).strip()
    return names, found.group(1) or found.group(2), bool(found.group(2)), no_plural


def _regular_plural(noun: str) -> str:
    """Return the plural PETRARCH would make ("congress" -> "congresses"), except of a noun that
    is already plural ("security officials"); "" for none."""
    if noun.endswith("s") and not noun.endswith("ss"):
        return ""
    return plural_of(noun)


def _expand(noun: str, sets: dict[str, list[str]]) -> list[str]:
    """Return the noun with each substitution marker replaced by every member of its set."""
    found = MARKER.search(noun)
    if not found:
        return [noun]
    return [form for member in sets[found.group(1)] for form in _expand(noun.replace(found.group(0), member, 1), sets)]
