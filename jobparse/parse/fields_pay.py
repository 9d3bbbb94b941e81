"""Extractors for pay: band, salary (with period, pro rata and HCAS statement) and HCAS terms."""

from __future__ import annotations

from dataclasses import replace

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.model import Band, HcasTerms, Salary, SalaryFigures, Span, Text
from jobparse.parse.context import Context, clean, fact_text, placed_in_value, raw_span, source_of
from jobparse.parse.patterns import SENTENCE_END
from jobparse.parse.tables import fold
from jobparse.parse.tokenizer import Token
from jobparse.values.bands import AFC_BANDS, parse_band
from jobparse.values.money import (
    HCAS_MAX,
    HCAS_MIN,
    HCAS_WORD,
    PERCENT,
    PERIOD_WORDS,
    SalaryParse,
    find_amounts,
    find_period,
    parse_salary,
    text_hcas_statement,
)
from jobparse.values.money import (
    hcas_terms as read_hcas_terms,
)

# An advert's salary line in prose: a £ figure of at least four digits.
_MIN_SALARY_FIGURE = 1000
_ANNUAL_FIGURE = 5000


# A band as written in a title or a sentence: "Band 5", "Band 7 to Band 8a", "B7 or 8a", "Band 6 - 7".
BAND_WORDS = lazy_compile(
    r"\b(?:AfC\s+)?(?:band|b)\s*\d{1,2}(?:\s?[a-d])?\b(?:\s*+(?:/|-|–|to|or|&"
    r"|(?:with\s+)?(?:progression|progressing|rising|developing)\s+(?:on\s+)?to)\s*+(?:band\s*+|b\s*+)?\d{1,2}(?:\s?[a-d])?\b)?",
    regex.IGNORECASE,
)
# A line that opens with a band is this post's grade: Trac repeats "NHS AfC: Band 3" under the
# title, Scotland prints "Band 4" there, republished pages "AfC Band 6 (pro rata) plus ...".
BAND_LINE = lazy_compile(
    r"^(?:NHS\s+)?(?:AfC|Agenda\s+for\s+Change)?\s*:?\s*band\s*\d{1,2}(?:\s?[a-d])?\b", regex.IGNORECASE
)
_BAND_LINE_LENGTH = 160
# Prose that puts this post at a band: "This is a Band 6 post", "the post is graded at Band 7",
# "(AfC Band 7)" after a salary, "Pay Band: Band 3" run into a paragraph.
THIS_POST_BAND = lazy_compile(
    r"(?:\b(?:this|the)\s+(?:post|role|position|vacancy|job)\s+(?:is|will\s+be)\s+(?:a\s+|an\s+)?(?:graded\s+(?:at\s+)?|paid\s+(?:at\s+)?|offered\s+at\s+)?"
    r"|\bthis\s+is\s+an?\s+(?:[\w\-]+,?\s+){0,4}?"
    r"|\bthis\s+(?=band\s*\d{1,2}(?:\s?[a-d])?\s+(?:post|role|position|vacancy)\b)"
    r"|£[\d,.]+[^()\n]{0,60}\(\s*"
    r"|\bpay\s+band\s*:\s*"
    r"|\(\s*(?=(?:AfC|Agenda\s+for\s+Change)\s+band)"
    r"|\b(?:paid|banded|graded)\s+(?:at|on)\s+(?:the\s+)?"
    r"|\b(?:looking\s+for|recruiting|recruit|seeking|appoint)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,3}?(?=(?:AfC\s+)?band\s*\d))"
    r"(?P<band>(?:AfC\s+|agenda\s+for\s+change\s+)?band\s*\d{1,2}(?:\s?[a-d])?\b(?:\s*+(?:/|-|to|or)\s*+(?:band\s*+)?\d{1,2}(?:\s?[a-d])?\b)?)",
    regex.IGNORECASE,
)

