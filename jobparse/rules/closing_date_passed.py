"""Closing date already passed.

A draft whose closing date is before today (or `--today`) would be published closed.

Options: none (set the date with `--today` or the `today` setting).

Examples:
  PASS  today 1 September 2025, closing date 28 September 2025
  FAIL  today 1 October 2025, closing date 28 September 2025
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext, day_range

CODE = "JP203"
NAME = "closing-date-passed"
GROUP = "dates"
SEVERITY = Severity.WARNING


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    closing = advert.closing_date
    if closing is None or closing.value is None:
        return
    if day_range(closing.value)[1] < ctx.today:
        yield Finding(
            closing.span,
            f"the closing date {closing.value} has passed (today is {ctx.today})",
            hint="set a future closing date",
        )
