"""JSON report (schemas/report.schema.json): a summary and every file's problems."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any, TextIO

from jobparse import __version__
from jobparse.reporters import FileReport


def summary(reports: Sequence[FileReport]) -> dict[str, Any]:
    """Counts of files, adverts, problems by severity, and input errors."""
    severities = Counter(str(problem.severity) for report in reports for problem in report.problems)
    return {
        "files": len(reports),
        "adverts": sum(report.adverts for report in reports),
        "problems": sum(severities.values()),
        "errors": severities.get("error", 0),
        "warnings": severities.get("warning", 0),
        "infos": severities.get("info", 0),
        "unreadable": sum(1 for report in reports if report.error is not None),
    }


def document(reports: Sequence[FileReport]) -> dict[str, Any]:
    """The report as JSON-ready data."""
    return {
        "jobparse": __version__,
        "summary": summary(reports),
        "files": [
            {
                "file": report.path,
                "adverts": report.adverts,
                "error": report.error,
                "problems": [problem.to_dict() for problem in report.problems],
            }
            for report in reports
        ],
    }


def render(reports: Sequence[FileReport], out: TextIO) -> None:
    """Write the report as one JSON document (never through rich: it would wrap the text)."""
    json.dump(document(reports), out, ensure_ascii=False, indent=2)
    out.write("\n")