# Pay set by the Very Senior Managers framework: an executive post with no AfC band.
VSM_PAY = lazy_compile(
    r"\b(?:Very\s+Senior\s+Managers?(?:\s+\(VSM\))?|VSM)\s+(?:pay\s+)?(?:framework|pay\s+scale|terms)\b",
    regex.IGNORECASE,
)


def _span(start: int, match: regex.Match[str]) -> Span:
    return Span(start + match.start(), start + match.end())


# Trac grades name the scheme before the band: "NHS AfC: Band 6". On the value's first line: a
# value's later lines are joined without their indents, so offsets there are not the text's
# (tests/fuzz_corpus/pay_scheme_on_a_later_line.txt).
SCHEME_PREFIX = lazy_compile(
    r"^(?P<scheme>[^:\n]*?(?:\bafc\b|agenda[ \t]+for[ \t]+change)[^:\n]*?)[ \t]*:", regex.IGNORECASE
)


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


def band(ctx: Context, title: Text | None = None) -> Band | None:
    """The band or grade: the labelled value, else one named in the title or in prose about this post."""
    fact = ctx.fact("band")
    if fact is None:
        return _band_elsewhere(ctx, title)
    raw = clean(fact.value)
    parsed = parse_band(f"Band {raw}" if raw.casefold() in AFC_BANDS else raw)  # NHS Jobs v2: "Pay Band: 6"
    if parsed.value is None and parsed.scheme is None:
        found = _band_elsewhere(ctx, title)
        if found is not None:
            return found
    return Band(parsed.value, parsed.bands, parsed.scheme, raw, raw_span(fact, raw), source_of(fact))


def _band_elsewhere(ctx: Context, title: Text | None) -> Band | None:
    """A band named in the title ("Staff Nurse - Band 5"), a repeated grade line, a salary line in
    prose ("(AfC Band 7)") or a sentence that says this post is at that band; never a sentence about
    another post ("will be offered a Band 5 post", "Band 3 roles do not meet the visa threshold")."""
    if title is not None:
        found = _band_in(title.value, title.span.start)
        if found is not None:
            return found
    salary = ctx.fact("salary")
    if salary is not None and "band" in salary.value.casefold():
        # NHS Scotland: "Salary: Band 7 (£46,244 - £53,789)".
        found = _band_in(salary.value, salary.start)
        if found is not None:
            span = placed_in_value(ctx.text, found.raw, Span(salary.start, salary.end), found.span.start)
            return replace(found, span=span, source=source_of(salary))
    for token in ctx.header + ctx.prose_tokens():
        if len(token.text) <= _BAND_LINE_LENGTH and BAND_LINE.match(token.text):
            found = _band_in(token.text, token.start)
            if found is not None:
                return found
    name = _post_name(title)
    for token in ctx.prose_tokens():
        if ("VSM" in token.text or "Very Senior" in token.text) and (match := VSM_PAY.search(token.text)):
            return Band("Executive / VSM", (), "other", match.group(), _span(token.start, match), "text")
        if "band" not in token.text.casefold():
            continue
        match = THIS_POST_BAND.search(token.text)
        if match is not None:
            found = _band_in(match["band"], token.start + match.start("band"))
            if found is not None:
                return found
        if name:
            found = _band_beside(token, name)
            if found is not None:
                return found
    return None


def _post_name(title: Text | None) -> str:
    """The post's name as prose writes it: the title before any " - " or " | " part, lower case."""
    if title is None:
        return ""
    name = title.value.split(" - ")[0].split(" | ")[0].strip().lower()
    return name if len(name) >= 4 else ""


# What may stand before the post's name when a band follows it: "the Charge Nurse (Band 6)", not
# "Deputy Chief Finance Officer (Band 9)", which is another post than the Chief Finance Officer's.
_BEFORE_NAME = ("", "the", "a", "an", "as", "our", "this", "new", "of")


