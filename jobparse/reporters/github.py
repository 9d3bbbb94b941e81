"""GitHub Actions workflow commands: one annotation per problem, shown on the pull request; a title
`CODE [*] rule` marks a problem --fix would fix."""

from __future__ import annotations

from jobparse.batch import FileResult
from jobparse.findings import Severity
from jobparse.reporters.base import Reporter

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    """Escape a message as the workflow-command syntax requires."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """Escape a property value (also ':' and ',')."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    """Writes `::error file=...,line=...::message` lines."""

    def write(self, report: FileResult) -> None:
        """Annotations for one file."""
        if report.error is not None:
            self.out.write(f"::error file={_property(report.path)},title=jobparse::{_data(report.error)}\n")
        for p in report.problems:
            mark = " [*]" if self.fixable(p) else ""
            properties = (
                f"file={_property(p.path)},line={p.line},col={p.column},endLine={p.end_line},"
                f"endColumn={p.end_column},title={_property(f'{p.code}{mark} {p.rule}')}"
            )
            message = p.message + (f" ({p.hint})" if p.hint else "")
            self.out.write(f"::{COMMAND[p.severity]} {properties}::{_data(message)}\n")
