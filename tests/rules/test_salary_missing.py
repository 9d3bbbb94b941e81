"""JP102 salary-missing."""

import pytest

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP102") == []


def test_words_instead_of_figures_on_an_afc_post_is_a_warning() -> None:
    text = variant(("£31,049 to £37,796 a year", "Competitive"))
    assert codes(text, "JP102") == [(20, "JP102", "warning")]
    (problem,) = problems(text, "JP102")
    assert "Competitive" in problem.message and "Band 5" in str(problem.hint)


@pytest.mark.parametrize(
    ("grade", "words"),
    [
        ("Consultant", "Negotiable"),
        ("Executives / VSM: Executives / VSM", "Competitive"),
        ("Specialty Doctor", "Dependent on experience"),
    ],
)
def test_pass_words_on_posts_outside_agenda_for_change(grade: str, words: str) -> None:
    text = variant(
        ("Band\nBand 5", f"Band\n{grade}"), ("Agenda for change", "Other"), ("£31,049 to £37,796 a year", words)
    )
    assert codes(text, "JP102") == []


def test_pass_words_when_the_pay_scheme_names_vsm() -> None:
    text = variant(
        ("Band\nBand 5\n", ""),
        ("Agenda for change", "Very Senior Manager pay framework"),
        ("£31,049 to £37,796 a year", "Competitive"),
    )
    assert codes(text, "JP102") == []


def test_words_with_no_pay_scheme_at_all_is_info() -> None:
    text = variant(
        ("Band\nBand 5\n", ""), ("Pay scheme\nAgenda for change\n", ""), ("£31,049 to £37,796 a year", "Negotiable")
    )
    assert codes(text, "JP102") == [(16, "JP102", "info")]


def test_fail_no_salary_points_at_the_first_line() -> None:
    text = variant(("Salary\n£31,049 to £37,796 a year\n", ""))
    assert codes(text, "JP102") == [(1, "JP102", "error")]
