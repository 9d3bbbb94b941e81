"""SARIF 2.1.0, the static-analysis results format code-scanning tools read; streamed by result."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path, PurePath
from typing import Any, TextIO
from urllib.parse import quote

from jobparse import __version__
from jobparse.batch import FileResult
from jobparse.findings import ProblemFix, Severity
from jobparse.inputs import STDIN_NAME
from jobparse.reporters.base import Reporter
from jobparse.rules import all_rules

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
# Where each rule's documentation lives: the same site as the published schemas' $id.
RULE_DOCS = "https://jobparse.dev/rules/"


def root_uri(directory: str) -> str:
    """The file URI of a directory, ending in "/" as SARIF requires of a base URI."""
    uri = Path(directory).as_uri()
    return uri if uri.endswith("/") else uri + "/"


def artifact_location(path: str, root: str) -> dict[str, Any]:
    """Where an input is: a percent-encoded URI relative to %SRCROOT% (`root`), or an absolute file URI outside it."""
    if path == STDIN_NAME:
        return {"description": {"text": "standard input"}}
    full = os.path.abspath(path)
    try:
        relative = os.path.relpath(full, root)
    except ValueError:  # another drive (Windows): no relative path exists
        relative = os.pardir
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return {"uri": Path(full).as_uri()}  # as_uri percent-encodes like quote(safe="/")
    # Unencoded, "#" would end the path, "%" start an escape, and spaces or "é" make no URI at all.
    return {"uri": quote(PurePath(relative).as_posix(), safe="/"), "uriBaseId": SRCROOT}


def sarif_fix(fix: ProblemFix, where: dict[str, Any], hint: str | None) -> dict[str, Any]:
    """A problem's fix as a SARIF fix: its edits as replacements in the input (regions in the same
    lines and code-point columns as the results'); an unsafe one says so."""
    replacements = [
        {
            "deletedRegion": {
                "startLine": edit.line,
                "startColumn": edit.column,
                "endLine": edit.end_line,
                "endColumn": edit.end_column,
            },
            "insertedContent": {"text": edit.replacement},
        }
        for edit in fix.edits
    ]
    what = hint or "apply the fix"
    description = what if fix.safe else f"{what} (unsafe: right in most contexts, check this one)"
    return {
        "description": {"text": description},
        "artifactChanges": [{"artifactLocation": where, "replacements": replacements}],
        "properties": {"safe": fix.safe},
    }


def _rule_descriptors() -> list[dict[str, Any]]:
    descriptors = []
    for code, rule in all_rules().items():
        doc = (rule.__doc__ or "").strip()
        descriptors.append(
            {
                "id": code,
                "name": rule.NAME,
                "shortDescription": {"text": doc.splitlines()[0] if doc else rule.NAME},
                "fullDescription": {"text": doc},
                "helpUri": RULE_DOCS + code,
                "defaultConfiguration": {"level": LEVEL[rule.SEVERITY]},
                "properties": {"group": rule.GROUP},
            }
        )
    return descriptors


class SarifReporter(Reporter):
    """Writes the log's header and rules, each result as it comes, then the invocation."""

    def __init__(
        self, out: TextIO, color: str = "auto", today: dt.date | None = None, *, unsafe_fixes: bool = False
    ) -> None:
        super().__init__(out, color, today, unsafe_fixes=unsafe_fixes)
        self.index = {code: i for i, code in enumerate(all_rules())}
        self.notifications: list[dict[str, Any]] = []  # one per unreadable file: few
        self.results = 0
        self.root = os.getcwd()  # %SRCROOT%: relative inputs are relative to it
        driver = {"name": "jobparse", "version": __version__, "rules": _rule_descriptors()}
        head = json.dumps({"tool": {"driver": driver}}, ensure_ascii=False, indent=2)[:-2]  # leave the object open
        bases = json.dumps({SRCROOT: {"uri": root_uri(self.root)}}, ensure_ascii=False)
        out.write(
            f'{{\n"$schema": "{SCHEMA}",\n"version": "2.1.0",\n"runs": [\n{head},\n"columnKind": "unicodeCodePoints",'
            f'\n"originalUriBaseIds": {bases},\n"results": ['
        )

    def write(self, report: FileResult) -> None:
        """Each of one file's problems as a result."""
        where = artifact_location(report.path, self.root)
        if report.error is not None:
            self.notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{report.path}: {report.error}"},
                    "locations": [{"physicalLocation": {"artifactLocation": where}}],
                }
            )
        for p in report.problems:
            result = {
                "ruleId": p.code,
                "ruleIndex": self.index[p.code],
                "level": LEVEL[p.severity],
                "message": {"text": p.message + (f" ({p.hint})" if p.hint else "")},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": where,
                            "region": {
                                "startLine": p.line,
                                "startColumn": p.column,
                                "endLine": p.end_line,
                                "endColumn": max(p.end_column, p.column),
                            },
                        }
                    }
                ],
                "properties": {"rule": p.rule, "advert": p.advert},
            }
            if p.fix is not None:
                result["fixes"] = [sarif_fix(p.fix, where, p.hint)]
            self.out.write(("\n" if self.results == 0 else ",\n") + json.dumps(result, ensure_ascii=False))
            self.results += 1

    def close(self) -> None:
        """Close the results and write the invocation."""
        invocation = {"executionSuccessful": not self.notifications, "toolExecutionNotifications": self.notifications}
        self.out.write(f'\n],\n"invocations": [{json.dumps(invocation, ensure_ascii=False)}]\n}}\n]\n}}\n')
