"""Text report for people: problems grouped by file, the source line with a marker, a summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.text import Text

from jobparse.findings import Severity
from jobparse.reporters import FileReport
from jobparse.reporters.json_report import summary

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_CONTEXT_WIDTH = 76


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


def render(reports: Sequence[FileReport], out: TextIO, console: Console | None = None) -> None:
    """Print every file's problems, then a summary line."""
    console = console or Console(file=out, highlight=False, soft_wrap=False, width=100 if not out.isatty() else None)
    for report in reports:
        if report.error is not None:
            console.print(Text.assemble((report.path, "bold"), ": ", ("unreadable", "bold red"), f": {report.error}"))
            continue
        if not report.problems:
            continue
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
            console.print(head, soft_wrap=True)  # a long message stays one line for grep
            if 0 < p.line <= len(report.lines):
                snippet, at, width = _snippet(
                    report.lines[p.line - 1], p.column, p.end_column if p.end_line == p.line else p.column + 1
                )
                console.print(Text("    | " + snippet, style="dim"))
                console.print(Text("    | " + " " * at + "^" * max(1, width), style=STYLE[p.severity]))
            if p.hint:
                console.print(Text(f"    hint: {p.hint}", style="green"))
        console.print()
    counts = summary(reports)
    line = (
        f"{counts['files']} file(s), {counts['adverts']} advert(s): {counts['errors']} error(s), "
        f"{counts['warnings']} warning(s), {counts['infos']} info"
    )
    if counts["unreadable"]:
        line += f"; {counts['unreadable']} file(s) could not be read"
    console.print(Text(line, style="bold"))
