"""Start date on or before the closing date.

A post cannot start before applications close. Dates are compared at the precision the advert
gives: a start date of "March 2026" is after a closing date of 28 September 2025, and is only
reported when the whole month is on or before the closing date.

Options: none.

Examples:
  PASS  closing date 28 September 2025, "the start date for this post will be March 2026"
  FAIL  closing date 30 April 2026, "the start date for this post will be March 2026"
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext, day_range

CODE = "JP202"
NAME = "start-after-closing"
GROUP = "dates"
SEVERITY = Severity.ERROR


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    start, closing = advert.start_date, advert.closing_date
    if start is None or closing is None or start.value is None or closing.value is None:
        return
    if day_range(start.value)[1] <= day_range(closing.value)[0]:
        yield Finding(
            start.span,
            f"the start date {start.value} is on or before the closing date {closing.value}",
            hint="move the start date after the closing date, or check the closing date",
        )
