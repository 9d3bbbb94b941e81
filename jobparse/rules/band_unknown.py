"""Band that does not exist.

Agenda for Change has Bands 1 to 9, with Band 8 split into 8a to 8d. A band outside those
("Band 10", "Band 8e") cannot be right and is an error. A band line that names no band or grade
jobparse knows ("To be confirmed") is a warning; one that says the post has none ("None", "N/A",
"Not applicable", as NHS Jobs prints for posts outside Agenda for Change) is fine.

Options: none.

Examples:
  PASS  Band: Band 8a
  PASS  Pay Scheme: Other / Pay Band: None
  FAIL  Band: Band 10
  FAIL  Band: To be confirmed (warning)
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext

CODE = "JP104"
NAME = "band-unknown"
GROUP = "pay"
SEVERITY = Severity.ERROR


Options = NoOptions

BAND_SHAPED = regex.compile(r"\s*(?:afc\s*)?band\s*\d", regex.I)
NO_BAND = regex.compile(r"(?:none|n/?a|nil|not applicable|no band|non[\s-]?afc|other|-)\W*", regex.I)


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    band = advert.band
    if band is None or band.value is not None or NO_BAND.fullmatch(band.raw.strip()):
        return
    if band.scheme == "afc" or BAND_SHAPED.match(band.raw):  # "Band 10", "Band 8e"
        yield Finding(band.span, f"{band.raw!r} is not an Agenda for Change band", hint="use Band 1 to 9, or 8a to 8d")
    else:
        yield Finding(
            band.span,
            f"{band.raw!r} names no band or grade jobparse knows",
            hint="name the band (Band 1 to 9, or 8a to 8d) or the grade",
            severity=Severity.WARNING,
        )
