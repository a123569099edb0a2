"""The PETRARCH/TABARI dictionary reader: each construct on inline text, errors, the real files."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from newsevents.actors.dictionaries import Dictionaries, actor_name, load_dictionaries, parse_day
from newsevents.errors import DataFileError

D = dt.date.fromisoformat
UNITTEST_DICTIONARIES = "eval/petrarch-unittest-dictionaries"
PHOENIX = "reference/phoenix"


def read(tmp_path: Path, text: str, name: str = "my.actors.txt") -> Dictionaries:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_dictionaries([path])


def problems_of(tmp_path: Path, text: str, name: str = "my.actors.txt") -> list[str]:
    with pytest.raises(DataFileError) as error:
        read(tmp_path, text, name)
    return error.value.problems


def test_dictionaries_actor_synonyms_and_comments(tmp_path):
    text = (
        "<!-- a header\n# still a comment\n-->\n<! -- a one-line note -->\n"
        "GONDOR [GON]  # pas 12/09/13\n+MINAS_TIRITH\n+ANORIEN\n\nARNOR_  [ARN]\n---STOP---\nROHAN [ROH]\n"
    )
    actors = read(tmp_path, text).actors
    assert [(a.names, a.default) for a in actors] == [
        (("Gondor", "Minas tirith", "Anorien"), "GON"),
        (("Arnor",), "ARN"),
    ]
    assert actors[0].id == "my.actors.txt:5" and actors[0].name == "Gondor"


def test_dictionaries_actor_codes_on_their_own_lines_and_dated(tmp_path):
    text = "GOLLUM  # pas 27 Apr 03\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\n"
    (gollum,) = read(tmp_path, text).actors
    assert gollum.names == ("Gollum", "Smeagol") and gollum.default is None
    assert [(c.code, c.first, c.last) for c in gollum.dated] == [
        ("HOB", None, D("1995-05-31")),
        ("HOBGOV", D("1995-06-01"), D("1999-08-15")),
        ("HOBREB", D("1999-08-16"), None),
    ]


@pytest.mark.parametrize(
    ("day", "code"),
    [
        ("2008-01-19", "HOBCIV"),  # before 20080120
        ("2010-01-06", "HOBMIL"),
        ("2010-01-09", "ORCHOB"),  # the first restriction that holds wins
        ("2010-01-12", "ORCHOB"),  # a range includes its last day (PETRARCH's DATE-11)
        ("2010-01-13", "HOBMIL"),
        ("2013-06-01", "HOBELI"),
        (None, "HOB"),  # no date: the default
    ],
)
def test_dictionaries_code_on_the_article_date(tmp_path, day, code):
    text = (
        "SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[ORCHOB 20100109-20100112]\n"
        "\t[HOBMIL 20080120-20121109]\n\t[HOBGOV 20121109-20130119]\n\t[HOBELI >20130119]\n"
    )
    (sam,) = read(tmp_path, text).actors
    assert sam.code_on(D(day) if day else None) == code


def test_dictionaries_code_without_default(tmp_path):
    (onodoher,) = read(tmp_path, "ONODOHER\n\t[ONO <911226]\n").actors
    assert onodoher.code_on(D("1990-01-01")) == "ONO"
    assert onodoher.code_on(D("2000-01-01")) is None  # no actor that day
    assert onodoher.code_on(None) == "ONO"


def test_dictionaries_later_undated_code_is_the_default(tmp_path):
    (zimbabwe,) = read(tmp_path, "ZIMBABWE\n\t[RHO <790606]\n\t[ZBW]#jw 9/30/91\n").actors
    assert (zimbabwe.code_on(D("1978-12-23")), zimbabwe.code_on(D("2001-01-01"))) == ("RHO", "ZBW")


def test_dictionaries_several_codes_on_the_name_line(tmp_path):
    (javier,) = read(tmp_path, "JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt\n").actors
    assert (javier.code_on(D("1990-01-01")), javier.code_on(D("1995-01-01")), javier.names) == (
        "IGOUNO", "ELI", ("Javier de cuellar",)
    )


def test_dictionaries_name_without_code_shares_the_next_entry_codes(tmp_path):
    text = "UN_ [IGOUNO]\nU.N._\nUN_SECRETARY_GENERAL\n+UNSG\n\t[IGOUNO]\nKOFI_ANNAN_ [IGOUNO]\n"
    actors = read(tmp_path, text).actors
    assert [a.names for a in actors] == [("UN",), ("U.N.", "Un secretary general", "Unsg"), ("Kofi annan",)]


def test_dictionaries_code_is_upper_case_and_compound_names_each_actor(tmp_path):
    actors = read(tmp_path, "PALESTINIAN [pse]\nTHE_SHIRE  [FRO/BIL/SAM]\nBOROMIR  [---]\n").actors
    assert [a.code_on(None) for a in actors] == ["PSE", "FRO", "---"]
    assert [a.codes_on(None) for a in actors] == [("PSE",), ("FRO", "BIL", "SAM"), ("---",)]


def test_dictionaries_compound_code_with_a_date_restriction(tmp_path):
    (pair,) = read(tmp_path, "TWIN_CROWNS\n\t[WMA/STF < 950101]\n\t[WMA]\n").actors
    assert pair.codes_on(D("1990-06-01")) == ("WMA", "STF") and pair.codes_on(D("1999-06-01")) == ("WMA",)


def test_dictionaries_agent_without_plural_says_so(tmp_path):
    agents = read(tmp_path, "PATROL {} [~COP]\nWARDEN [~GOV]\n", "my.agents.txt").agents
    assert [(a.names, a.no_plural) for a in agents] == [(("patrol",), True), (("warden", "wardens"), False)]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("MINAS_TIRITH_", "Minas tirith"),  # first word capitalised, the others any case
        ("THE_UNITED_NATIONS_", "United nations"),
        ("THE_AU", "AU"),  # a lone short word is an acronym
        ("U.N._", "U.N."),
        ("AL-QAEDA", "al-qaeda"),
        ("GROUP OF 77", "Group of 77"),
        ("BAN_KI-MOON", "Ban ki-moon"),
    ],
)
def test_dictionaries_actor_name_case(raw, name):
    assert actor_name(raw) == name


@pytest.mark.parametrize(
    ("text", "day"), [("950601", "1995-06-01"), ("090120", "2009-01-20"), ("19411207", "1941-12-07")]
)
def test_dictionaries_parse_day_reads_two_and_four_digit_years(text, day):
    assert parse_day(text) == D(day)


def test_dictionaries_agents_plurals_sets_and_prefix(tmp_path):
    text = (
        "!PERSON! = MAN, MEN, WOMAN\n"
        "POLICE {} [ ~COP] # JON 2/8/95\n"
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
        "CONGRESS [~LEG]\n"
        "SECURITY_OFFICIALS  [~GOV]\n"
        "CONGRESS!PERSON! [~LEG]\n"
        "OFFICIAL_MEDIA {} [~GOVMED]\n"
        "HUMAN_RIGHTS_ORGANIZATION  [  NGO~]\n"
    )
    agents = read(tmp_path, text, "my.agents.txt").agents
    assert [(a.names, a.code, a.prefix) for a in agents] == [
        (("police",), "COP", False),
        (("attorney general", "attorneys general"), "GOV", False),
        (("congress", "congresses"), "LEG", False),
        (("security officials",), "GOV", False),  # already plural
        (("congressman", "congressmen", "congresswoman"), "LEG", False),
        (("official media",), "GOVMED", False),
        (("human rights organization", "human rights organizations"), "NGO", True),
    ]


def test_dictionaries_file_kind_comes_from_its_codes(tmp_path):
    both = tmp_path / "a.txt", tmp_path / "b.txt"
    both[0].write_text("GONDOR [GON]\n", encoding="utf-8")
    both[1].write_text("TROOPS {} [~MIL]\n", encoding="utf-8")
    found = load_dictionaries(both)
    assert (len(found.actors), len(found.agents)) == (1, 1)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("+SMEAGOL\nGOLLUM [HOB]\n", 1, "before any actor name"),
        ("\t[HOB]\nGOLLUM [HOB]\n", 1, "before any actor name"),
        ("GONDOR [GON]\nGOLLUM\n+SMEAGOL\n", 2, "no [CODE]"),
        ("GONDOR [GON]\n_ [GOL]\n", 2, "has no name"),
        ("GONDOR [GON\n", 1, "unclosed '['"),
        ("GONDOR [GO!N]\n", 1, "not an actor code"),
    ],
)
def test_dictionaries_actor_errors_name_the_line(tmp_path, text, line, message):
    (problem,) = problems_of(tmp_path, text)
    assert problem.startswith(f"{tmp_path / 'my.actors.txt'}:{line}: ") and message in problem


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("POLICE [~COP]\n!MINST!_OF_SILLY_WALKS [~GOV]\n", 2, "!MINST! is not defined"),
        ("POLICE [~COP]\nATTORNEY {ATTORNEYS [~GOV]\n", 2, "unbalanced braces"),
        ("POLICE [~COP]\n{} [~GOV]\n", 2, "names no noun"),
    ],
)
def test_dictionaries_agent_errors_name_the_line(tmp_path, text, line, message):
    (problem,) = problems_of(tmp_path, text, "my.agents.txt")
    assert problem.startswith(f"{tmp_path / 'my.agents.txt'}:{line}: ") and message in problem


def test_dictionaries_every_problem_of_every_file_at_once(tmp_path):
    first, second = tmp_path / "one.actors.txt", tmp_path / "two.actors.txt"
    first.write_text("+SMEAGOL\nGONDOR [GON\n", encoding="utf-8")
    second.write_text("ARNOR\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        load_dictionaries([first, second, tmp_path / "missing.txt"])
    assert [p.split(": ")[0] for p in error.value.problems] == [
        f"{first}:1", f"{first}:2", f"{second}:1", f"{tmp_path / 'missing.txt'}:0"
    ]


def test_dictionaries_unreadable_restriction_and_agent_without_code_are_skipped_with_a_warning(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="newsevents.actors.dictionaries"):
        (korea,) = read(tmp_path, "KOREA_BUS\n\t[KORGOVBUS 2004017-20061201]\n\t[KORBUS]\n").actors
        agents = read(tmp_path, "POLICE [~COP]\nISLAMIC_EXTREMIST\nDEPARTMENT [~ENV}\n", "my.agents.txt").agents
    assert (korea.dated, korea.default, [a.code for a in agents]) == ((), "KORBUS", ["COP"])
    assert [r.getMessage().split(": ")[0] for r in caplog.records] == [
        f"{tmp_path / 'my.actors.txt'}:2", f"{tmp_path / 'my.agents.txt'}:2", f"{tmp_path / 'my.agents.txt'}:3"
    ]


def test_dictionaries_petrarch_unit_test_dictionaries_load(shared_path):
    folder = shared_path(UNITTEST_DICTIONARIES)
    found = load_dictionaries([folder / "PETR.Validate.actors.txt", folder / "PETR.Validate.agents.txt"])
    by_name = {a.names[0]: a for a in found.actors}
    assert len(found.actors) > 100 and len(found.agents) > 80
    assert by_name["Gollum"].code_on(D("2001-01-01")) == "HOBREB"
    assert any(a.names[0] == "congressman" for a in found.agents)


def test_dictionaries_phoenix_dictionaries_load(shared_path, caplog):
    folder = shared_path(PHOENIX)
    with caplog.at_level(logging.WARNING, logger="newsevents.actors.dictionaries"):
        found = load_dictionaries(sorted(folder.glob("Phoenix.*.txt")))
    assert len(found.actors) > 25_000 and len(found.agents) > 2_000
    assert len(caplog.records) == 11  # nine unreadable restrictions, two agents without a code
