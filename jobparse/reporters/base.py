"""The interface every validate reporter follows, and the running counts for its summary."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TextIO

from jobparse.batch import FileResult
from jobparse.findings import Problem, Severity


class Tally:
    """Running counts for the summary: nothing but numbers is kept, so memory stays flat."""

    def __init__(self) -> None:
        self.files = 0
        self.adverts = 0
        self.unreadable = 0
        self.skipped = 0
        self.severities: Counter[Severity] = Counter()
        self.fixable = 0  # problems --fix would fix (with --unsafe-fixes, unsafe ones too)
        self.hidden = 0  # problems only --unsafe-fixes would fix
        self.fixed = 0  # fixes --fix applied

    def add(self, report: FileResult, unsafe_fixes: bool = False) -> None:
        """Count one file's result."""
        self.files += 1
        self.adverts += report.adverts
        self.unreadable += report.error is not None
        self.skipped += report.skipped is not None
        self.severities.update(problem.severity for problem in report.problems)
        for problem in report.problems:
            if problem.fix is not None:
                self.fixable += problem.fix.applies(unsafe_fixes)
                self.hidden += not problem.fix.applies(unsafe_fixes)
        if report.fixing is not None:
            self.fixed += report.fixing.applied

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
            "fixable": self.fixable,
            "fixable_unsafe": self.hidden,
            "fixed": self.fixed,
        }


class Reporter:
    """Writes each file's result as it arrives; `close` writes what comes after the last one.

    `today` is the day the run judges dates against (the JSON report records it); with
    `unsafe_fixes` (--unsafe-fixes), unsafe fixes are marked fixable as safe ones are.
    """

    def __init__(
        self, out: TextIO, color: str = "auto", today: dt.date | None = None, *, unsafe_fixes: bool = False
    ) -> None:
        self.out = out
        self.color = color
        self.today = today or dt.date.today()
        self.unsafe_fixes = unsafe_fixes
        self.tally = Tally()

    def file(self, report: FileResult) -> None:
        """Write one file's problems (or its error)."""
        self.tally.add(report, self.unsafe_fixes)
        self.write(report)

    def fixable(self, problem: Problem) -> bool:
        """Whether --fix (with this run's --unsafe-fixes) would fix a problem: reports mark it "[*]"."""
        return problem.fix is not None and problem.fix.applies(self.unsafe_fixes)

    def write(self, report: FileResult) -> None:
        """The format's own writing of one result."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the document."""
