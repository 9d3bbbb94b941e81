"""Missing what Google recommends for a JobPosting.

Google's job search also uses validThrough (the closing date), employmentType (from the contract
and working pattern), baseSalary (figures with a period) and identifier (the reference number);
adverts without them rank and filter less well. Optional: run it with `--select jobposting`.

Options: none.

Examples:
  PASS  Salary: £31,049 to £37,796 a year; Contract: Permanent; Reference number: 412-RGH-5521
  FAIL  Salary: Competitive  (no baseSalary)
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext, start_span
from jobparse.rules._jobposting import missing_from

CODE = "JP502"
NAME = "jobposting-recommended"
GROUP = "jobposting"
SEVERITY = Severity.INFO


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    _, recommended = missing_from(advert, ctx)
    if recommended:
        yield Finding(
            start_span(advert),
            f"the JobPosting export lacks recommended {', '.join(recommended)}",
            hint="add them to reach more applicants in job search",
        )
