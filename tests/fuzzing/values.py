"""Properties of the value parsers (jobparse/values/) and the tokenizer that hold for any text.

The coverage-guided fuzzer (tests/fuzz_coverage.py, atheris) and the property tests
(tests/test_value_properties.py, Hypothesis) assert the same things, through these two functions:
nothing raises, every offset lies inside the text it was found in, every value is in its domain
(ISO dates that exist, finite non-negative amounts, known periods and schemes, postcodes in their
normal form), and the tokenizer's cached path classifies a line exactly as the uncached one does.
"""

from __future__ import annotations

import datetime as dt
import math

from jobparse.parse.tables import tables
from jobparse.parse.tokenizer import BLANK, BULLET, FIELD, HEADING, LABEL, TEXT, _classify, tokenize
from jobparse.values.address import parse_address, town_of, trailing_postcode
from jobparse.values.bands import parse_band, parse_pay_scheme
from jobparse.values.contract import parse_contract, parse_working_pattern
from jobparse.values.dates import find_date, find_day_month, why_unreadable
from jobparse.values.money import (
    find_amounts,
    find_period,
    hcas_statement,
    hcas_terms,
    parse_amount,
    parse_salary,
    text_hcas_statement,
)
from jobparse.values.postcodes import find_postcode, normalise_postcode, outward_code

PERIODS = {"hour", "day", "session", "week", "month", "year"}
SCHEMES = {None, "afc", "medical", "other"}
KINDS = {BLANK, HEADING, LABEL, FIELD, BULLET, TEXT}


def _amount(value: object) -> bool:
    return value is None or (isinstance(value, (int, float)) and math.isfinite(value) and value >= 0)


def _inside(text: str, start: int | None, end: int | None) -> bool:
    return start is not None and end is not None and 0 <= start <= end <= len(text)


def _iso_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def check_dates(text: str) -> None:
    """Dates: a found date exists (day precision) or names a real month, where it was found."""
    for allow_month in (True, False):
        found = find_date(text, allow_month=allow_month)
        if found is None:
            continue
        assert _inside(text, found.start, found.end), f"date outside the text: {found}"
        if found.precision == "day":
            assert _iso_day(found.value), f"no such day: {found}"
        else:
            assert allow_month and found.precision == "month", f"unasked precision: {found}"
            year, month = found.value.split("-")
            assert len(year) == 4 and 1 <= int(month) <= 12, f"no such month: {found}"
        if found.time is not None:
            hour, minute = found.time.split(":")
            assert 0 <= int(hour) <= 23 and 0 <= int(minute) <= 59, f"no such time: {found}"
    day = find_day_month(text)
    if day is not None:
        assert _inside(text, day.start, day.end) and 1 <= day.month <= 12 and 1 <= day.day <= 31, f"bad day: {day}"
        assert day.in_year(2024) is None or _iso_day(day.in_year(2024) or "")
    kind, why = why_unreadable(text)
    assert kind in ("impossible", "no-year", "no-date") and isinstance(why, str)


def check_money(text: str) -> None:
    """Money: amounts are finite, not negative, found where they stand and in order; periods known."""
    assert _amount(parse_amount(text))
    for bare in (False, True):
        last_end = 0
        for amount in find_amounts(text, bare=bare):
            assert _inside(text, amount.start, amount.end) and amount.start >= last_end, f"amount misplaced: {amount}"
            assert _amount(amount.value), f"amount out of domain: {amount}"
            last_end = amount.end
    assert find_period(text) in PERIODS | {None}
    for statement in (hcas_statement(text), text_hcas_statement(text)):
        if statement is not None:
            included, start, end = statement
            assert isinstance(included, bool) and _inside(text, start, end), f"HCAS statement misplaced: {statement}"
    salary = parse_salary(text)
    assert _amount(salary.minimum) and _amount(salary.maximum), f"salary out of domain: {salary}"
    assert salary.period in PERIODS | {None}, f"unknown period: {salary}"
    if salary.hcas_start is not None or salary.hcas_end is not None:
        assert _inside(text, salary.hcas_start, salary.hcas_end), f"HCAS words misplaced: {salary}"
    assert all(figure in text for figure in salary.malformed), f"a malformed figure not as written: {salary}"
    rate, low, high, zone = hcas_terms(text)
    assert rate is None or (math.isfinite(rate) and rate >= 0), f"HCAS rate out of domain: {rate}"
    assert _amount(low) and _amount(high) and (zone is None or isinstance(zone, str))


