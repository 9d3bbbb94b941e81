"""JP402 redundant-phrases."""

import pytest

from tests.rules.helpers import CLEAN, assert_fixed, codes, fixed, problems, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP402") == []


def test_fail_a_year_per_annum() -> None:
    (problem,) = problems(variant(("£31,049 to £37,796 a year", "£31,049 to £37,796 a year per annum")), "JP402")
    assert (problem.line, problem.column, problem.end_column) == (20, 20, 36)


def test_fail_past_experience() -> None:
    text = variant(("caring for adults", "using your past experience caring for adults"))
    assert codes(text, "JP402") == [(5, "JP402", "warning")]


def test_fix_writes_the_shorter_phrase_and_nothing_else() -> None:
    text = variant(("£31,049 to £37,796 a year", "£31,049 to £37,796 a year per annum"))
    assert_fixed(text, "JP402", CLEAN)
    (problem,) = problems(text, "JP402")
    assert problem.fix is not None and problem.fix.safe
    assert [(e.line, e.column, e.end_column, e.replacement) for e in problem.fix.edits] == [(20, 26, 36, "")]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("£31,049 to £37,796 per annum a year", "£31,049 to £37,796 a year"),
        ("£31,049 to £37,796 PER ANNUM A YEAR", "£31,049 to £37,796 A YEAR"),
        ("£31,049 to £37,796 a year\u00a0per annum", "£31,049 to £37,796 a year"),
    ],
)
def test_fix_keeps_the_case_written(written: str, expected: str) -> None:
    assert_fixed(
        variant(("£31,049 to £37,796 a year", written)), "JP402", variant(("£31,049 to £37,796 a year", expected))
    )


def test_each_and_every_and_revert_back_are_safe() -> None:
    text = variant(("Give medicines safely", "Each and every day, give medicines safely"))
    assert_fixed(text, "JP402", variant(("Give medicines safely", "Every day, give medicines safely")))


def test_an_article_before_the_phrase_makes_the_fix_unsafe() -> None:
    text = variant(("caring for adults", "caring for adults, an added bonus"))
    (problem,) = problems(text, "JP402")
    assert problem.fix is not None and not problem.fix.safe
    assert fixed(text, "JP402") == text  # --fix leaves it; --unsafe-fixes writes it
    assert fixed(text, "JP402", unsafe=True) == variant(("caring for adults", "caring for adults, an bonus"))


def test_advice_that_is_not_a_replacement_has_no_fix() -> None:
    text = variant(("caring for adults", "caring for adults in close proximity to the ward"))
    (problem,) = problems(text, "JP402")
    assert problem.hint == "write 'near'" and problem.fix is None
