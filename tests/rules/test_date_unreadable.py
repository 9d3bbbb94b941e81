"""JP205 date-unreadable."""

import pytest

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP205") == []


@pytest.mark.parametrize(
    ("posted", "why"),
    [
        ("31 February 2026", "31 February 2026: February has 28 days"),
        ("31 September 2025", "31 September 2025: September has 30 days"),
        ("29 February 2025", "29 February 2025: 2025 is not a leap year"),
        ("31/04/2025", "31/04/2025: April has 30 days"),
    ],
)
def test_fail_a_day_that_does_not_exist_is_named(posted: str, why: str) -> None:
    text = variant(("12 September 2025", posted))
    assert codes(text, "JP205") == [(14, "JP205", "error")]
    (problem,) = problems(text, "JP205")
    assert why in problem.message
    # The hint must not offer a date of its own: the writer knows which day was meant.
    assert problem.hint is not None and not any(ch.isdigit() for ch in problem.hint)


@pytest.mark.parametrize(("posted", "why"), [("TBC", "holds no date"), ("12 September", "gives no year")])
def test_fail_no_date_or_no_year_is_a_warning(posted: str, why: str) -> None:
    text = variant(("12 September 2025", posted))
    assert codes(text, "JP205") == [(14, "JP205", "warning")]
    assert why in problems(text, "JP205")[0].message
