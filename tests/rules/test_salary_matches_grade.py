"""JP108 salary-matches-grade."""

import pytest

from tests.rules.helpers import codes, problems, variant


def _medical(grade: str, salary: str) -> str:
    return variant(
        ("Agenda for change", "Medical and Dental"),
        ("Band\nBand 5", f"Grade\n{grade}"),
        ("£31,049 to £37,796 a year", salary),
    )


@pytest.mark.parametrize(
    ("grade", "salary"),
    [
        ("Consultant", "£109,725 to £145,478 a year"),
        ("Specialty Doctor", "£61,542 to £99,216 per annum"),
        ("ST3", "£65,048 a year"),
        ("CT1", "£52,656 to £65,048 a year"),  # residents' ranges run across grades
    ],
)
def test_pass_figures_on_the_grades_scale(grade: str, salary: str) -> None:
    assert codes(_medical(grade, salary), "JP108") == []


def test_fail_figures_off_the_scale_is_a_warning_naming_nation_and_year() -> None:
    (problem,) = problems(_medical("Specialty Doctor", "£51,542 to £99,216 a year"), "JP108")
    assert str(problem.severity) == "warning"
    assert problem.message.startswith("Specialty Doctor on England's 2025/26 medical scale is £61,542 to £99,216")


def test_previous_years_scale_is_info() -> None:
    assert codes(_medical("Consultant", "£105,504 to £139,882 a year"), "JP108") == [(20, "JP108", "info")]


def test_afc_posts_are_left_to_salary_matches_band() -> None:
    assert codes(variant(("£31,049 to £37,796", "£51,542 to £99,216")), "JP108") == []
