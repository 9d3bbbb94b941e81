"""SARIF 2.1.0, the static-analysis results format code-scanning tools read."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any, TextIO

from jobparse import __version__
from jobparse.findings import Severity
from jobparse.reporters import FileReport
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


def document(reports: Sequence[FileReport]) -> dict[str, Any]:
    """The SARIF log as JSON-ready data."""
    index = {code: i for i, code in enumerate(all_rules())}
    results = []
    notifications = []
    for report in reports:
        uri = PurePath(report.path).as_posix()
        if report.error is not None:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{report.path}: {report.error}"},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                }
            )
        for p in report.problems:
            message = p.message + (f" ({p.hint})" if p.hint else "")
            results.append(
                {
                    "ruleId": p.code,
                    "ruleIndex": index[p.code],
                    "level": LEVEL[p.severity],
                    "message": {"text": message},
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
            )
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "jobparse",
                        "version": __version__,
                        "rules": _rule_descriptors(),
                    }
                },
                "invocations": [
                    {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
                ],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render(reports: Sequence[FileReport], out: TextIO) -> None:
    """Write the SARIF log."""
    json.dump(document(reports), out, ensure_ascii=False, indent=2)
    out.write("\n")
