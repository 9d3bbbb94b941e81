"""Reporters for `jobparse validate`: one module per format, each writing file by file as results arrive."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    import datetime as dt

    from jobparse.batch import FileResult
    from jobparse.reporters.base import Reporter

# Format name -> "module:class": the one list of validate's formats (the command line's choices
# come from it). Imported only when chosen, as extract's writers are.
REPORTERS: dict[str, str] = {
    "text": "text:TextReporter",
    "json": "json_report:JsonReporter",
    "github": "github:GithubReporter",
    "sarif": "sarif:SarifReporter",
    "concise": "concise:ConciseReporter",
}
FORMATS = tuple(REPORTERS)


def reporter(name: str) -> type[Reporter]:
    """The reporter class for a format name (KeyError for an unknown one)."""
    module, _, cls = REPORTERS[name].partition(":")
    found: type[Reporter] = getattr(importlib.import_module(f"jobparse.reporters.{module}"), cls)
    return found


def reporters() -> dict[str, type[Reporter]]:
    """Every reporter by format name (imports them all)."""
    return {name: reporter(name) for name in REPORTERS}


def render(
    name: str, reports: Iterable[FileResult], out: TextIO, today: dt.date | None = None, *, unsafe_fixes: bool = False
) -> None:
    """Write a whole list of results in one format (for tests and library callers); `today` is the
    day dates were judged against (default: the real date); `unsafe_fixes` marks unsafe fixes fixable."""
    chosen = reporter(name)(out, today=today, unsafe_fixes=unsafe_fixes)
    for report in reports:
        chosen.file(report)
    chosen.close()


__all__ = ["FORMATS", "REPORTERS", "render", "reporter", "reporters"]
