"""Location without a valid postcode.

Job boards place adverts on a map by postcode. Each job location and the employer's address
should end in a valid UK postcode; a last line that looks like a postcode but is not one
("DA2 6CB": C is never used in the last two letters) or is cut short ("LU6 3S", "LU6 3": the
part after the space is a digit and two letters) is a warning, a location with no postcode at
all is info. An outward code on its own ("LU6") is a district, not a mistake.

Options: none.

Examples:
  PASS  Job locations: Littlebrook Hospital / Bow Arrow Lane / Dartford / DA2 6PB
  FAIL  Job locations: Littlebrook Hospital / Bow Arrow Lane / Dartford / DA2 6CB
  FAIL  Location: Dunstable, LU6 3S
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from jobparse.findings import Finding, Severity
from jobparse.lazyregex import lazy_compile
from jobparse.model import Address, Advert, Span
from jobparse.rules import NoOptions, RuleContext

CODE = "JP305"
NAME = "postcode-format"
GROUP = "completeness"
SEVERITY = Severity.WARNING

# Postcode-shaped: a letter-digit mix of 5 to 8 characters at the end of the last line.
_ATTEMPT = lazy_compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\s*$")
# Cut short: an outward code, a space, then a digit and at most one letter (capitals, as postcodes
# are printed, so that "Ward 3" or "Level 2" is not read as one).
_PARTIAL = lazy_compile(r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]?\s*$")
# The same at the end of an address written on one line anywhere in the text ("Base: Kenton
# Lane Health Centre, Harrow, HA1 3"): after a comma, at the end of the line.
_PARTIAL_IN_TEXT = lazy_compile(r"(?<=,[ \t]*)[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]?(?=[ \t]*$)", regex.MULTILINE)


Options = NoOptions


def _addresses(advert: Advert) -> Iterator[tuple[str, Address]]:
    for location in advert.locations:
        yield "job location", location
    if advert.employer is not None and advert.employer.address is not None:
        yield "employer address", advert.employer.address


def _at(advert: Advert, address: Address, written: str) -> Span:
    """Where a postcode-like text stands in an address (the address itself if not found)."""
    at = advert.text.rfind(written, address.span.start, address.span.end)
    return Span(at, at + len(written)) if at != -1 else address.span


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    reported: set[int] = set()
    for what, address in _addresses(advert):
        if address.postcode is not None:
            continue
        last = address.lines[-1] if address.lines else ""
        attempt = _ATTEMPT.search(last)
        partial = _PARTIAL.search(last) if attempt is None else None
        if partial is not None:
            span = _at(advert, address, partial.group().strip())
            reported.add(span.start)
            yield Finding(
                span,
                f"{partial.group().strip()!r} in the {what} is an incomplete postcode",
                hint=_PARTIAL_HINT,
            )
        elif attempt is not None:
            yield Finding(
                _at(advert, address, attempt.group().strip()),
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
    if "," not in advert.text[advert.span.start : advert.span.end]:
        return
    for match in _PARTIAL_IN_TEXT.finditer(advert.text, advert.span.start, advert.span.end):
        if match.start() not in reported:
            yield Finding(
                Span(match.start(), match.end()),
                f"{match.group()!r} is an incomplete postcode",
                hint=_PARTIAL_HINT,
            )


_PARTIAL_HINT = "give the whole postcode: the part after the space is a digit and two letters"
