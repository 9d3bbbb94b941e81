"""Date that cannot be read.

The closing date, date posted and start date must be real dates ("28 September 2025",
"28/09/2025", "March 2026"). A day that does not exist ("31 September 2025", "29 February
2025") is an error, and the message names it; text with no date in it ("TBC", "See advert") and
a day and month with no year ("25th July") are warnings: the advert may say the date elsewhere,
but applicants and job boards read this field. The hint never guesses the date that was meant.

Options: none.

Examples:
  PASS  Date posted: 12 September 2025
  FAIL  Date posted: 31 February 2026 ("31 February 2026: February has 28 days")
  FAIL  Closing date: 25th July (warning: no year)
  FAIL  Date posted: TBC (warning)
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext
from jobparse.values.dates import why_unreadable

CODE = "JP205"
NAME = "date-unreadable"
GROUP = "dates"
SEVERITY = Severity.ERROR


Options = NoOptions

HINTS = {
    "impossible": "check the day and month: this date does not exist",
    "no-year": "add the year",
    "no-date": "give the date as a day, month and year",
}


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    for label, field in (
        ("closing date", advert.closing_date),
        ("date posted", advert.date_posted),
        ("start date", advert.start_date),
    ):
        if field is None or field.value is not None:
            continue
        kind, why = why_unreadable(field.raw)
        if kind == "impossible":
            message = f"the {label} does not exist ({why})"
        else:
            message = f"the {label} {field.raw!r} is not a date: {why}"
        yield Finding(
            field.span, message, hint=HINTS[kind], severity=None if kind == "impossible" else Severity.WARNING
        )