def _band_beside(token: Token, name: str) -> Band | None:
    """A band written against this post's own name: "the Band 6 Charge Nurse", "Charge Nurse
    (Band 6)", "Charge Nurse, Band 6" (the name compared in Python, not compiled per advert)."""
    lowered = token.text.lower()
    for match in BAND_WORDS.finditer(token.text):
        after = lowered[match.end() : match.end() + len(name) + 2].lstrip()
        before = lowered[: match.start()].rstrip(" (,-–")
        beside = (after.startswith(name) and not after[len(name) : len(name) + 1].isalpha()) or after.startswith(
            name + "s"
        )
        if not beside and before.endswith(name):
            beside = before[: -len(name)].rstrip().rsplit(" ", 1)[-1] in _BEFORE_NAME
        if beside:
            return _band_in(match.group(), token.start + match.start())
    return None


def _band_in(text: str, start: int) -> Band | None:
    """An Agenda for Change band written in a short text, with its span."""
    match = BAND_WORDS.search(text)
    if match is None:
        return None
    parsed = parse_band(match.group())
    if parsed.value is None or parsed.scheme != "afc":
        return None
    raw = match.group()
    return Band(
        parsed.value, parsed.bands, parsed.scheme, raw, Span(start + match.start(), start + match.end()), "text"
    )


def _salary_from(parsed: SalaryParse, raw: str, span: Span, source: str, ctx: Context) -> Salary:
    start = span.start
    period = parsed.period
    if period is None:
        period_fact = ctx.fact("salary_period")
        if period_fact is not None:
            period = PERIOD_WORDS.get(fold(period_fact.value))
    if period is None and parsed.minimum is not None and parsed.minimum >= _ANNUAL_FIGURE:
        # "Band 7 (£46,244 - £53,789)": a figure of thousands with no period is a year's pay
        # (hourly and daily rates are tens or hundreds of pounds).
        period = "year"
    included = parsed.hcas_included
    evidence = None
    if included is not None and parsed.hcas_start is not None and parsed.hcas_end is not None:
        words = raw[parsed.hcas_start : parsed.hcas_end]
        evidence = Text(words, placed_in_value(ctx.text, words, span, start + parsed.hcas_start), source)
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
        span,
        source,
        malformed=parsed.malformed,
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
    """The salary (see _stated_salary), with any other statement of its figures that disagrees."""
    found = _stated_salary(ctx)
    other = ctx.fact("salary_structured")
    if found is None or other is None:
        return found
    raw = clean(other.value)
    parsed = parse_salary(raw)
    if (parsed.minimum, parsed.maximum) == (found.minimum, found.maximum) or (
        parsed.minimum is None and parsed.maximum is None
    ):
        return found
    # A JobPosting's free-text value wins over its minValue/maxValue: archives annualise hourly
    # pay and still say YEAR. The disagreement is kept for the reader.
    span = raw_span(other, raw)
    figures = SalaryFigures(parsed.minimum, parsed.maximum, parsed.period, raw, span, source_of(other))
    if found.minimum is None and found.maximum is None and found.note is None:
        return replace(found, minimum=parsed.minimum, maximum=parsed.maximum, period=found.period or parsed.period)
    return replace(found, alternative=figures)


def _stated_salary(ctx: Context) -> Salary | None:
    """The salary: the labelled value; its figures from the band line, a second salary label or
    prose when it has none. A salary given in words ("Negotiable") is kept as it is: figures in
    prose near it are other things (the HCAS minimum, a visa threshold)."""
    fact = ctx.fact("salary")
    if fact is not None:
        raw = clean(fact.value)
        parsed = parse_salary(raw)
        if parsed.minimum is not None or parsed.maximum is not None or parsed.malformed:
            return _salary_from(parsed, raw, raw_span(fact, raw), source_of(fact), ctx)
        if parsed.note in _IN_WORDS:
            return _salary_from(parsed, raw, raw_span(fact, raw), source_of(fact), ctx)
    for key in ("band", "salary_extra"):
        other = ctx.fact(key)
        if other is not None and find_amounts(other.value):
            # NHS Scotland writes "Band 7 (£46,244 - £53,789)" in one line; Find a Job gives the
            # figures under "Additional salary information" when Salary is "Not specified".
            raw = clean(other.value)
            return _salary_from(parse_salary(raw), raw, raw_span(other, raw), source_of(other), ctx)
    line = _salary_line(ctx.prose_tokens())
    if line is not None:
        return _salary_from(parse_salary(line.text), line.text, Span(line.start, line.end), "text", ctx)
    if fact is not None:
        raw = clean(fact.value)
        return _salary_from(parse_salary(raw), raw, raw_span(fact, raw), source_of(fact), ctx)
    return None


