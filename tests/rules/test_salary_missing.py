"""JP102 salary-missing."""

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP102") == []


def test_fail_words_instead_of_figures() -> None:
    text = variant(("£31,049 to £37,796 a year", "Competitive"))
    assert codes(text, "JP102") == [(20, "JP102", "error")]
    assert "Competitive" in problems(text, "JP102")[0].message


def test_fail_no_salary_points_at_the_first_line() -> None:
    text = variant(("Salary\n£31,049 to £37,796 a year\n", ""))
    assert codes(text, "JP102") == [(1, "JP102", "error")]
