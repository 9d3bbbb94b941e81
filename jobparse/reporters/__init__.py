"""Reporters for `jobparse validate`: one module per format, chosen by name from REPORTERS."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from jobparse.findings import Problem


@dataclass(frozen=True, slots=True)
class FileReport:
    """One input's outcome: its adverts' problems, or the error that stopped it."""

    path: str
    adverts: int = 0
    problems: tuple[Problem, ...] = ()
    error: str | None = None
    lines: tuple[str, ...] = field(default=(), repr=False)  # the source lines, for showing context
    internal: bool = False  # the error is a bug in jobparse
    detail: str | None = field(default=None, repr=False)  # its traceback, for --debug


Render = Callable[[Sequence[FileReport], TextIO], None]


def reporters() -> dict[str, Render]:
    """Every reporter by format name (imported on use, so start-up stays light)."""
    from jobparse.reporters import github, json_report, sarif, text

    return {"text": text.render, "json": json_report.render, "github": github.render, "sarif": sarif.render}


FORMATS = ("text", "json", "github", "sarif")
