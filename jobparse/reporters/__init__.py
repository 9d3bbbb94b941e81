"""Reporters for `jobparse validate`: one module per format, each writing file by file as reports arrive."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TextIO

from jobparse.findings import Problem, Severity


@dataclass(frozen=True, slots=True)
class FileReport:
    """One input's outcome: its adverts' problems, or the error that stopped it."""

    path: str
    adverts: int = 0
    problems: tuple[Problem, ...] = ()
    error: str | None = None
    lines: Mapping[int, str] = field(default_factory=dict, repr=False)  # line number -> text, for the problems' lines
    internal: bool = False  # the error is a bug in jobparse
    detail: str | None = field(default=None, repr=False)  # its traceback, for --debug


class Tally:
    """Running counts for the summary: nothing but numbers is kept, so memory stays flat."""

    def __init__(self) -> None:
        self.files = 0
        self.adverts = 0
        self.unreadable = 0
        self.severities: Counter[Severity] = Counter()

    def add(self, report: FileReport) -> None:
        """Count one file's report."""
        self.files += 1
        self.adverts += report.adverts
        self.unreadable += report.error is not None
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
        }


class Reporter:
    """Writes each file's report as it arrives; `close` writes what comes after the last one."""

    def __init__(self, out: TextIO, color: str = "auto") -> None:
        self.out = out
        self.color = color
        self.tally = Tally()

    def file(self, report: FileReport) -> None:
        """Write one file's problems (or its error)."""
        self.tally.add(report)
        self.write(report)

    def write(self, report: FileReport) -> None:
        """The format's own writing of one report."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the document."""


def reporters() -> dict[str, type[Reporter]]:
    """Every reporter by format name (imported on use, so start-up stays light)."""
    from jobparse.reporters import github, json_report, sarif, text

    return {
        "text": text.TextReporter,
        "json": json_report.JsonReporter,
        "github": github.GithubReporter,
        "sarif": sarif.SarifReporter,
    }


def render(name: str, reports: list[FileReport], out: TextIO) -> None:
    """Write a whole list of reports in one format (for tests and library callers)."""
    reporter = reporters()[name](out)
    for report in reports:
        reporter.file(report)
    reporter.close()


FORMATS = ("text", "json", "github", "sarif")

__all__ = ["FORMATS", "FileReport", "Reporter", "Tally", "render", "reporters"]
