"""Turn one advert's tokens into an Advert: its layout family, then an explicit table of field extractors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from jobparse.model import Advert, Contract, Duration, Span, WorkingPattern
from jobparse.parse import fields_dates, fields_pay, fields_place, fields_text, header, layouts, nation
from jobparse.parse.context import Context, clean, fact_date, fact_text, paragraph_copy, source_of
from jobparse.parse.sections import FactTokens, Section, build_sections, read_facts
from jobparse.parse.tables import fold
from jobparse.parse.tokenizer import BLANK, Token
from jobparse.source import LineIndex
from jobparse.values.contract import parse_contract, parse_working_pattern


def contract(ctx: Context) -> Contract | None:
    """The contract type and any duration or end date."""
    fact = ctx.fact("contract")
    if fact is None:
        return None
    raw = clean(fact.value)
    parsed = parse_contract(raw)
    duration = None if parsed.amount is None or parsed.unit is None else Duration(parsed.amount, parsed.unit)
    span = Span(fact.start, fact.start + len(raw))
    return Contract(parsed.type, duration, parsed.until, parsed.detail, raw, span, source_of(fact))


def working_pattern(ctx: Context) -> WorkingPattern | None:
    """Working patterns as slugs, with hours per week."""
    fact = ctx.fact("working_pattern")
    if fact is None:
        return None
    raw = clean(fact.value)
    slugs, hours = parse_working_pattern(raw)
    if hours is None and fold(fact.label.label or fact.label.text).startswith("hours"):
        hours = _bare_number(raw)
    return WorkingPattern(slugs, hours, raw, Span(fact.start, fact.end), source_of(fact))


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
    ctx = Context(sections, facts, used, header.header_lines(sections), detected, paragraph_copy(tokens))
    ctx.index_facts()
    title, display = detected.title(ctx)
    closing_date, closed = header.closing(ctx)
    date_posted = fact_date(ctx.fact("date_posted"))
    if closing_date is not None and closing_date.value is None:
        closing_date = fields_dates.dated_fact(ctx.fact("closing_date"), ctx, date_posted) or closing_date
    places = fields_place.locations(ctx)
    employer = fields_place.employer(ctx, display)
    content = [token for token in tokens if token.kind != BLANK]
    span = Span(content[0].start, content[-1].end) if content else Span(0, 0)
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
        reference=fact_text(ctx.fact("reference")),
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
