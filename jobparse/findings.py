"""What validation produces: severities, a rule's findings, and the problems users see."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
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
class Edit:
    """Replace a span of the normalised text with new text (an empty span inserts, an empty replacement deletes)."""

    span: Span
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """How to fix a finding: edits applied together or not at all, and whether the fix is safe
    (right wherever it applies) or unsafe (right in most contexts: applied only with --unsafe-fixes)."""

    edits: tuple[Edit, ...]
    safe: bool


def replacement(text: str, span: Span, new: str, safe: bool) -> Fix:
    """A one-edit fix that writes `new` over `span` of `text`, narrowed to the characters that change
    ("a year per annum" -> "a year" deletes " per annum"), so that what is around them is kept as it was."""
    old = text[span.start : span.end]
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    edit = Edit(Span(span.start + prefix, span.end - suffix), new[prefix : len(new) - suffix])
    return Fix((edit,), safe)


def matching_case(word: str, model: str) -> str:
    """`word` in the case `model` is written in: "CARERS" for "CAREERS", "Carers" for "Careers"."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule yields: where, what, and (when known) how to fix it; optionally its own severity."""

    span: Span
    message: str
    hint: str | None = None
    severity: Severity | None = None  # None: the rule's configured severity
    fix: Fix | None = None  # the edits that make the finding go away, when they follow from the text


@dataclass(frozen=True, slots=True)
class PlacedEdit:
    """An edit as reports give it: offsets in the normalised text, its line and column there, and the new text."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    replacement: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (schemas/report.schema.json)."""
        return {
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "replacement": self.replacement,
        }


@dataclass(frozen=True, slots=True)
class ProblemFix:
    """A problem's fix as reports give it: whether it is safe, and its edits placed."""

    safe: bool
    edits: tuple[PlacedEdit, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (schemas/report.schema.json)."""
        return {"safe": self.safe, "edits": [edit.to_dict() for edit in self.edits]}

    def applies(self, unsafe: bool) -> bool:
        """Whether --fix applies it (an unsafe fix only with --unsafe-fixes)."""
        return self.safe or unsafe


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
    fix: ProblemFix | None = field(default=None, compare=False)

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
            "fix": None if self.fix is None else self.fix.to_dict(),
        }
