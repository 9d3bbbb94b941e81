"""JP402 redundant-phrases."""

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP402") == []


def test_fail_a_year_per_annum() -> None:
    (problem,) = problems(variant(("£31,049 to £37,796 a year", "£31,049 to £37,796 a year per annum")), "JP402")
    assert (problem.line, problem.column, problem.end_column) == (20, 20, 36)


def test_fail_past_experience() -> None:
    text = variant(("caring for adults", "using your past experience caring for adults"))
    assert codes(text, "JP402") == [(5, "JP402", "warning")]
