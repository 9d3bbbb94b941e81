"""JP306 employer-name-consistent."""

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP306") == []


def test_fail_and_written_as_ampersand() -> None:
    text = variant(
        ("Employer name\nRiverside Health NHS Foundation Trust", "Employer name\nKent and Medway NHS Trust"),
        ("Riverside Health NHS Foundation Trust serves", "Kent & Medway NHS Trust serves"),
    )
    (problem,) = problems(text, "JP306")
    assert (problem.line, problem.column, str(problem.severity)) == (11, 1, "warning")
    assert "'Kent & Medway NHS Trust'" in problem.message
