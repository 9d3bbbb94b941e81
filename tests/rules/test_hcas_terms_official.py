"""JP107 hcas-terms-official."""

from tests.rules.helpers import CLEAN, codes, problems, variant

TERMS = "About us\nA High Cost Area Supplement of {rate}% of basic salary applies, subject to a minimum payment of £{low} and a maximum payment of £{high} per year.\n"


def _with_terms(rate: str, low: str, high: str) -> str:
    return variant(("About us\n", TERMS.format(rate=rate, low=low, high=high)))


def test_pass_no_terms_stated() -> None:
    assert codes(CLEAN, "JP107") == []


def test_pass_official_2025_26_fringe_terms() -> None:
    assert codes(_with_terms("5", "1,303", "2,198"), "JP107") == []


def test_fail_previous_years_limits() -> None:
    (problem,) = problems(_with_terms("5", "1,258", "2,122"), "JP107")
    assert (problem.line, str(problem.severity)) == (11, "warning")
    assert (
        "minimum £1,258 (official £1,303)" in problem.message and "maximum £2,122 (official £2,198)" in problem.message
    )


def test_fail_wrong_rate_for_named_zone() -> None:
    text = variant(("About us\n", "About us\nInner London HCAS of 15% applies, minimum £5,609, maximum £8,466.\n"))
    (problem,) = problems(text, "JP107")
    assert "rate 15% (official 20%)" in problem.message
