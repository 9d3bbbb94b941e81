"""Consoles for people: colour as asked (--color, NO_COLOR), and a progress bar only where it helps."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console

# A progress bar for fewer files than this would flash past.
PROGRESS_FROM = 10


def console(out: TextIO, color: str = "auto", width: int | None = None) -> Console:
    """A rich Console on `out`: auto follows the terminal and NO_COLOR; always and never force it."""
    from rich.console import Console

    if color == "always":
        # Asked for on the command line, so it wins over a NO_COLOR in the environment.
        return Console(file=out, force_terminal=True, no_color=False, width=width, highlight=False)
    if color == "never":
        return Console(file=out, no_color=True, color_system=None, width=width, highlight=False)
    return Console(file=out, width=width, highlight=False)


def wants_progress(total: int, stream: TextIO, environ: Mapping[str, str], quiet: bool) -> bool:
    """Show a progress bar: many files, stderr a terminal, not quiet, not in a CI log."""
    return total >= PROGRESS_FROM and not quiet and stream.isatty() and not environ.get("CI")


@contextlib.contextmanager
def progress(total: int, label: str, enabled: bool) -> Iterator[Callable[[], None]]:
    """A context giving `advance()`; draws a bar on stderr when enabled, else does nothing."""
    if not enabled:
        yield lambda: None
        return
    import sys

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console(sys.stderr),
        transient=True,
    )
    with bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


def github_actions(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether jobparse runs inside a GitHub Actions job."""
    return environ.get("GITHUB_ACTIONS") == "true"
