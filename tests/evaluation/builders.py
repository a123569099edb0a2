"""Hand-built events and gold records for the evaluation tests."""

from newsevents.evaluation import CodedRecord, GoldEvent, GoldRecord
from newsevents.evaluation.gold import PLOVER_STYLE
from newsevents.records import Actor, Event, Evidence


def make_event(source: Actor, target: Actor | None, plover: str | None, cameo: str = "010") -> Event:
    """Return a coded event with only what scoring reads filled in meaningfully."""
    return Event(id="e", article_id="a", doc_id="a", sentence=0, evidence=Evidence("", 0, 0), source=source,
                 target=target, cameo=cameo, root=cameo[:2], plover=plover, goldstein=None, quad_class=None,
                 date=None, date_range=None, date_precision="none", status="occurred", attributed_to=None,
                 location=None, rule="test", confidence=1.0)


def make_coded(expected: tuple[GoldEvent, ...], events: tuple[Event, ...] = (), fmt: str = PLOVER_STYLE,
               skip: str | None = None, error: str | None = None, record_id: str = "r") -> CodedRecord:
    """Return a gold record of format `fmt` with the events the coder produced for it."""
    return CodedRecord(GoldRecord(record_id, "text", None, fmt, expected, skip), events, error)


RUS = Actor("RUSGOV", "RUS", "GOV")
UKR = Actor("UKRMIL", "UKR", "MIL")
USA = Actor("USA", "USA")
JPN = Actor("JPNGOV", "JPN", "GOV")
ITA = Actor("ITA", "ITA")
VNM = Actor("VNMGOV", "VNM", "GOV")
UN = Actor("UN", None, "IGO")
NATO = Actor("NATO", None, "IGO")
TALIBAN = Actor("TALIBAN", None, "IMG")
