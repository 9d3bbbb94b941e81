"""Extractors for places: job locations (address blocks, Trac site and town) and the employer."""

from __future__ import annotations

from jobparse.model import Address, Employer, Span, Text
from jobparse.parse.context import Context, clean, fact_text, source_of
from jobparse.parse.sections import FactTokens
from jobparse.parse.tokenizer import FIELD, Token
from jobparse.values.address import parse_address, trailing_postcode

# Employer values that name the job board, not the employer (Find a Job's "Company: NHS Jobs").
_NOT_EMPLOYERS = frozenset({"nhs jobs", "nhs jobs scotland", "nhs", "job clerk", "jobs.nhs.uk"})


def address_blocks(fact: FactTokens, blank_lines: int = 1) -> list[Address]:
    """Addresses in a multi-line value: each block ends at a postcode or at a run of blank lines.

    In a paragraph copy every line is followed by a blank line, so there a block ends only at a
    postcode or at two blank lines (`blank_lines=2`).
    """
    blocks: list[list[Token]] = []
    current: list[Token] = []
    previous_line = None
    values = fact.values or (fact.label,)
    for token in values:
        if current and previous_line is not None and token.line > previous_line + blank_lines:
            blocks.append(current)
            current = []
        current.append(token)
        previous_line = token.line
        if trailing_postcode(token.text) is not None:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    addresses = []
    for block in blocks:
        lines = [clean(token.text) for token in block]
        parsed = parse_address(lines)
        raw = "\n".join(lines)
        span = Span(block[0].start, block[-1].end)
        addresses.append(Address(parsed.lines, parsed.town, parsed.postcode, raw, span, source_of(fact)))
    return addresses


def _blank_lines(ctx: Context) -> int:
    return 2 if ctx.paragraph_copy else 1


def locations(ctx: Context) -> tuple[Address, ...]:
    """Job locations: one address per block, or the Trac "Site" and "Town" facts."""
    fact = ctx.fact("locations")
    if fact is not None:
        if fact.label.kind == FIELD:
            # An inline "Location: Dartford, Kent DA2 6PB" value.
            parsed = parse_address([fact.value])
            raw = clean(fact.value)
            span = Span(fact.start, fact.start + len(raw))
            return (Address(parsed.lines, parsed.town, parsed.postcode, raw, span, source_of(fact)),)
        return tuple(address_blocks(fact, _blank_lines(ctx)))
    site, town = ctx.fact("site"), ctx.fact("town")
    if site is None and town is None:
        return ()
    lines = [clean(f.value) for f in (site, town) if f is not None]
    parsed = parse_address(lines)
    first, last = (site or town), (town or site)
    assert first is not None and last is not None
    town_value = clean(town.value) if town is not None else parsed.town
    span = Span(first.start, last.end)
    return (Address(parsed.lines, town_value, parsed.postcode, "\n".join(lines), span, source_of(first)),)


def employer(ctx: Context, display: Text | None) -> Employer | None:
    """The employer's name, address, website and type."""
    name = fact_text(ctx.fact("employer_name"))
    if name is not None and name.value.casefold() in _NOT_EMPLOYERS:
        name = None
    address_fact = ctx.fact("address")
    address = None
    if address_fact is not None:
        blocks = address_blocks(address_fact, _blank_lines(ctx))
        address = blocks[0] if blocks else None
    website = fact_text(ctx.fact("website"))
    kind = fact_text(ctx.fact("employer_type"))
    if name is None and display is not None:
        name = display
    if name is None and address is None and website is None and kind is None:
        return None
    return Employer(name, display, address, website, kind)
