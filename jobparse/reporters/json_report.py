"""JSON report (schemas/report.schema.json): the day dates were judged against, every file's adverts and
problems, then a summary; streamed."""

from __future__ import annotations

import datetime as dt
from typing import Any, TextIO

from jobparse import __version__
from jobparse.batch import FileResult
from jobparse.jsondoc import JsonDocument
from jobparse.reporters.base import Reporter


def file_entry(report: FileResult) -> dict[str, Any]:
    """One file's part of the report."""
    return {
        "file": report.path,
        "adverts": report.adverts,
        "error": report.error,
        "skipped": report.skipped,
        "today": report.today.isoformat() if report.today else None,
        "advert_details": list(report.records),
        "problems": [problem.to_dict() for problem in report.problems],
        "fixed": report.fixing.applied if report.fixing is not None else 0,
        "not_fixed": report.fixing.reason if report.fixing is not None else None,
    }


class JsonReporter(Reporter):
    """Writes the document file by file (never through rich: it would wrap the text)."""

    def __init__(
        self, out: TextIO, color: str = "auto", today: dt.date | None = None, *, unsafe_fixes: bool = False
    ) -> None:
        super().__init__(out, color, today, unsafe_fixes=unsafe_fixes)
        head = {"jobparse": __version__, "today": self.today.isoformat()}
        self.document = JsonDocument(out, head, "files", indent=True)

    def write(self, report: FileResult) -> None:
        """Add one file's entry."""
        self.document.add(file_entry(report))

    def close(self) -> None:
        """Close the files list and add the summary."""
        self.document.close({"summary": self.tally.as_dict()})
