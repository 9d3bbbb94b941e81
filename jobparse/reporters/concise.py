"""Concise report: one line per problem, `path:line:col: CODE message`, for editors and grep (as ruff's);
`CODE [*]` marks a problem --fix would fix."""

from __future__ import annotations

from jobparse.batch import FileResult
from jobparse.reporters.base import Reporter


class ConciseReporter(Reporter):
    """Writes a line per problem, and a line per input that could not be read; no summary."""

    def write(self, report: FileResult) -> None:
        """One file's lines."""
        if report.error is not None:
            self.out.write(f"{report.path}:1:1: error: {report.error}\n")
        for p in report.problems:
            mark = " [*]" if self.fixable(p) else ""
            self.out.write(f"{p.path}:{p.line}:{p.column}: {p.code}{mark} {p.message}\n")
