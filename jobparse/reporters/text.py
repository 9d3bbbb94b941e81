"""Text report for people: problems grouped by file, the source line with a marker, a summary."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TextIO

from jobparse.batch import FileResult
from jobparse.findings import Problem, Severity
from jobparse.reporters.base import Reporter

if TYPE_CHECKING:
    from rich.console import Console

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_CONTEXT_WIDTH = 72  # with the "    | " margin, a quoted line fits 80 columns

# A line of the report: (text, rich style) pieces, and whether it may wrap at a terminal.
Piece = tuple[str, str]
Line = tuple[list[Piece], bool]


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


def report_lines(report: FileResult, fixable: Callable[[Problem], bool] = lambda _: False) -> Iterator[Line]:
    """One file's part of the report, line by line; "[*]" after the code of each problem --fix would fix."""
    if report.error is not None:
        yield [(report.path, "bold"), (": ", ""), ("unreadable", "bold red"), (f": {report.error}", "")], False
        return
    if not report.problems:
        return
    yield [(report.path, "bold underline")], False
    for p in report.problems:
        style = STYLE[p.severity]
        code = f" {p.code} [*] " if fixable(p) else f" {p.code} "
        head = [(f"  {p.line}:{p.column} ", ""), (str(p.severity), style), (code, ""), (p.rule, "dim")]
        yield [*head, ("  ", ""), (p.message, "")], True
        if p.line in report.lines:
            end = p.end_column if p.end_line == p.line else p.column + 1
            snippet, at, width = _snippet(report.lines[p.line], p.column, end)
            yield [("    | " + snippet, "dim")], False
            yield [("    | " + " " * at + "^" * max(1, width), style)], False
        if p.hint:
            yield [(f"    hint: {p.hint}", "green")], False
    yield [], False


def _styled(out: TextIO, color: str) -> bool:
    """Whether the report needs rich: colour, or a terminal's width to wrap to."""
    if color == "always" or os.environ.get("FORCE_COLOR") or os.environ.get("TTY_COMPATIBLE") == "1":
        return True
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


class TextReporter(Reporter):
    """Prints each file's problems as it arrives, then a summary line.

    Plain text goes straight to the stream: in a pipe or a CI log (the common case for a
    one-advert run) that spares the import of rich, about a tenth of such a run's start-up.
    """

    def __init__(
        self,
        out: TextIO,
        color: str = "auto",
        today: dt.date | None = None,
        console: Console | None = None,
        *,
        unsafe_fixes: bool = False,
    ) -> None:
        super().__init__(out, color, today, unsafe_fixes=unsafe_fixes)
        if console is None and _styled(out, color):
            from jobparse.terminal import console as make_console

            console = make_console(out, color, width=None if out.isatty() else 100)
        self.console = console

    def _print(self, pieces: list[Piece], soft_wrap: bool = False) -> None:
        if self.console is None:
            self.out.write("".join(text for text, _ in pieces) + "\n")
            return
        from rich.text import Text

        # At a terminal long messages wrap to its width; elsewhere they stay one line for grep.
        self.console.print(Text.assemble(*pieces), soft_wrap=soft_wrap and not self.console.is_terminal)

    def write(self, report: FileResult) -> None:
        """One file's problems, each with its source line and a marker."""
        for pieces, wraps in report_lines(report, self.fixable):
            self._print(pieces, wraps)

    def close(self) -> None:
        """The summary line."""
        counts = self.tally.as_dict()
        line = (
            f"{counts['files']} file(s), {counts['adverts']} advert(s): {counts['errors']} error(s), "
            f"{counts['warnings']} warning(s), {counts['infos']} info"
        )
        if counts["unreadable"]:
            line += f"; {counts['unreadable']} file(s) could not be read"
        if counts["skipped"]:
            line += f"; {counts['skipped']} file(s) skipped (no advert)"
        if counts["fixed"]:
            line += f"; {counts['fixed']} fixed"
        self._print([(line, "bold")])
        fixable, hidden = counts["fixable"], counts["fixable_unsafe"]
        if fixable:
            more = f" ({hidden} more with --unsafe-fixes)" if hidden else ""
            self._print([(f"[*] {fixable} fixable with --fix{more}", "")])
        elif hidden:
            self._print([(f"{hidden} fixable with --fix --unsafe-fixes", "")])
