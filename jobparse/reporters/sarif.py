"""SARIF 2.1.0, the static-analysis results format code-scanning tools read; streamed by result."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any, TextIO

from jobparse import __version__
from jobparse.findings import Severity
from jobparse.reporters import FileReport, Reporter
from jobparse.rules import all_rules

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


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
                "defaultConfiguration": {"level": LEVEL[rule.SEVERITY]},
                "properties": {"group": rule.GROUP},
            }
        )
    return descriptors


class SarifReporter(Reporter):
    """Writes the log's header and rules, each result as it comes, then the invocation."""

    def __init__(self, out: TextIO, color: str = "auto") -> None:
        super().__init__(out, color)
        self.index = {code: i for i, code in enumerate(all_rules())}
        self.notifications: list[dict[str, Any]] = []  # one per unreadable file: few
        self.results = 0
        driver = {"name": "jobparse", "version": __version__, "rules": _rule_descriptors()}
        head = json.dumps({"tool": {"driver": driver}}, ensure_ascii=False, indent=2)[:-2]  # leave the object open
        out.write(
            f'{{\n"$schema": "{SCHEMA}",\n"version": "2.1.0",\n"runs": [\n{head},\n"columnKind": "unicodeCodePoints",\n"results": ['
        )

    def write(self, report: FileReport) -> None:
        """Each of one file's problems as a result."""
        uri = PurePath(report.path).as_posix()
        if report.error is not None:
            self.notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{report.path}: {report.error}"},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
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
                            "artifactLocation": {"uri": uri},
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
            self.out.write(("\n" if self.results == 0 else ",\n") + json.dumps(result, ensure_ascii=False))
            self.results += 1

    def close(self) -> None:
        """Close the results and write the invocation."""
        invocation = {"executionSuccessful": not self.notifications, "toolExecutionNotifications": self.notifications}
        self.out.write(f'\n],\n"invocations": [{json.dumps(invocation, ensure_ascii=False)}]\n}}\n]\n}}\n')
