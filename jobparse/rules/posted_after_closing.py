"""Date posted after the closing date.

An advert cannot close before it is posted. Dates are compared at the precision the advert
gives them.

Options: none.

Examples:
  PASS  Date posted 12 September 2025, closing date 28 September 2025
  FAIL  Date posted 30 September 2025, closing date 28 September 2025
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext, day_range

CODE = "JP201"
NAME = "posted-after-closing"
GROUP = "dates"
SEVERITY = Severity.ERROR


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    posted, closing = advert.date_posted, advert.closing_date
    if posted is None or closing is None or posted.value is None or closing.value is None:
        return
    if day_range(posted.value)[0] > day_range(closing.value)[1]:
        yield Finding(
            posted.span,
            f"the advert was posted on {posted.value}, after its closing date {closing.value}",
            hint="check both dates",
        )
