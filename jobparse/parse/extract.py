"""Turn one advert's tokens into an Advert: its layout family, then an explicit table of field extractors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from jobparse.inputs.source import LineIndex
from jobparse.model import Advert, Contract, Duration, Span, WorkingPattern
from jobparse.parse import fields_dates, fields_pay, fields_place, fields_text, header, layouts, nation, prose
from jobparse.parse.context import Context, clean, fact_text, paragraph_copy, raw_span, source_of
from jobparse.parse.sections import FactTokens, Section, build_sections, read_facts
from jobparse.parse.tables import fold
from jobparse.parse.tokenizer import BLANK, Token
from jobparse.values.contract import ContractParse, parse_contract, parse_working_pattern


def contract(ctx: Context) -> Contract | None:
    """The contract type and any duration or end date: the labelled value, else a later label or a
    sentence about the post when the label says only "Contract" (Find a Job's fixed-term posts)."""
    facts = ctx.facts_of("contract")
    for fact in facts:
        raw = clean(fact.value)
        parsed = parse_contract(raw)
        if parsed.type is not None:
            if parsed.amount is None and parsed.until is None and parsed.type in _TERMED:
                parsed = _term_from_text(ctx, parsed)
            return _contract(parsed, raw, raw_span(fact, raw), source_of(fact))
    for described in prose.contract_lines(ctx) + prose.descriptions(ctx):
        parsed = parse_contract(described.words)
        if parsed.type is not None:
            span = Span(described.start, described.start + len(described.words))
            return _contract(parsed, described.words, span, "text")
    if facts:
        raw = clean(facts[0].value)
        return _contract(parse_contract(raw), raw, raw_span(facts[0], raw), source_of(facts[0]))
    return None


# Contracts that run for a term, which the text may give when the label does not.
_TERMED = frozenset({"fixed-term", "secondment", "temporary"})


def _term_from_text(ctx: Context, parsed: ContractParse) -> ContractParse:
    """A fixed-term contract's length from a sentence of the same kind ("on a fixed term basis for
    12 months") when the label gives only the kind ("Employment type: Fixed Term")."""
    for described in prose.contract_lines(ctx) + prose.descriptions(ctx):
        found = parse_contract(described.words)
        if found.type == parsed.type and (found.amount is not None or found.until is not None):
            return replace(parsed, amount=found.amount, unit=found.unit, until=found.until)
    return parsed


def _contract(parsed: ContractParse, raw: str, span: Span, source: str) -> Contract:
    duration = None if parsed.amount is None or parsed.unit is None else Duration(parsed.amount, parsed.unit)
    return Contract(parsed.type, duration, parsed.until, parsed.detail, raw, span, source)


def working_pattern(ctx: Context) -> WorkingPattern | None:
    """Working patterns as slugs, with hours per week: the labelled value, completed from the text
    when it names no pattern ("Hours Per Week: 37") or no hours ("Working pattern: Full-time")."""
    fact = ctx.fact("working_pattern")
    found = None
    if fact is not None:
        raw = clean(fact.value)
        slugs, hours = parse_working_pattern(raw)
        if hours is None and fold(fact.label.label or fact.label.text).startswith("hours"):
            hours = _bare_number(raw)
        found = WorkingPattern(slugs, hours, raw, Span(fact.start, fact.end), source_of(fact))
        if slugs:
            return _with_hours(ctx, found)
    for described in prose.pattern_lines(ctx) + prose.descriptions(ctx):
        slugs, hours = parse_working_pattern(described.words)
        if not slugs:
            continue
        span = Span(described.start, described.start + len(described.words))
        if found is None:
            return _with_hours(ctx, WorkingPattern(slugs, hours, described.words, span, "text"))
        return _with_hours(ctx, replace(found, values=slugs, hours_per_week=found.hours_per_week or hours))
    return found if found is None else _with_hours(ctx, found)


def _with_hours(ctx: Context, found: WorkingPattern) -> WorkingPattern:
    """A working pattern completed with the hours a sentence about the post states."""
    if found.hours_per_week is not None:
        return found
    hours = prose.hours_per_week(ctx)
    return found if hours is None else replace(found, hours_per_week=hours)


def _bare_number(text: str) -> float | int | None:
    """A value that is only a number ("Hours: 37.5"), else None."""
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def _facts(ctx_sections: list[Section], relabel: dict[str, str]) -> tuple[list[FactTokens], dict[int, set[int]]]:
    """Every section's facts, with the labels a family uses otherwise given their family's meaning."""
    facts: list[FactTokens] = []
    used: dict[int, set[int]] = {}
    for i, section in enumerate(ctx_sections):
        found, taken = read_facts(section)
        if relabel:
            found = [
                replace(fact, key=relabel[label])
                if (label := fold(fact.label.label or fact.label.text)) in relabel
                else fact
                for fact in found
            ]
        facts.extend(found)
        used[i] = taken
    return facts, used


def extract(tokens: Sequence[Token], path: str, index: int, lines: LineIndex, text: str = "") -> Advert:
    """Build the Advert for one advert's tokens."""
    detected = layouts.detect(tokens)
    sections = build_sections(tokens)
    facts, used = _facts(sections, detected.family.relabel)
    facts += detected.facts(tokens, sections)
    content = [token for token in tokens if token.kind != BLANK]
    span = Span(content[0].start, content[-1].end) if content else Span(0, 0)
    ctx = Context(sections, facts, used, header.header_lines(sections), detected, paragraph_copy(tokens))
    ctx.text, ctx.span = text, (span.start, span.end)
    ctx.index_facts()
    title, display = detected.title(ctx)
    closing_date, closed = header.closing(ctx)
    date_posted = fields_dates.first_dated(ctx, "date_posted")
    if closing_date is not None and closing_date.value is None:
        closing_date = fields_dates.first_dated(ctx, "closing_date", date_posted) or closing_date
    closing_date = fields_dates.with_placeholder_marked(closing_date, date_posted)
    employer = fields_place.employer(ctx, display)
    places = fields_place.locations(ctx)
    if not places:
        places = fields_place.place_in_text(ctx)
    if not places and employer is not None and employer.address is not None:
        places = (employer.address,)  # an advert naming no other place is at its employer's address
    places = fields_place.with_postcodes_from_text(ctx, places)
    return Advert(
        path=path,
        index=index,
        span=span,
        layout=detected.record(),
        nation=nation.detect(ctx, employer, places),
        title=title,
        closing_date=closing_date,
        closed=closed,
        date_posted=date_posted,
        start_date=fields_dates.start_date(ctx),
        pay_scheme=fields_pay.pay_scheme(ctx),
        band=fields_pay.band(ctx, title),
        salary=fields_pay.salary(ctx),
        hcas=fields_pay.hcas_terms(ctx),
        contract=contract(ctx),
        working_pattern=working_pattern(ctx),
        reference=fact_text(ctx.fact("reference")) or prose.reference(ctx),
        url=fact_text(ctx.fact("url")),
        locations=places,
        employer=employer,
        summary=fields_text.summary(ctx),
        main_duties=fields_text.main_duties(ctx),
        about_us=fields_text.section_as_text(ctx, "about-us"),
        sections=fields_text.all_sections(ctx),
        facts=fields_text.all_facts(ctx),
        lines=lines,
        text=text,
    )
