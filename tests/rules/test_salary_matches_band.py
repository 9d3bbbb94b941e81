"""JP105 salary-matches-band."""

import datetime as dt

import pytest

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass_basic_scale() -> None:
    assert codes(CLEAN, "JP105") == []


@pytest.mark.parametrize(
    "salary",
    [
        "£32,601 to £39,686 a year inclusive of fringe HCAS",  # 2025/26 Band 5 + fringe
        "£37,259 to £45,355 a year including Inner London HCAS",  # + inner London
        "£31,049 to £33,487 a year",  # entry to intermediate point
        "£31,049 to £37,796 a year pro rata",  # pro rata: full-time figures
        "£15.88 to £19.33 an hour",  # the scale divided by 1,955.4 hours
    ],
)
def test_pass_variants(salary: str) -> None:
    assert codes(variant(("£31,049 to £37,796 a year", salary)), "JP105") == []


def test_fail_wrong_band_names_expected_range() -> None:
    text = variant(("Band\nBand 5", "Band\nBand 7"))
    (problem,) = problems(text, "JP105")
    assert (problem.line, str(problem.severity)) == (20, "error")
    assert problem.message == (
        "Band 7 on England's 2025/26 scale is £47,810 to £54,710; the advert says £31,049 to £37,796"
    )


def test_hourly_rate_off_scale_is_a_warning() -> None:
    assert codes(variant(("£31,049 to £37,796 a year", "£12.00 an hour")), "JP105") == [(20, "JP105", "warning")]


def test_previous_year_before_award_reaches_pay_is_info() -> None:
    # Posted in May 2025, before the 2025/26 award was paid (August 2025), at the 2024/25 scale.
    text = variant(
        ("12 September 2025", "12 May 2025"),
        ("28 September 2025", "28 May 2025"),
        ("November 2025", "July 2025"),
        ("£31,049 to £37,796", "£29,970 to £36,483"),
    )
    assert codes(text, "JP105", today=dt.date(2025, 5, 1)) == [(20, "JP105", "info")]


def test_previous_year_after_award_reached_pay_is_warning() -> None:
    text = variant(("£31,049 to £37,796", "£29,970 to £36,483"))
    assert codes(text, "JP105") == [(20, "JP105", "warning")]


def test_no_pay_data_for_the_year_is_info() -> None:
    text = variant(
        ("12 September 2025", "12 September 2031"),
        ("28 September 2025", "28 September 2031"),
        ("November 2025", "November 2031"),
    )
    (problem,) = problems(text, "JP105")
    assert str(problem.severity) == "info" and "no England pay data for 2031/32" in problem.message


def test_scotland_scale_with_the_nation_setting() -> None:
    from jobparse import parse
    from jobparse.config import from_mapping
    from jobparse.validator import validate

    text = variant(("£31,049 to £37,796", "£33,295 to £41,483"))  # NHS Scotland Band 5, 2025/26
    scotland = from_mapping({"today": "2025-09-01", "nation": "scotland", "select": ["JP105"]})
    assert validate(parse(text), scotland) == []
    england = from_mapping({"today": "2025-09-01", "select": ["JP105"]})
    assert [p.code for p in validate(parse(text), england)] == ["JP105"]


def test_no_date_posted_allows_for_an_award_paid_while_the_advert_was_open() -> None:
    # Closing 15 August 2025 with no date posted: written before the 2025/26 award reached pay
    # (August 2025), so the 2024/25 scale is expected, not out of date.
    text = variant(
        ("Date posted\n12 September 2025\n", ""),
        ("28 September 2025", "15 August 2025"),
        ("£31,049 to £37,796", "£29,970 to £36,483"),
    )
    assert codes(text, "JP105", today=dt.date(2025, 8, 1)) == [(18, "JP105", "info")]


def test_part_time_actual_pay_is_info_with_the_hours() -> None:
    # 30 of 37.5 hours: 80% of £31,049 to £37,796.
    (problem,) = problems(variant(("£31,049 to £37,796", "£24,839 to £30,237")), "JP105")
    assert str(problem.severity) == "info" and "80.0% of Band 5" in problem.message and "30.0 hours" in problem.message


def test_year_before_without_figures_for_the_band_is_at_most_a_warning() -> None:
    # Posted November 2020 at the 2019/20 Band 5 scale: jobparse has no 2019/20 Band 5 figures,
    # so it cannot tell last year's scale from a mistake.
    text = variant(
        ("12 September 2025", "12 November 2020"),
        ("28 September 2025", "28 November 2020"),
        ("November 2025", "January 2021"),
        ("£31,049 to £37,796", "£24,214 to £30,112"),
    )
    (problem,) = problems(text, "JP105", today=dt.date(2020, 11, 1))
    assert str(problem.severity) == "warning" and "no 2019/20 figures for Band 5" in problem.message


def test_one_figure_that_is_part_time_pay_is_info() -> None:
    # 22.5 of 37.5 hours at the entry point: 60% of £31,049.
    assert codes(variant(("£31,049 to £37,796", "£18,629.40")), "JP105") == [(20, "JP105", "info")]


def test_the_cached_scale_search_answers_as_a_fresh_one() -> None:
    from jobparse.rules._pay import matching

    args = (
        "england",
        ("2025-26", "2024-25", "2026-27"),
        ("5",),
        ("inner-london", "outer-london", "fringe"),
        32601.0,
        39686.0,
        "year",
    )
    first = matching(*args)
    assert first == matching.__wrapped__(*args) and first[0][:2] == ("2025-26", "fringe")
    assert matching(*args) is first  # the second advert with the same figures is answered from the cache
