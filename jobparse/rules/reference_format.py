"""Reference number in an odd format.

References are matched by job boards and applicant systems: letters, digits and the separators
- / . _ & * only, no spaces, 3 to 40 characters ("380-AC0746", "334-CLI-7180321").

Options:
  pattern: a regular expression the whole reference must match (default: the rule above)

Examples:
  PASS  Reference number: 380-AC0746
  FAIL  Reference number: 380 AC 0746 (draft)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import RuleContext

CODE = "JP304"
NAME = "reference-format"
GROUP = "completeness"
SEVERITY = Severity.WARNING


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of this rule."""

    pattern: str = r"[A-Za-z0-9][A-Za-z0-9\-/._&*]{2,39}"

    def __post_init__(self) -> None:
        try:
            regex.compile(self.pattern)
        except regex.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from None


@lru_cache(maxsize=16)
def _compiled(pattern: str) -> regex.Pattern[str]:
    # Compiled once: regex.fullmatch(pattern, ...) looks the pattern up in regex's own cache on
    # every call, which cost more than the match.
    return regex.compile(pattern)


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    reference = advert.reference
    if reference is not None and _compiled(options.pattern).fullmatch(reference.value, timeout=1) is None:
        yield Finding(
            reference.span,
            f"the reference {reference.value!r} is not in the expected format",
            hint="use letters, digits and - / . _ & * only, without spaces",
        )
