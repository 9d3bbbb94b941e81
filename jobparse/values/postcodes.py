"""Find and normalise UK postcodes ("DA2 6PB", "da26pb" -> "DA2 6PB")."""

from __future__ import annotations

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.values import memo

# The shape of a UK postcode, following the format rules in the ONS/Royal Mail postcode
# guidance (outward code: area letters + district; inward code: sector digit + two unit
# letters that never use C, I, K, M, O or V); GIR 0AA is the one historical exception.
POSTCODE = lazy_compile(
    r"""
    (?<![A-Za-z0-9])
    (?P<outward>
        GIR(?=\s*0AA)
      | [A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?)
    )
    \s?
    (?P<inward>[0-9][ABD-HJLNP-UW-Z]{2})
    (?![A-Za-z0-9])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@memo
def find_postcode(text: str) -> tuple[str, int, int] | None:
    """The last postcode in a string, normalised, with its start and end; or None."""
    found = None
    for found in POSTCODE.finditer(text):  # noqa: B007 - the last one is the address's own
        pass
    if found is None:
        return None
    return f"{found['outward'].upper()} {found['inward'].upper()}", found.start(), found.end()


def normalise_postcode(text: str) -> str | None:
    """A postcode in its standard form, or None when the text is not exactly one postcode."""
    match = POSTCODE.fullmatch(text.strip())
    if match is None:
        return None
    return f"{match['outward'].upper()} {match['inward'].upper()}"


# The outward half of a postcode alone ("EX2", "E1", "SW1A"): what some records give as a postcode.
OUTWARD = lazy_compile(r"[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?)", regex.IGNORECASE)


def outward_code(text: str) -> str | None:
    """A text that is exactly an outward code, upper-cased; else None."""
    stripped = text.strip()
    return stripped.upper() if OUTWARD.fullmatch(stripped) else None
