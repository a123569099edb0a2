"""A deterministic crash for kill-and-resume tests: the process dies in the middle of a write.

A real crash (SIGKILL, power loss) can hit at any moment; the worst one for the store hits
while a transaction is open, with rows inserted but not committed. `NEWSEVENTS_ABORT_AFTER=N`
makes that happen on purpose: once N articles are committed, the process exits hard
(`os._exit`: no cleanup, no checkpoint, no closing the file) just before committing the next
write. A resumed run must then store every article exactly once, as if nothing happened.

    NEWSEVENTS_ABORT_AFTER=2 newsevents ingest folder/   # exits with status 70 mid-write
    newsevents ingest folder/                            # resumes: 2 unchanged, the rest coded
"""

from __future__ import annotations

import os
from collections.abc import Mapping

ABORT_ENV = "NEWSEVENTS_ABORT_AFTER"
# EX_SOFTWARE from sysexits.h: distinct from every exit status the CLI gives on its own (0-4).
ABORT_EXIT_STATUS = 70


class AbortPoint:
    """Exits the process before the commit that would store more than `after` articles."""

    def __init__(self, after: int | None = None):
        self.after = after
        self.stored = 0

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> AbortPoint:
        """Return the abort point `NEWSEVENTS_ABORT_AFTER` asks for: the one place it is read.

        Unset or empty means never abort; anything but a count of articles is a ValueError,
        because a typo silently disabling the crash would make a resume test pass vacuously.
        """
        value = environ.get(ABORT_ENV, "").strip()
        if not value:
            return cls()
        if not value.isdigit():
            raise ValueError(f"{ABORT_ENV}={value!r}: expected a number of articles")
        return cls(int(value))

    def before_commit(self, articles: int) -> None:
        """Exit hard if committing `articles` more would take the count past the limit."""
        if self.after is not None and self.stored + articles > self.after:
            os._exit(ABORT_EXIT_STATUS)

    def committed(self, articles: int) -> None:
        """Count articles that are now safely stored."""
        self.stored += articles