def check_grades_and_terms(text: str) -> None:
    """Bands, pay schemes, contracts and working patterns: values in their domains."""
    band = parse_band(text)
    assert band.scheme in SCHEMES, f"unknown scheme: {band}"
    assert band.scheme == "afc" or not band.bands, f"AfC bands outside AfC: {band}"
    assert band.value is not None or not band.bands, f"bands without a value: {band}"
    scheme = parse_pay_scheme(text)
    assert scheme is None or isinstance(scheme, str)
    contract = parse_contract(text)
    assert (contract.amount is None) == (contract.unit is None), f"a duration half given: {contract}"
    assert contract.amount is None or (math.isfinite(contract.amount) and contract.amount >= 0), f"{contract}"
    assert contract.until is None or _iso_day(contract.until) or len(contract.until) == 7, f"bad end date: {contract}"
    slugs, hours = parse_working_pattern(text)
    assert all(isinstance(slug, str) and slug for slug in slugs) and len(set(slugs)) == len(slugs), f"{slugs}"
    assert _amount(hours), f"hours out of domain: {hours}"


def check_places(text: str) -> None:
    """Postcodes are found where they stand and come out in their normal form; addresses never raise."""
    found = find_postcode(text)
    if found is not None:
        postcode, start, end = found
        assert _inside(text, start, end), f"postcode misplaced: {found}"
        assert normalise_postcode(postcode) == postcode, f"postcode not normal: {found}"
    normal = normalise_postcode(text)
    assert normal is None or normalise_postcode(normal) == normal, f"normalising twice changed {normal!r}"
    outward = outward_code(text)
    assert outward is None or outward == outward.upper().strip()
    lines = text.split("\n")
    trailing = trailing_postcode(lines[-1])
    assert trailing is None or normalise_postcode(trailing[0]) == trailing[0], f"{trailing}"
    address = parse_address(lines)
    assert address.postcode is None or normalise_postcode(address.postcode) == address.postcode, f"{address}"
    assert all(isinstance(line, str) for line in address.lines)
    town = town_of(lines)
    assert town is None or isinstance(town, str)


def check_value_parsers(text: str) -> None:
    """Every value parser on one text."""
    check_dates(text)
    check_money(text)
    check_grades_and_terms(text)
    check_places(text)


def check_tokenizer(text: str) -> None:
    """One token per line, in order, inside its line; text, bullet and heading tokens select their
    text, a label's text stands in its span, a field's value is where it says and ends the token;
    the cache changes nothing."""
    text = text.replace("\r", "\n")  # the tokenizer reads normalised text, whose lines end in LF
    lines = text.split("\n")
    tokens = list(tokenize(text))
    assert len(tokens) == len(lines), "not one token per line"
    tab = tables()
    at = 0
    for number, (token, line) in enumerate(zip(tokens, lines, strict=True)):
        assert token.line == number and token.kind in KINDS, f"line {number}: {token}"
        assert at <= token.start <= token.end <= at + len(line), f"line {number}: token outside its line: {token}"
        selected = text[token.start : token.end]
        if token.kind in (TEXT, BULLET, HEADING):
            assert selected == token.text, f"line {number}: {token.kind} does not select its text: {token}"
        elif token.kind == LABEL:
            assert token.text.strip() and token.text in selected, f"line {number}: label not in its span: {token}"
        elif token.kind == FIELD:
            value_end = token.value_start + len(token.text)
            assert text[token.value_start : value_end] == token.text, f"line {number}: value misplaced: {token}"
            assert value_end == token.end and token.label, f"line {number}: field does not end at its value: {token}"
        content = line.strip()
        if content:
            indent = len(line) - len(line.lstrip())
            direct = _classify(content, at + indent, number, tab)
            assert direct == token, f"line {number}: the cached token differs: {token} != {direct}"
        at += len(line) + 1
