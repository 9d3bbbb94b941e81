"""parse_salary and friends: amounts, ranges, periods, pro rata, HCAS statements and terms."""

from __future__ import annotations

import pytest

from jobparse.values.money import find_amounts, find_period, hcas_terms, parse_amount, parse_salary, text_hcas_statement


@pytest.mark.parametrize(
    ("text", "minimum", "maximum"),
    [
        ("£40,617 to £48,778 a year", 40617, 48778),
        ("£25,768 to £25,768 a year", 25768, 25768),
        ("£31,049 - £37,796 per annum", 31049, 37796),
        ("£31,049 – £37,796 per annum", 31049, 37796),
        ("£31,049-£37,796", 31049, 37796),
        ("£31,049 - 37,796 per annum", 31049, 37796),
        ("£47,810.00 to £54,710.00 per year", 47810, 54710),
        ("£12.45 an hour", 12.45, 12.45),
        ("£24,465 pro rata per annum", 24465, 24465),
        ("£25k - £30k", 25000, 30000),
        ("£ 31049 to £ 37796", 31049, 37796),
        ("up to £45,000", None, 45000),
    ],
)
def test_ranges(text: str, minimum: float | None, maximum: float | None) -> None:
    parsed = parse_salary(text)
    assert (parsed.minimum, parsed.maximum) == (minimum, maximum)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("£40,617 to £48,778 a year", "year"),
        ("£31,049 per annum", "year"),
        ("£31,049 p.a.", "year"),
        ("£31,049 pa", "year"),
        ("£31,049 per year", "year"),
        ("£12.45 an hour", "hour"),
        ("£12.45 per hour", "hour"),
        ("£12.45 p/h", "hour"),
        ("£350 per day", "day"),
        ("£2,500 a month", "month"),
        ("£600 per session", "session"),
        ("£40,617", None),
        ("Negotiable", None),
    ],
)
def test_periods(text: str, period: str | None) -> None:
    assert find_period(text) == period


@pytest.mark.parametrize(
    ("text", "pro_rata"),
    [
        ("£31,049 per annum/pro rata", True),
        ("(pro-rata for part time)", True),
        ("Per Annum Pro Rata", True),
        ("£31,049", False),
    ],
)
def test_pro_rata(text: str, pro_rata: bool) -> None:
    assert parse_salary(text).pro_rata is pro_rata


@pytest.mark.parametrize(
    ("text", "included"),
    [
        ("£26,240 to £27,928 a year per annum (inclusive of High Cost Area allowance)", True),
        ("£40,617 - £48,778 incl. of HCAs", True),
        ("£40,617 per annum inc. HCAS", True),
        ("£37,259 including Inner London HCAS", True),
        ("£25,768 a year Inclusive of fringe HCAS", True),
        ("£31,049 – £37,796 per annum plus 5% fringe allowance", False),
        ("£31,049 plus HCAS", False),
        ("£39,959 to £48,117 a year exclusive of London Weighting", False),
        ("£39,959 to £48,117 a year", None),
    ],
)
def test_hcas_statement_in_salary(text: str, included: bool | None) -> None:
    assert parse_salary(text).hcas_included is included


def test_hcas_statement_in_prose() -> None:
    found = text_hcas_statement("The salary listed is inclusive of the High-Cost Area Allowance.")
    assert found is not None and found[0] is True
    found = text_hcas_statement("The salary shown excludes the High Cost Area Supplement.")
    assert found is not None and found[0] is False
    # Saying a supplement exists does not say whether the figures include it.
    assert text_hcas_statement("All positions also benefit from a High Cost Area allowance.") is None


@pytest.mark.parametrize(
    ("text", "note"),
    [("Competitive", "competitive"), ("Negotiable", "negotiable"), ("Depends on experience", "depends-on-experience"),
     ("DOE", "depends-on-experience"), ("Not specified", "not-specified"), ("£31,049", None)],
)  # fmt: skip
def test_notes(text: str, note: str | None) -> None:
    assert parse_salary(text).note == note


def test_hcas_terms_from_sentence() -> None:
    sentence = (
        "All jobs based at our Dartford unit come with a High Cost Area Supplement: 5% of basic salary, "
        "subject to a minimum payment of £1303 per year and a maximum payment of £2198 per year"
    )
    assert hcas_terms(sentence) == (5, 1303, 2198, None)
    assert hcas_terms("plus 5% fringe allowance (min £1,303, max £2,198)") == (5, 1303, 2198, "fringe")
    assert hcas_terms("Inner London HCAS of 20%") == (20, None, None, "inner-london")


def test_amount_helpers() -> None:
    assert parse_amount("£1,303") == 1303
    assert parse_amount("none") is None
    # A bare number only counts as the far end of a range that starts with £.
    assert [a.value for a in find_amounts("Band 6, 37.5 hours, £40,617 - 48,778")] == [40617, 48778]
    assert find_amounts("37.5 hours per week") == []


@pytest.mark.parametrize(
    ("text", "minimum", "maximum"),
    [
        ("£40.617 to £48.778 a year", 40617, 48778),  # European thousands points
        ("40,000- 41,000", 40000, 41000),  # a Salary field with no £ at all
        ("£15.44- £23.46 per hour", 15.44, 23.46),
        ("£31049.50", 31049.5, 31049.5),
    ],
)
def test_figures_as_written(text: str, minimum: float, maximum: float) -> None:
    parsed = parse_salary(text)
    assert (parsed.minimum, parsed.maximum, parsed.malformed) == (minimum, maximum, ())


@pytest.mark.parametrize(
    ("text", "minimum", "maximum", "malformed"),
    [
        ("£40,617 to £4,8778 a year", 40617, None, ("£4,8778",)),
        ("£4,8778 to £54,710", None, 54710, ("£4,8778",)),
        ("£40,61,7", None, None, ("£40,61,7",)),
    ],
)
def test_malformed_figure_is_kept_as_written_never_read_as_another(
    text: str, minimum: float | None, maximum: float | None, malformed: tuple[str, ...]
) -> None:
    parsed = parse_salary(text)
    assert (parsed.minimum, parsed.maximum, parsed.malformed) == (minimum, maximum, malformed)
    assert parsed.note is None


def test_bare_figures_need_a_thousands_separator() -> None:
    assert parse_salary("37.5 hours per week").minimum is None
    assert parse_salary("Band 7 from April 2026").minimum is None
    assert [a.value for a in find_amounts("37,796 and 2026")] == []  # only with bare=True


def test_sessional_pay_names_its_period_first() -> None:
    assert find_period("Between £7,959.64 and £8,531.12 p/session p/year") == "session"


@pytest.mark.parametrize(
    ("text", "included"),
    [
        ("£28,691 - £35,207 £24,907-£30,615 per annum + HCAS", None),  # the statement is the second range's
        ("£31,049 to £37,796 (£15.88 to £19.33 an hour) incl. HCAS", True),  # the same pay, hourly
        ("£31,049 to £37,796 pro rata, 37.5 hours, incl HCAS", True),
    ],
)
def test_hcas_statement_belongs_to_the_figures_just_before_it(text: str, included: bool | None) -> None:
    assert parse_salary(text).hcas_included is included


def test_stray_space_after_a_thousands_comma_is_read_through() -> None:
    parsed = parse_salary("£24,907 - £37, 890")
    assert (parsed.minimum, parsed.maximum, parsed.malformed) == (24907, 37890, ())


def test_space_as_the_thousands_separator_after_the_pound_sign() -> None:
    assert (parse_salary("£24907 -£30 615").maximum, parse_salary("£25 000 to £30 000").minimum) == (30615, 25000)
