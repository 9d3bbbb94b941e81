"""Text report for people: problems grouped by file, the source line with a marker, a summary."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text

from jobparse.findings import Severity
from jobparse.reporters import FileReport, Reporter
from jobparse.terminal import console as make_console

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_CONTEXT_WIDTH = 72  # with the "    | " margin, a quoted line fits 80 columns


def _snippet(line: str, column: int, end_column: int) -> tuple[str, int, int]:
    """The part of a long line around the problem, and the marker's place in it."""
    start = column - 1
    width = max(1, min(end_column, len(line) + 1) - column)
    if len(line) <= _CONTEXT_WIDTH:
        return line, start, width
    left = max(0, start - 20)
    piece = line[left : left + _CONTEXT_WIDTH]
    prefix = "…" if left else ""
    return prefix + piece, start - left + len(prefix), min(width, _CONTEXT_WIDTH - (start - left))


class TextReporter(Reporter):
    """Prints each file's problems as it arrives, then a summary line."""

    def __init__(self, out: TextIO, color: str = "auto", console: Console | None = None) -> None:
        super().__init__(out, color)
        self.console = console or make_console(out, color, width=None if out.isatty() else 100)

    def write(self, report: FileReport) -> None:
        """One file's problems, each with its source line and a marker."""
        console = self.console
        if report.error is not None:
            console.print(Text.assemble((report.path, "bold"), ": ", ("unreadable", "bold red"), f": {report.error}"))
            return
        if not report.problems:
            return
        console.print(Text(report.path, style="bold underline"))
        for p in report.problems:
            head = Text.assemble(
                f"  {p.line}:{p.column} ",
                (str(p.severity), STYLE[p.severity]),
                f" {p.code} ",
                (p.rule, "dim"),
                "  ",
                p.message,
            )
            # At a terminal long messages wrap to its width; in a pipe they stay one line for grep.
            console.print(head, soft_wrap=not console.is_terminal)
            if p.line in report.lines:
                end = p.end_column if p.end_line == p.line else p.column + 1
                snippet, at, width = _snippet(report.lines[p.line], p.column, end)
                console.print(Text("    | " + snippet, style="dim"))
                console.print(Text("    | " + " " * at + "^" * max(1, width), style=STYLE[p.severity]))
            if p.hint:
                console.print(Text(f"    hint: {p.hint}", style="green"))
        console.print()

    def close(self) -> None:
        """The summary line."""
        counts = self.tally.as_dict()
        line = (
            f"{counts['files']} file(s), {counts['adverts']} advert(s): {counts['errors']} error(s), "
            f"{counts['warnings']} warning(s), {counts['infos']} info"
        )
        if counts["unreadable"]:
            line += f"; {counts['unreadable']} file(s) could not be read"
        self.console.print(Text(line, style="bold"))
