"""What validation produces: severities, a rule's findings, and the problems users see."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from jobparse.model import Span


class Severity(enum.IntEnum):
    """How much a finding matters; `--fail-on` compares against these."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, text: str) -> Severity:
        """A severity from its name ("error", "warning", "info")."""
        return cls[text.upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule yields: where, what, and (when known) how to fix it; optionally its own severity."""

    span: Span
    message: str
    hint: str | None = None
    severity: Severity | None = None  # None: the rule's configured severity


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """A finding as users see it: stamped with file, advert, position, rule and severity."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    rule: str
    severity: Severity
    message: str
    hint: str | None
    advert: int  # index of the advert within its file

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (schemas/report.schema.json)."""
        return {
            "file": self.path,
            "advert": self.advert,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "rule": self.rule,
            "severity": str(self.severity),
            "message": self.message,
            "hint": self.hint,
        }
