"""Salary missing or without figures.

Applicants look for the pay first. An advert with no salary at all is an error. A salary in
words only ("Competitive", "Negotiable") is normal for posts outside Agenda for Change (Very
Senior Managers, medical and dental grades, GP practices and other employers' own scales) and is
not reported for them; for an Agenda for Change post it is a warning, since the band's figures
are published and should be printed. Where nothing tells the pay scheme, it is info.

Options: none.

Examples:
  PASS  Salary: £31,049 to £37,796 a year
  PASS  Grade: Consultant; Salary: Negotiable
  FAIL  Band 6; Salary: Competitive (warning)
  FAIL  (no salary at all)
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext, start_span
from jobparse.rules._pay import scheme_of

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
        return
    if salary.minimum is not None or salary.maximum is not None:
        return
    scheme = scheme_of(advert)
    if scheme == "afc":
        band = advert.band.value if advert.band is not None else None
        yield Finding(
            salary.span,
            f"the salary {salary.raw!r} gives no figures for an Agenda for Change post",
            hint=f"print the Band {band} figures (jobparse payscales --band {band})"
            if band
            else "print the band's figures",
            severity=Severity.WARNING,
        )
    elif scheme is None:
        yield Finding(
            salary.span,
            f"the salary {salary.raw!r} gives no figures",
            hint="give the pay in pounds where the post has a published scale",
            severity=Severity.INFO,
        )
