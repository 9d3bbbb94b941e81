"""Reference number in an odd format.

References are matched by job boards and applicant systems: letters, digits and the separators
- / . _ & * only, no spaces, 3 to 40 characters, starting with a letter or digit and ending with
one (or Trac's closing *), with no two separators together ("380-AC0746", "334-CLI-7180321",
"456-XYZ-1234567*"). The message says what is odd.

Options:
  pattern: a regular expression the whole reference must match (default: the rule above)

Examples:
  PASS  Reference number: 380-AC0746
  FAIL  Reference number: 380 AC 0746 (draft)
  FAIL  Reference number: 380-AC0746- (a separator at the end)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from jobparse.errors import ConfigError
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

    pattern: str = r"(?=.{3,40}$)[A-Za-z0-9](?:[A-Za-z0-9]|[\-/._&](?![\-/._&*]))*[A-Za-z0-9*]"

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
    if reference is None:
        return
    try:
        matched = _compiled(options.pattern).fullmatch(reference.value, timeout=1)
    except TimeoutError:
        # A pattern that backtracks without end ("(a|aa)+$") is the configuration's fault, not
        # the advert's or jobparse's: it stops the run as a settings error (exit 2).
        raise ConfigError(
            f"rules.reference-format.pattern: {options.pattern!r} took more than a second on the "
            f"reference {reference.value!r}; write a pattern that does not backtrack"
        ) from None
    if matched is None:
        yield Finding(
            reference.span,
            f"the reference {reference.value!r} is not in the expected format ({_oddity(reference.value)})",
            hint="use letters, digits and - / . _ & * only, without spaces",
        )


def _oddity(reference: str) -> str:
    """What makes a reference odd, in words."""
    if any(ch.isspace() for ch in reference):
        return "it has a space"
    if not 3 <= len(reference) <= 40:
        return f"it has {len(reference)} characters"
    if not reference[0].isalnum():
        return f"it starts with {reference[0]!r}"
    if not (reference[-1].isalnum() or reference[-1] == "*"):
        return f"it ends with {reference[-1]!r}"
    other = next((ch for ch in reference if not ch.isalnum() and ch not in "-/._&*"), None)
    if other is not None:
        return f"it has {other!r}"
    return "two separators together"
