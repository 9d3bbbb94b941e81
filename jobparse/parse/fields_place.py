"""Extractors for places: job locations (address blocks, Trac site and town) and the employer."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.model import Address, Employer, Span, Text
from jobparse.parse.context import Context, clean, fact_text, source_of
from jobparse.parse.sections import FactTokens
from jobparse.parse.tokenizer import FIELD, Token
from jobparse.values.address import parse_address, trailing_postcode
from jobparse.values.address import town_of as _town
from jobparse.values.postcodes import POSTCODE, find_postcode, outward_code

# An NHS body named in running text: "NHS Lothian", "NHS Ayrshire & Arran", "Fenbridge and Wash
# Coast NHS Foundation Trust", "Bro Tywi University Health Board", "Lough Erne Health and Social
# Care Trust". Capitalised words only, so that a sentence around the name is left out.
ORGANISATION_NAME = lazy_compile(
    r"""
    \bNHS(?:\s(?:[A-Z][a-z]+|24)){1,2}(?:\s(?:and|&)\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?\b
  | (?:\b[A-Z][a-z'’]+\s(?:(?:and|&|of|upon|on)\s)?){1,7}
    (?:NHS\s(?:Foundation\s)?Trust|Foundation\sTrust|(?:University\s|Teaching\s)?Health\sBoard
      |Health\s(?:and|&)\sSocial\sCare\sTrust|Integrated\sCare\sBoard)\b
    """,
    regex.VERBOSE,
)
# "NHS Pension Scheme", "NHS Jobs": names of things, not employers.
_NOT_BODIES = frozenset(
    [
        "pension",
        "pensions",
        "jobs",
        "discounts",
        "discount",
        "constitution",
        "employers",
        "values",
        "terms",
        "standards",
        "staff",
        "trac",
        "number",
        "scotland",
        "wales",
        "england",
        "choices",
        "app",
        "professionals",
        "careers",
        "healthy",
        "property",
        "supply",
    ]
)

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
        # An inline "Employer address: 1 Road, Town" is its label's token, whose text is the
        # value: the span starts at the value (tests/fuzz_corpus/employer_address_inline.txt).
        first = block[0]
        span = Span(first.value_start if first.kind == FIELD else first.start, block[-1].end)
        addresses.append(Address(parsed.lines, parsed.town, parsed.postcode, raw, span, source_of(fact)))
    return addresses


def _blank_lines(ctx: Context) -> int:
    return 2 if ctx.paragraph_copy else 1


def _inline_places(fact: FactTokens) -> list[Address]:
    raw = clean(fact.value)
    places = []
    offset = 0
    # "Site A / Site B" names two places; "GSTT / Intermediate Care Lambeth, London, SW9 6AF" is one
    # address whose first part names two bodies: only a value with no comma and no postcode is split.
    parts = raw.split(" / ") if "," not in raw and find_postcode(raw) is None else [raw]
    for number, part in enumerate(parts):
        # Placed in the value as written: cleaning may have taken a page note out before the
        # part (tests/fuzz_corpus/jsonld_location_after_page_note.jsonl).
        start = fact.value.find(part, offset)
        if start != -1:
            offset = start + len(part)
        else:  # a note stood inside the part ("Town(opens in new tab)."): it spans the note too
            start = offset
            offset = len(fact.value) if number == len(parts) - 1 else start + len(part)
        parsed = parse_address([part])
        span = Span(fact.start + start, fact.start + offset)
        postcode, lines = parsed.postcode, parsed.lines
        if postcode is None and source_of(fact) == "jsonld" and lines and (outward := outward_code(lines[-1])):
            # A record's postalCode may be only its outward half ("EX2"): kept as the record gives it.
            postcode, lines = outward, lines[:-1]
        places.append(
            Address(
                lines,
                parsed.town if postcode == parsed.postcode else _town(lines),
                postcode,
                part,
                span,
                source_of(fact),
            )
        )
    return places


def locations(ctx: Context) -> tuple[Address, ...]:
    """Job locations: one address per block, or the Trac "Site" and "Town" facts."""
    fact = ctx.fact("locations")
    if fact is not None:
        if fact.label.kind == FIELD:
            # An inline "Location: Dartford, Kent DA2 6PB" value; "Site A / Site B" names two.
            return tuple(_inline_places(fact))
        return tuple(address_blocks(fact, _blank_lines(ctx)))
    site, town = ctx.fact("site"), ctx.fact("town")
    if site is None and town is None:
        return ()
    lines = [clean(f.value) for f in (site, town) if f is not None]
    parsed = parse_address(lines)
    # The span and raw text follow the text's order, which may put the town first ("Town", then
    # "Site" further down): taking the site's start and the town's end gave a span that ended
    # before it began (found by the fuzzer: tests/fuzz_corpus/trac_town_before_site.txt).
    found = sorted((f for f in (site, town) if f is not None), key=lambda f: f.start)
    town_value = clean(town.value) if town is not None else parsed.town
    span = Span(found[0].start, max(f.end for f in found))
    raw = "\n".join(clean(f.value) for f in found)
    return (Address(parsed.lines, town_value, parsed.postcode, raw, span, source_of(found[0])),)


def employer(ctx: Context, display: Text | None) -> Employer | None:
    """The employer's name, address, website and type; with no name given, the NHS body the
    advert's text names most (recruitment packs, aggregator bodies, "Company: NHS Jobs")."""
    name = fact_text(ctx.fact("employer_name"))
    placeholder = name is not None and name.value.casefold() in _NOT_EMPLOYERS
    if placeholder:
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
    if name is None:
        # With the employer label holding a job board's name ("Company: NHS Jobs", "Employer:
        # NHS"), one mention of a body in the text is enough to name the employer.
        name = named_body(ctx, 1 if placeholder else 2)
    if name is None and address is None and website is None and kind is None:
        return None
    return Employer(name, display, address, website, kind)


def named_body(ctx: Context, least: int = 2) -> Text | None:
    """The NHS body the advert's text names most often (at least `least` times), as written."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for section in ctx.sections:
        for token in section.tokens:
            if "NHS" not in token.text and "Trust" not in token.text and "Board" not in token.text:
                continue
            # A "Label: value" line's text is its value, which starts after the label (a name
            # found in it was placed from the label: tests/fuzz_corpus/body_named_in_field_value.txt).
            base = token.value_start if token.kind == FIELD else token.start
            for match in ORGANISATION_NAME.finditer(token.text):
                name = match.group()
                words = name.split()
                if words[0] == "NHS" and words[1].casefold() in _NOT_BODIES:
                    continue
                counts[name] += 1
                first.setdefault(name, (base + match.start(), base + match.end()))
    if not counts:
        return None
    name, count = max(counts.items(), key=lambda item: (item[1], -first[item[0]][0]))
    if count < least:
        return None
    start, end = first[name]
    return Text(name, Span(start, end), "text")


def with_postcodes_from_text(ctx: Context, places: tuple[Address, ...]) -> tuple[Address, ...]:
    """Locations without a postcode take the one the text gives beside the place's name ("Glenrothes
    Community Hospital, Lindsay Road, Glenrothes KY6 2QN", wrapped over two lines in a PDF's text);
    the value keeps the location's span."""
    if all(place.postcode for place in places):
        return places
    found = []
    for place in places:
        postcode = None if place.postcode else _postcode_beside(ctx, place.lines)
        found.append(replace(place, postcode=postcode) if postcode is not None else place)
    return tuple(found)


_BESIDE = 140  # characters after a place's name in which its postcode may stand


def _postcode_beside(ctx: Context, names: tuple[str, ...]) -> str | None:
    lowered = ctx.lowered()
    base = ctx.span[0]
    for name in names:
        if len(name) < 5:
            continue
        folded = name.lower()
        at = lowered.find(folded)
        while at != -1:
            after_at = base + at + len(folded)
            line_end = ctx.text.find("\n", after_at)
            line_end = len(ctx.text) if line_end == -1 else line_end
            after = ctx.text[after_at:line_end]
            if after.rstrip().endswith(","):
                # The address may run on over the next line of a wrapped text.
                next_end = ctx.text.find("\n", line_end + 1)
                after += " " + ctx.text[line_end + 1 : len(ctx.text) if next_end == -1 else next_end]
            match = POSTCODE.search(after, 0, _BESIDE)
            if match is not None and "." not in after[: match.start()].rstrip(". "):
                found = find_postcode(match.group())
                if found is not None:
                    return found[0]
            at = lowered.find(folded, at + 1)
    return None


# Where the text says the post is based: "Your base will be the team at Fossgate Lodge, 8 Sandholme
# Road, Huntingmoor, York, YO32 8NW".
BASED = lazy_compile(
    r"\b(?:based\s+(?:at|in)|base\s+will\s+be(?:\s+at)?|located\s+at|work(?:ing)?\s+from)\s+(?:the\s+)?",
    regex.IGNORECASE,
)


def place_in_text(ctx: Context) -> tuple[Address, ...]:
    """The post's base as the text gives it with a postcode, when no label gives a location."""
    for token in ctx.prose_tokens():
        if "base" not in token.text and "locat" not in token.text and "work" not in token.text:
            continue
        for match in BASED.finditer(token.text):
            window = token.text[match.end() : match.end() + 160]
            postcode = POSTCODE.search(window)
            if postcode is None or "." in window[: postcode.start()].rstrip(". "):
                continue
            raw = window[: postcode.end()]
            begin = raw.rfind(" at ") + 4 if " at " in raw else 0
            raw = raw[begin:]
            parsed = parse_address([raw])
            start = token.start + match.end() + begin
            return (Address(parsed.lines, parsed.town, parsed.postcode, raw, Span(start, start + len(raw)), "text"),)
    return ()
