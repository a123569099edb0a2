"""The events stage: CAMEO events, their dates and status, from an analysed article."""

from newsevents.events.coder import CoderRules, code_events

__all__ = ["CoderRules", "code_events"]
