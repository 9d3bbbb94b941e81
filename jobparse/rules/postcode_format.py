"""Location without a valid postcode.

Job boards place adverts on a map by postcode. Each job location and the employer's address
should end in a valid UK postcode; a last line that looks like a postcode but is not one
("DA2 6CB": C is never used in the last two letters) is a warning, a location with no postcode
at all is info.

Options: none.

Examples:
  PASS  Job locations: Littlebrook Hospital / Bow Arrow Lane / Dartford / DA2 6PB
  FAIL  Job locations: Littlebrook Hospital / Bow Arrow Lane / Dartford / DA2 6CB
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.lazyregex import lazy_compile
from jobparse.model import Address, Advert
from jobparse.rules import NoOptions, RuleContext

CODE = "JP305"
NAME = "postcode-format"
GROUP = "completeness"
SEVERITY = Severity.WARNING

# Postcode-shaped: a letter-digit mix of 5 to 8 characters at the end of the last line.
_ATTEMPT = lazy_compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\s*$")


Options = NoOptions


def _addresses(advert: Advert) -> Iterator[tuple[str, Address]]:
    for location in advert.locations:
        yield "job location", location
    if advert.employer is not None and advert.employer.address is not None:
        yield "employer address", advert.employer.address


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    for what, address in _addresses(advert):
        if address.postcode is not None:
            continue
        last = address.lines[-1] if address.lines else ""
        attempt = _ATTEMPT.search(last)
        if attempt is not None:
            yield Finding(
                address.span,
                f"{attempt.group().strip()!r} in the {what} is not a valid UK postcode",
                hint="check the postcode",
            )
        else:
            yield Finding(
                address.span,
                f"the {what} has no postcode",
                hint="end the address with its postcode",
                severity=Severity.INFO,
            )
