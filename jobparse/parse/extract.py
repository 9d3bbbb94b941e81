"""Turn one advert's tokens into an Advert: an explicit table of field extractors."""

from __future__ import annotations

from collections.abc import Sequence

from jobparse.model import Address, Advert, Contract, DateValue, Duration, Employer, Span, Text, WorkingPattern
from jobparse.parse import fields_pay, fields_text
from jobparse.parse.context import Context, clean, date_from, fact_date, fact_text, source_of
from jobparse.parse.patterns import CLOSED, CLOSING_LINE, NAVIGATION, START_SENTENCE
from jobparse.parse.sections import FactTokens, Section, build_sections, read_facts
from jobparse.parse.split import title_like
from jobparse.parse.tables import fold
from jobparse.parse.tokenizer import BLANK, FIELD, TEXT, Token
from jobparse.source import LineIndex
from jobparse.values.address import counties, parse_address, trailing_postcode
from jobparse.values.contract import parse_contract, parse_working_pattern
from jobparse.values.dates import find_date
from jobparse.values.postcodes import find_postcode

# ---------------------------------------------------------------------------------------------
# Header: employer display line, title, closing-date line.


def read_header(sections: list[Section]) -> list[Token]:
    """The text lines before the first heading (the page header)."""
    if not sections or sections[0].heading is not None:
        return []
    return [token for token in sections[0].tokens if token.kind == TEXT]


def _location_like(text: str) -> bool:
    """A header line naming a place ("Dartford, Kent", "London SE11 4BB"), not a title."""
    if find_postcode(text) is not None:
        return True
    last = text.rsplit(",", 1)[-1].strip().casefold()
    return "," in text and last in counties()


def title_and_display(ctx: Context) -> tuple[Text | None, Text | None]:
    """The title line and the employer display line beside it, from the header.

    Pages put the employer line above the title or below it, sometimes with a location line and
    navigation text around them: the title is the last header line that reads as none of those.
    """
    lines = ctx.header
    closing = next((i for i, token in enumerate(lines) if CLOSING_LINE.match(token.text)), None)
    before = lines[:closing] if closing is not None else lines
    candidates = [
        token
        for token in before
        if title_like(token) and not NAVIGATION.match(token.text) and not _location_like(token.text)
    ]
    if not candidates:
        return _title_fallback(ctx), None
    titles = [token for token in candidates if not fields_text.looks_like_organisation(token.text)]
    title_token = titles[-1] if titles else candidates[-1]
    # A repeat of the title (a page copied twice over) is not an employer line.
    others = [token for token in candidates if token is not title_token and token.text != title_token.text]
    display_token = next(
        (token for token in reversed(others) if fields_text.looks_like_organisation(token.text)),
        others[-1] if others and others[-1].line < title_token.line else None,
    )
    title = Text(title_token.text, Span(title_token.start, title_token.end), "header")
    display = None
    if display_token is not None:
        display = Text(display_token.text, Span(display_token.start, display_token.end), "header")
    return title, display


def _title_fallback(ctx: Context) -> Text | None:
    """A "Job title" fact, else the first short line after a key-facts block (Trac layout)."""
    fact = ctx.fact("job_title")
    if fact is not None and fact.section != "employer-contact":
        return fact_text(fact)
    for i, section in enumerate(ctx.sections):
        used = ctx.used[i]
        if not used or section.id not in (None, "job-summary"):
            continue
        last_fact_line = max(used)
        for token in section.tokens:
            if token.line <= last_fact_line or token.kind == BLANK:
                continue
            if title_like(token) and len(token.text) <= 100:
                return Text(token.text, Span(token.start, token.end), "header")
            break
    return None


def closing(ctx: Context) -> tuple[DateValue | None, Text | None]:
    """The closing date (header line first, then labelled facts) and any "has now passed" line."""
    for token in ctx.header:
        if CLOSING_LINE.match(token.text):
            if CLOSED.search(token.text):
                return fact_date(ctx.fact("closing_date")), Text(token.text, Span(token.start, token.end), "header")
            return date_from(token.text, token.start, token.end, "header"), None
    return fact_date(ctx.fact("closing_date")), None


def start_date(ctx: Context) -> DateValue | None:
    """The start date: a labelled fact, else a sentence such as "the start date ... will be March 2026"."""
    fact = ctx.fact("start_date")
    if fact is not None:
        return fact_date(fact)
    for token in ctx.prose_tokens():
        folded = token.text.casefold()
        if "start" not in folded and "commenc" not in folded:
            continue  # a cheap test before the pattern: most lines say neither
        for match in START_SENTENCE.finditer(token.text):
            window = token.text[match.end() : match.end() + 40]
            parsed = find_date(window)
            if parsed is not None and parsed.start <= 6:
                raw = token.text[match.start() : match.end() + parsed.end].strip()
                span = Span(token.start + match.end() + parsed.start, token.start + match.end() + parsed.end)
                return DateValue(parsed.value, parsed.precision, parsed.time, raw, span, "text")
    return None


# ---------------------------------------------------------------------------------------------
# Contract, working pattern, locations, employer.


