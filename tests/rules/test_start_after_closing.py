"""JP202 start-after-closing."""

from tests.rules.helpers import CLEAN, codes, variant


def test_pass_month_after_closing() -> None:
    assert codes(CLEAN, "JP202") == []


def test_pass_month_of_closing_is_not_definitely_before() -> None:
    assert codes(variant(("November 2025", "September 2025")), "JP202") == []


def test_fail_month_before_closing() -> None:
    text = variant(("The closing date is 28 September 2025", "The closing date is 15 December 2025"))
    assert codes(text, "JP202") == [(6, "JP202", "error")]


def test_fail_day_before_closing() -> None:
    assert codes(
        variant(
            ("start date for this post will be November 2025", "start date for this post will be 1 September 2025")
        ),
        "JP202",
    ) == [(6, "JP202", "error")]
