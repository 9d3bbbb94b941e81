"""What `jobparse rules` shows of each rule: a line for people, or data for `--format json`."""

from __future__ import annotations

import dataclasses
from typing import Any

from jobparse.rules import OPTIONAL_GROUPS, Rule


def summary(rule: Rule) -> str:
    """The first line of a rule's documentation."""
    return (rule.__doc__ or "").strip().splitlines()[0]


def rule_line(code: str, rule: Rule) -> str:
    """A rule as one line of the listing: code, name, default severity, group and summary."""
    return f"{code}  {rule.NAME:<26} {rule.SEVERITY!s:<8} {rule.GROUP:<13} {summary(rule)}"


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def rule_data(code: str, rule: Rule) -> dict[str, Any]:
    """A rule as JSON-ready data: what the listing and the explanation show, and its options' defaults."""
    options = {
        field.name.replace("_", "-"): _plain(field.default)
        for field in dataclasses.fields(rule.Options)
        if field.default is not dataclasses.MISSING
    }
    return {
        "code": code,
        "name": rule.NAME,
        "group": rule.GROUP,
        "severity": str(rule.SEVERITY),
        "default": rule.GROUP not in OPTIONAL_GROUPS,  # runs unless a configuration leaves it out
        "summary": summary(rule),
        "documentation": (rule.__doc__ or "").strip(),
        "options": options,
    }


__all__ = ["rule_data", "rule_line", "summary"]