# Salaries given in words: kept as they are, never replaced by a figure found in prose.
_IN_WORDS = frozenset({"competitive", "negotiable", "depends-on-experience"})


def _salary_line(tokens: list[Token]) -> Token | None:
    """The first prose line naming a salary figure (used when no labelled salary has one): a yearly
    figure where the line speaks of salary or per annum, or an hourly, daily or sessional rate where
    it speaks of pay. Never the HCAS paragraph, whose minimum and maximum payments are not the
    salary, nor an allowance ("an Environmental Allowance of £1,679.10 per annum")."""
    for token in tokens:
        if "£" not in token.text:
            continue
        folded = token.text.casefold()
        yearly = "salary" in folded or "per annum" in folded
        if not yearly and "paid" not in folded and "pay" not in folded and "rate" not in folded:
            continue
        if HCAS_WORD.search(token.text) and (HCAS_MIN.search(token.text) or HCAS_MAX.search(token.text)):
            continue
        amounts = [amount for amount in find_amounts(token.text) if not amount.malformed]
        if not amounts or amounts[0].value is None or ALLOWANCE.search(token.text, 0, amounts[0].start):
            continue
        if yearly and amounts[0].value >= _MIN_SALARY_FIGURE:
            return token
        if find_period(token.text) in _RATE_PERIODS:
            return token
    return None


# An amount that is an allowance or a one-off payment, not the salary: "... Allowance of £1,679.10".
ALLOWANCE = lazy_compile(
    r"\b(?:allowance|supplement|payment|premium|enhancement|bonus|relocation|expenses)\s+(?:of\s+)?(?:up\s+to\s+)?\s*$",
    regex.IGNORECASE,
)
_RATE_PERIODS = frozenset({"hour", "day", "session"})


def _terms_in(text: str, base: int, source: str) -> HcasTerms | None:
    """The HCAS terms of a line that names the supplement: the sentence that names it with its
    terms, else one that gives the terms alone ("... receive the Outer London HCAS. This is
    calculated at 15% of basic salary, subject to a minimum ..."); the zone from the line when the
    sentence does not say it."""
    sentences = []
    offset = 0
    for sentence in SENTENCE_END.split(text):
        begin = text.find(sentence, offset)
        offset = begin + len(sentence)
        has_terms = PERCENT.search(sentence) or HCAS_MIN.search(sentence) or HCAS_MAX.search(sentence)
        if has_terms:
            sentences.append((HCAS_WORD.search(sentence) is None, begin, sentence))
    if not sentences:
        return None
    _, begin, sentence = min(sentences, key=lambda found: found[0])  # naming the supplement first
    rate, minimum, maximum, zone = read_hcas_terms(sentence)
    if zone is None:
        zone = read_hcas_terms(text)[3]
    span = Span(base + begin, base + begin + len(sentence))
    return HcasTerms(rate, minimum, maximum, zone, sentence, span, source)


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
        found = _terms_in(text, base, source)
        if found is not None and fact is not None and text is fact.value:
            return replace(
                found, span=placed_in_value(ctx.text, found.raw, Span(fact.start, fact.end), found.span.start)
            )
        if found is not None:
            return found
    return None
