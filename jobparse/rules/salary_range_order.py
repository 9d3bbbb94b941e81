"""Salary minimum above maximum.

A salary range runs from the lower figure to the higher one. A range written the other way
round is usually a typing slip that leaves applicants unsure what the post pays.

Options: none.

Examples:
  PASS  Salary: £31,049 to £37,796 a year
  FAIL  Salary: £37,796 to £31,049 a year
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.payscales import money
from jobparse.rules import NoOptions, RuleContext

CODE = "JP101"
NAME = "salary-range-order"
GROUP = "pay"
SEVERITY = Severity.ERROR


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    salary = advert.salary
    if salary is None or salary.minimum is None or salary.maximum is None or salary.malformed:
        return  # a malformed figure is salary-figure-malformed's to report
    if salary.minimum > salary.maximum:
        yield Finding(
            salary.span,
            f"the salary minimum {money(salary.minimum)} is above the maximum {money(salary.maximum)}",
            hint=f"write it as {money(salary.maximum)} to {money(salary.minimum)}",
        )
