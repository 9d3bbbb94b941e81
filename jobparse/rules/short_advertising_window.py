"""Very short advertising window.

Adverts open for only a few days reach few applicants and may breach local recruitment policy.
Reported when the closing date is fewer than `min-days` days after the date posted.

Options:
  min-days: the shortest window that is not reported (default 7)

Examples:
  PASS  posted 12 September 2025, closing 28 September 2025 (16 days)
  FAIL  posted 25 September 2025, closing 28 September 2025 (3 days)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import RuleContext, day_range

CODE = "JP204"
NAME = "short-advertising-window"
GROUP = "dates"
SEVERITY = Severity.WARNING


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of this rule."""

    min_days: int = 7


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    posted, closing = advert.date_posted, advert.closing_date
    if posted is None or closing is None or posted.value is None or closing.value is None:
        return
    if posted.precision != "day" or closing.precision != "day":
        return
    days = (day_range(closing.value)[0] - day_range(posted.value)[0]).days
    if 0 <= days < options.min_days:
        yield Finding(
            closing.span,
            f"the advert is open for only {days} day{'s' if days != 1 else ''} (posted {posted.value}, closing {closing.value})",
            hint=f"keep it open for at least {options.min_days} days",
        )
