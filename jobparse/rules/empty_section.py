"""Section with a heading and nothing under it.

A heading with no text usually means pasted content went missing. The employer contact heading
has its own rule (contact-missing).

Options: none.

Examples:
  PASS  About us / We provide community services across the county.
  FAIL  About us / (next heading straight away)
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext

CODE = "JP302"
NAME = "empty-section"
GROUP = "completeness"
SEVERITY = Severity.WARNING

# Headings that open a group of sub-headed sections on NHS Jobs pages, empty by design.
_GROUP_HEADINGS = frozenset({"job-description", "employer-contact"})


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    for section in advert.sections:
        if section.heading is None or section.id in _GROUP_HEADINGS:
            continue
        if not section.text.strip():
            yield Finding(
                section.span, f"the section {section.heading!r} is empty", hint="add its text or remove the heading"
            )
