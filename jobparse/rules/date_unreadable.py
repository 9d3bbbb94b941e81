"""Date that cannot be read.

The closing date, date posted and start date must be real dates ("28 September 2025",
"28/09/2025", "March 2026"). A date that does not exist (31 February) or text with no date in
it is reported.

Options: none.

Examples:
  PASS  Date posted: 12 September 2025
  FAIL  Date posted: 31 February 2026
  FAIL  Date posted: TBC
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext

CODE = "JP205"
NAME = "date-unreadable"
GROUP = "dates"
SEVERITY = Severity.ERROR


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    for label, field in (
        ("closing date", advert.closing_date),
        ("date posted", advert.date_posted),
        ("start date", advert.start_date),
    ):
        if field is not None and field.value is None:
            yield Finding(
                field.span,
                f"the {label} {field.raw!r} is not a date jobparse can read",
                hint="write it as 28 September 2025",
            )
