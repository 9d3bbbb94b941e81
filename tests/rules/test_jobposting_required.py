"""JP501 jobposting-required (optional group)."""

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_not_run_by_default() -> None:
    assert [p for p in problems(variant(("Date posted\n12 September 2025\n", ""))) if p.code == "JP501"] == []


def test_pass() -> None:
    assert codes(CLEAN, "JP501") == []


def test_fail_no_date_posted() -> None:
    (problem,) = problems(variant(("Date posted\n12 September 2025\n", "")), "JP501")
    assert (problem.line, str(problem.severity)) == (1, "error") and "datePosted" in problem.message
