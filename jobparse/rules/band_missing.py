"""Agenda for Change post with no band.

An advert on the Agenda for Change pay scheme must say which band the post is, so that
applicants (and this validator) can check the salary against the pay scale. Where the advert
names no pay scheme and no band but its salary is exactly one band's scale in the advert's nation
(HSC Recruit prints no band line), that band is named in a warning.

Options: none.

Examples:
  PASS  Pay scheme: Agenda for change / Band: Band 6
  FAIL  Pay scheme: Agenda for change (no Band line)
  FAIL  no band, Salary: £38,682 - £46,580 per annum (warning: that is Band 6)
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext
from jobparse.rules._pay import bands_paying, basis, scheme_of
from jobparse.values.bands import parse_pay_scheme

CODE = "JP103"
NAME = "band-missing"
GROUP = "pay"
SEVERITY = Severity.ERROR


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    if advert.band is not None:
        return
    scheme = advert.pay_scheme
    if scheme is not None and parse_pay_scheme(scheme.value) == "agenda-for-change":
        yield Finding(
            scheme.span,
            "the pay scheme is Agenda for Change but the advert gives no band",
            hint="add a Band line, such as Band 6",
        )
        return
    if scheme is not None or advert.salary is None or scheme_of(advert) not in (None, "afc"):
        return
    paying = {band for band, _ in bands_paying(advert, ctx)}
    if len(paying) == 1:
        (band,) = paying
        year = next(year for found, year in bands_paying(advert, ctx) if found == band)
        yield Finding(
            advert.salary.span,
            f"the advert gives no band, but its salary is Band {band} on {basis(advert, ctx).scale_name(year)}",
            hint=f"add the band (Band {band}) if that is the post's band",
            severity=Severity.WARNING,
        )
