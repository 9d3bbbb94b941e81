"""The interface every validate reporter follows, and the running counts for its summary."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TextIO

from jobparse.batch import FileResult
from jobparse.findings import Severity


class Tally:
    """Running counts for the summary: nothing but numbers is kept, so memory stays flat."""

    def __init__(self) -> None:
        self.files = 0
        self.adverts = 0
        self.unreadable = 0
        self.skipped = 0
        self.severities: Counter[Severity] = Counter()

    def add(self, report: FileResult) -> None:
        """Count one file's result."""
        self.files += 1
        self.adverts += report.adverts
        self.unreadable += report.error is not None
        self.skipped += report.skipped is not None
        self.severities.update(problem.severity for problem in report.problems)

    def as_dict(self) -> dict[str, int]:
        """The summary as the JSON report writes it."""
        return {
            "files": self.files,
            "adverts": self.adverts,
            "problems": sum(self.severities.values()),
            "errors": self.severities[Severity.ERROR],
            "warnings": self.severities[Severity.WARNING],
            "infos": self.severities[Severity.INFO],
            "unreadable": self.unreadable,
            "skipped": self.skipped,
        }


class Reporter:
    """Writes each file's result as it arrives; `close` writes what comes after the last one.

    `today` is the day the run judges dates against (the JSON report records it).
    """

    def __init__(self, out: TextIO, color: str = "auto", today: dt.date | None = None) -> None:
        self.out = out
        self.color = color
        self.today = today or dt.date.today()
        self.tally = Tally()

    def file(self, report: FileResult) -> None:
        """Write one file's problems (or its error)."""
        self.tally.add(report)
        self.write(report)

    def write(self, report: FileResult) -> None:
        """The format's own writing of one result."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the document."""
