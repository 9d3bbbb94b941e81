"""Salary missing or without figures.

Applicants look for the pay first. An advert needs a salary with figures in pounds; words such
as "Competitive" or "Negotiable" alone are reported, and so is an advert with no salary.

Options: none.

Examples:
  PASS  Salary: £31,049 to £37,796 a year
  FAIL  Salary: Competitive
  FAIL  (no salary at all)
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext, start_span

CODE = "JP102"
NAME = "salary-missing"
GROUP = "pay"
SEVERITY = Severity.ERROR


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    salary = advert.salary
    if salary is None:
        yield Finding(start_span(advert), "the advert has no salary", hint="add a Salary line such as £X to £Y a year")
    elif salary.minimum is None and salary.maximum is None:
        yield Finding(
            salary.span,
            f"the salary {salary.raw!r} gives no figures",
            hint="give the range in pounds, such as £X to £Y a year",
        )
