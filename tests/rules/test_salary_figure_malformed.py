"""JP109 salary-figure-malformed."""

import pytest

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP109") == []


def test_fail_misplaced_comma_suggests_the_same_digits_regrouped() -> None:
    text = variant(("£31,049 to £37,796", "£31,049 to £3,7796"))
    (problem,) = problems(text, "JP109")
    assert (problem.line, problem.column, str(problem.severity)) == (20, 12, "error")
    assert problem.hint == "check the digits: £37,796?"


@pytest.mark.parametrize("written", ["£31,0490", "£3,10"])
def test_fail_without_a_plausible_reading_offers_no_figure(written: str) -> None:
    (problem,) = problems(variant(("£31,049 to", f"{written} to")), "JP109")
    assert problem.hint == "check the digits of this figure"


def test_range_order_leaves_malformed_figures_to_this_rule() -> None:
    assert codes(variant(("£31,049 to £37,796", "£31,049 to £3,7796")), "JP101") == []


def test_comma_for_the_decimal_point_is_named_and_read_as_one() -> None:
    (problem,) = problems(variant(("£31,049 to £37,796 a year", "£15,88 to £19.33 an hour")), "JP109")
    assert "a comma stands where the decimal point should be" in problem.message
    assert problem.hint == "check the digits: £15.88?"
