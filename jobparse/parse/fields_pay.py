"""Extractors for pay: band, salary (with period, pro rata and HCAS statement) and HCAS terms."""

from __future__ import annotations

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.model import Band, HcasTerms, Salary, Span, Text
from jobparse.parse.context import Context, clean, fact_text, source_of
from jobparse.parse.patterns import SENTENCE_END
from jobparse.parse.tables import fold
from jobparse.parse.tokenizer import Token
from jobparse.values.bands import parse_band
from jobparse.values.money import (
    HCAS_MAX,
    HCAS_MIN,
    HCAS_WORD,
    PERCENT,
    PERIOD_WORDS,
    SalaryParse,
    find_amounts,
    parse_salary,
    text_hcas_statement,
)
from jobparse.values.money import (
    hcas_terms as read_hcas_terms,
)

# An advert's salary line in prose: a £ figure of at least four digits.
_MIN_SALARY_FIGURE = 1000


# Trac grades name the scheme before the band: "NHS AfC: Band 6".
SCHEME_PREFIX = lazy_compile(r"^(?P<scheme>[^:]*?(?:\bafc\b|agenda\s+for\s+change)[^:]*?)\s*:", regex.IGNORECASE)


def pay_scheme(ctx: Context) -> Text | None:
    """The pay scheme: its own label, else the scheme a Trac grade names before the band."""
    found = fact_text(ctx.fact("pay_scheme"))
    if found is not None:
        return found
    fact = ctx.fact("band")
    if fact is None:
        return None
    match = SCHEME_PREFIX.match(fact.value)
    if match is None:
        return None
    scheme = match["scheme"].strip()
    start = fact.start + match.start("scheme")
    return Text(scheme, Span(start, start + len(scheme)), source_of(fact))


def band(ctx: Context) -> Band | None:
    """The band or grade, normalised, with its raw text."""
    fact = ctx.fact("band")
    if fact is None:
        return None
    raw = clean(fact.value)
    parsed = parse_band(raw)
    return Band(parsed.value, parsed.bands, parsed.scheme, raw, Span(fact.start, fact.end), source_of(fact))


def _salary_from(parsed: SalaryParse, raw: str, start: int, end: int, source: str, ctx: Context) -> Salary:
    period = parsed.period
    if period is None:
        period_fact = ctx.fact("salary_period")
        if period_fact is not None:
            period = PERIOD_WORDS.get(fold(period_fact.value))
    included = parsed.hcas_included
    evidence = None
    if included is not None and parsed.hcas_start is not None and parsed.hcas_end is not None:
        evidence = Text(
            raw[parsed.hcas_start : parsed.hcas_end], Span(start + parsed.hcas_start, start + parsed.hcas_end), source
        )
    else:
        included, evidence = _hcas_from_text(ctx)
    return Salary(
        parsed.minimum,
        parsed.maximum,
        period,
        parsed.pro_rata,
        included,
        evidence,
        parsed.note,
        raw,
        Span(start, end),
        source,
    )


def _hcas_from_text(ctx: Context) -> tuple[bool | None, Text | None]:
    """Whether the prose says the salary includes HCAS, with the words that say it."""
    for token in ctx.hcas_tokens():
        found = text_hcas_statement(token.text)
        if found is not None:
            included, start, end = found
            return included, Text(token.text[start:end], Span(token.start + start, token.start + end), "text")
    return None, None


def salary(ctx: Context) -> Salary | None:
    """The salary: the labelled value; its figures from the band line or prose when it has none."""
    fact = ctx.fact("salary")
    if fact is not None:
        raw = clean(fact.value)
        parsed = parse_salary(raw)
        if parsed.minimum is not None or parsed.maximum is not None:
            return _salary_from(parsed, raw, fact.start, fact.start + len(raw), source_of(fact), ctx)
    band_fact = ctx.fact("band")
    if band_fact is not None and find_amounts(band_fact.value):
        # NHS Scotland writes "Band 7 (£46,244 - £53,789)" in one line.
        raw = clean(band_fact.value)
        return _salary_from(
            parse_salary(raw), raw, band_fact.start, band_fact.start + len(raw), source_of(band_fact), ctx
        )
    line = _salary_line(ctx.prose_tokens())
    if line is not None:
        return _salary_from(parse_salary(line.text), line.text, line.start, line.end, "text", ctx)
    if fact is not None:
        raw = clean(fact.value)
        return _salary_from(parse_salary(raw), raw, fact.start, fact.start + len(raw), source_of(fact), ctx)
    return None


def _salary_line(tokens: list[Token]) -> Token | None:
    """The first prose line naming a salary figure (used when no labelled salary has one)."""
    for token in tokens:
        if "£" not in token.text:
            continue
        if "salary" not in token.text.casefold() and "per annum" not in token.text.casefold():
            continue
        amounts = find_amounts(token.text)
        if amounts and amounts[0].value >= _MIN_SALARY_FIGURE:
            return token
    return None


def hcas_terms(ctx: Context) -> HcasTerms | None:
    """HCAS terms (rate, minimum, maximum, zone) stated in the salary line or a sentence of prose."""
    fact = ctx.fact("salary")
    candidates: list[tuple[str, int, str]] = []
    if fact is not None:
        candidates.append((fact.value, fact.start, source_of(fact)))
    candidates.extend((token.text, token.start, "text") for token in ctx.hcas_tokens())
    for text, base, source in candidates:
        if HCAS_WORD.search(text) is None:
            continue
        offset = 0
        for sentence in SENTENCE_END.split(text):
            begin = text.find(sentence, offset)
            offset = begin + len(sentence)
            if HCAS_WORD.search(sentence) is None:
                continue
            if (
                PERCENT.search(sentence) is None
                and HCAS_MIN.search(sentence) is None
                and HCAS_MAX.search(sentence) is None
            ):
                continue
            rate, minimum, maximum, zone = read_hcas_terms(sentence)
            span = Span(base + begin, base + begin + len(sentence))
            return HcasTerms(rate, minimum, maximum, zone, sentence, span, source)
    return None
