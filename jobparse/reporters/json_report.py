"""JSON report (schemas/report.schema.json): every file's problems, then a summary; streamed."""

from __future__ import annotations

from typing import Any, TextIO

import orjson

from jobparse import __version__
from jobparse.reporters import FileReport, Reporter


def file_entry(report: FileReport) -> dict[str, Any]:
    """One file's part of the report."""
    return {
        "file": report.path,
        "adverts": report.adverts,
        "error": report.error,
        "problems": [problem.to_dict() for problem in report.problems],
    }


def _indented(data: Any) -> str:
    # orjson: json.dumps with indent was a tenth of a validate run's time on large corpora.
    return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode()


class JsonReporter(Reporter):
    """Writes the document file by file (never through rich: it would wrap the text)."""

    def __init__(self, out: TextIO, color: str = "auto") -> None:
        super().__init__(out, color)
        out.write(f'{{\n  "jobparse": {orjson.dumps(__version__).decode()},\n  "files": [')

    def write(self, report: FileReport) -> None:
        """Add one file's entry."""
        entry = _indented(file_entry(report)).replace("\n", "\n    ")
        self.out.write(("\n    " if self.tally.files == 1 else ",\n    ") + entry)

    def close(self) -> None:
        """Close the files list and add the summary."""
        summary = _indented(self.tally.as_dict()).replace("\n", "\n  ")
        self.out.write(("\n  " if self.tally.files else "") + f'],\n  "summary": {summary}\n}}\n')