def contract(ctx: Context) -> Contract | None:
    """The contract type and any duration or end date."""
    fact = ctx.fact("contract")
    if fact is None:
        return None
    raw = clean(fact.value)
    parsed = parse_contract(raw)
    duration = None if parsed.amount is None or parsed.unit is None else Duration(parsed.amount, parsed.unit)
    return Contract(
        parsed.type, duration, parsed.until, parsed.detail, raw, Span(fact.start, fact.end), source_of(fact)
    )


def working_pattern(ctx: Context) -> WorkingPattern | None:
    """Working patterns as slugs, with hours per week."""
    fact = ctx.fact("working_pattern")
    if fact is None:
        return None
    raw = clean(fact.value)
    slugs, hours = parse_working_pattern(raw)
    if (
        hours is None
        and fact.key == "working_pattern"
        and fold(fact.label.label or fact.label.text).startswith("hours")
    ):
        hours = _bare_number(raw)
    return WorkingPattern(slugs, hours, raw, Span(fact.start, fact.end), source_of(fact))


def _bare_number(text: str) -> float | int | None:
    """A value that is only a number ("Hours: 37.5"), else None."""
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def address_blocks(fact: FactTokens) -> list[Address]:
    """Addresses in a multi-line value: each block ends at a postcode or a blank line."""
    blocks: list[list[Token]] = []
    current: list[Token] = []
    previous_line = None
    values = fact.values or (fact.label,)
    for token in values:
        if current and previous_line is not None and token.line > previous_line + 1:
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
        addresses.append(
            Address(
                parsed.lines, parsed.town, parsed.postcode, raw, Span(block[0].start, block[-1].end), source_of(fact)
            )
        )
    return addresses


def locations(ctx: Context) -> tuple[Address, ...]:
    """Job locations: one address per block, or the Trac "Site" and "Town" facts."""
    fact = ctx.fact("locations")
    if fact is not None:
        if fact.label.kind == FIELD:
            # An inline "Location: Dartford, Kent DA2 6PB" value.
            parsed = parse_address([fact.value])
            raw = clean(fact.value)
            return (
                Address(parsed.lines, parsed.town, parsed.postcode, raw, Span(fact.start, fact.end), source_of(fact)),
            )
        return tuple(address_blocks(fact))
    site, town = ctx.fact("site"), ctx.fact("town")
    if site is None and town is None:
        return ()
    lines = [clean(f.value) for f in (site, town) if f is not None]
    parsed = parse_address(lines)
    first, last = (site or town), (town or site)
    assert first is not None and last is not None
    town_value = clean(town.value) if town is not None else parsed.town
    return (
        Address(
            parsed.lines, town_value, parsed.postcode, "\n".join(lines), Span(first.start, last.end), source_of(first)
        ),
    )


def employer(ctx: Context, display: Text | None) -> Employer | None:
    """The employer's name, address, website and type."""
    name = fact_text(ctx.fact("employer_name"))
    address_fact = ctx.fact("address")
    address = None
    if address_fact is not None:
        blocks = address_blocks(address_fact)
        address = blocks[0] if blocks else None
    website = fact_text(ctx.fact("website"))
    kind = fact_text(ctx.fact("employer_type"))
    if name is None and display is not None:
        name = display
    if name is None and address is None and website is None and kind is None:
        return None
    return Employer(name, display, address, website, kind)


# ---------------------------------------------------------------------------------------------


def extract(tokens: Sequence[Token], path: str, index: int, lines: LineIndex, text: str = "") -> Advert:
    """Build the Advert for one advert's tokens."""
    sections = build_sections(tokens)
    facts: list[FactTokens] = []
    used: dict[int, set[int]] = {}
    for i, section in enumerate(sections):
        found, taken = read_facts(section)
        facts.extend(found)
        used[i] = taken
    ctx = Context(sections, facts, used, read_header(sections))
    ctx.index_facts()
    title, display = title_and_display(ctx)
    closing_date, closed = closing(ctx)
    salary = fields_pay.salary(ctx)
    content = [token for token in tokens if token.kind != BLANK]
    span = Span(content[0].start, content[-1].end) if content else Span(0, 0)
    return Advert(
        path=path,
        index=index,
        span=span,
        title=title,
        closing_date=closing_date,
        closed=closed,
        date_posted=fact_date(ctx.fact("date_posted")),
        start_date=start_date(ctx),
        pay_scheme=fields_pay.pay_scheme(ctx),
        band=fields_pay.band(ctx),
        salary=salary,
        hcas=fields_pay.hcas_terms(ctx),
        contract=contract(ctx),
        working_pattern=working_pattern(ctx),
        reference=fact_text(ctx.fact("reference")),
        locations=locations(ctx),
        employer=employer(ctx, display),
        summary=fields_text.summary(ctx),
        main_duties=fields_text.main_duties(ctx),
        about_us=fields_text.section_as_text(ctx, "about-us"),
        sections=fields_text.all_sections(ctx),
        facts=fields_text.all_facts(ctx),
        lines=lines,
        text=text,
    )
