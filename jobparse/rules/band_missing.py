"""Agenda for Change post with no band.

An advert on the Agenda for Change pay scheme must say which band the post is, so that
applicants (and this validator) can check the salary against the pay scale.

Options: none.

Examples:
  PASS  Pay scheme: Agenda for change / Band: Band 6
  FAIL  Pay scheme: Agenda for change (no Band line)
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext
from jobparse.values.bands import parse_pay_scheme

CODE = "JP103"
NAME = "band-missing"
GROUP = "pay"
SEVERITY = Severity.ERROR


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    scheme = advert.pay_scheme
    if scheme is None or parse_pay_scheme(scheme.value) != "agenda-for-change":
        return
    if advert.band is None:
        yield Finding(
            scheme.span,
            "the pay scheme is Agenda for Change but the advert gives no band",
            hint="add a Band line, such as Band 6",
        )
