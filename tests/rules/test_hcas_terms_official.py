"""JP107 hcas-terms-official."""

import datetime as dt

from tests.rules.helpers import CLEAN, codes, problems, variant

TERMS = "About us\nA High Cost Area Supplement of {rate}% of basic salary applies, subject to a minimum payment of £{low} and a maximum payment of £{high} per year.\n"


def _with_terms(rate: str, low: str, high: str) -> str:
    return variant(("About us\n", TERMS.format(rate=rate, low=low, high=high)))


def test_pass_no_terms_stated() -> None:
    assert codes(CLEAN, "JP107") == []


def test_pass_official_2025_26_fringe_terms() -> None:
    assert codes(_with_terms("5", "1,303", "2,198"), "JP107") == []


def test_fail_previous_years_limits_once_the_award_is_paid() -> None:
    (problem,) = problems(_with_terms("5", "1,258", "2,122"), "JP107")
    assert (problem.line, str(problem.severity)) == (11, "warning")
    assert "out-of-date 2024/25 ones" in problem.message and "minimum £1,303, maximum £2,198" in str(problem.hint)


def test_fail_limits_of_no_year() -> None:
    (problem,) = problems(_with_terms("5", "1,250", "2,100"), "JP107")
    assert (
        "minimum £1,250 (official £1,303)" in problem.message and "maximum £2,100 (official £2,198)" in problem.message
    )


def test_pass_previous_years_limits_in_the_award_lag_like_the_salary_rule() -> None:
    # Posted in May 2025 at the 2024/25 scale and 2024/25 terms: salary-matches-band says this is
    # expected until the award reaches pay, so hcas-terms-official must not ask for 2025/26's terms.
    text = variant(
        ("12 September 2025", "12 May 2025"),
        ("28 September 2025", "28 May 2025"),
        ("November 2025", "July 2025"),
        ("£31,049 to £37,796", "£29,970 to £36,483"),
        base=_with_terms("5", "1,258", "2,122"),
    )
    found = problems(text, today=dt.date(2025, 5, 1))
    assert [(p.code, str(p.severity)) for p in found if p.code in ("JP105", "JP107")] == [("JP105", "info")]


def test_fail_wrong_rate_for_named_zone() -> None:
    text = variant(("About us\n", "About us\nInner London HCAS of 15% applies, minimum £5,609, maximum £8,466.\n"))
    (problem,) = problems(text, "JP107")
    assert "rate 15% (official 20%)" in problem.message
