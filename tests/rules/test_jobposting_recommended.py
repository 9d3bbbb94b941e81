"""JP502 jobposting-recommended (optional group)."""

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP502") == []


def test_fail_no_salary_figures() -> None:
    (problem,) = problems(variant(("£31,049 to £37,796 a year", "Competitive")), "JP502")
    assert str(problem.severity) == "info" and "baseSalary" in problem.message
