"""Band that does not exist.

Agenda for Change has Bands 1 to 9, with Band 8 split into 8a to 8d. A band outside those
("Band 10", "Band 8e") or a band line that names no band cannot be checked against the scale.

Options: none.

Examples:
  PASS  Band: Band 8a
  FAIL  Band: Band 10
  FAIL  Band: To be confirmed
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext

CODE = "JP104"
NAME = "band-unknown"
GROUP = "pay"
SEVERITY = Severity.ERROR


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    band = advert.band
    if band is not None and band.value is None:
        yield Finding(
            band.span,
            f"{band.raw!r} is not an Agenda for Change band or a grade jobparse knows",
            hint="use Band 1 to 9, or 8a to 8d",
        )
