"""Gender-coded wording.

Words that research finds discourage some applicants (masculine-coded words such as
"aggressive" or "dominant"), gendered job titles ("chairman", "manpower") and pronouns ("he or
she") are reported as info with a neutral alternative. NHS job titles such as Ward Sister,
Midwife and Matron are allowed. Lists and sources: jobparse/data/words.yaml.

Options:
  allow: more phrases to allow (default: none)

Examples:
  PASS  Ward Sister - Elderly Care
  FAIL  The successful candidate will report to the chairman.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from jobparse.findings import Finding, Severity
from jobparse.model import Advert, Span
from jobparse.rules import RuleContext, list_matches
from jobparse.wordlists import word_lists

CODE = "JP405"
NAME = "gendered-wording"
GROUP = "text"
SEVERITY = Severity.INFO
# No allowed phrase is longer than this, so the search for one holding a match stops there.
_LONGEST_ALLOWED = 200


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of this rule."""

    allow: tuple[str, ...] = ()


@functools.cache
def _allowed_pattern(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    """All allowed phrases as one pattern (spacing inside a phrase may vary)."""
    alternatives = (r"\s*".join(regex.escape(part) for part in phrase.split()) for phrase in phrases)
    return regex.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", regex.IGNORECASE)


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the sorted spans (binary search, not a scan)."""
    i = bisect.bisect_right(starts, start) - 1
    while i >= 0 and spans[i][0] <= start:
        if end <= spans[i][1]:
            return True
        if start - spans[i][0] > _LONGEST_ALLOWED:
            break
        i -= 1
    return False


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    lists = word_lists()
    text = advert.text
    found = list(list_matches(advert, ctx, lists.gendered))
    if not found:
        return
    # Allowed phrases ("Ward Sister") are looked for only on the lines each match stands on.
    pattern = _allowed_pattern((*lists.gendered_allowed, *options.allow))
    for entry, match in found:
        line_start = text.rfind("\n", advert.span.start, match.start()) + 1 or advert.span.start
        line_end = text.find("\n", match.end(), advert.span.end)
        allowed = [
            (m.start(), m.end())
            for m in pattern.finditer(text, line_start, line_end if line_end != -1 else advert.span.end)
        ]
        if _inside(allowed, [a for a, _ in allowed], match.start(), match.end()):
            continue
        yield Finding(
            Span(match.start(), match.end()),
            f"{match.group()!r} is gender-coded wording",
            hint=f"consider {entry.fix!r}",
        )
