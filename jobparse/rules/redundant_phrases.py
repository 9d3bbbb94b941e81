"""Redundant phrases.

Phrases that say the same thing twice, such as "a year per annum" in a salary line or "past
experience". The list is in jobparse/data/words.yaml.

Options: none.

Examples:
  PASS  Salary: £40,617 to £48,778 a year
  FAIL  Salary: £40,617 to £48,778 a year per annum
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert, Span
from jobparse.rules import NoOptions, RuleContext, list_matches
from jobparse.wordlists import word_lists

CODE = "JP402"
NAME = "redundant-phrases"
GROUP = "text"
SEVERITY = Severity.WARNING


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    for entry, match in list_matches(advert, ctx, word_lists().redundant):
        yield Finding(
            Span(match.start(), match.end()),
            f"{match.group()!r} says the same thing twice",
            hint=f"write {entry.fix!r}",
        )
