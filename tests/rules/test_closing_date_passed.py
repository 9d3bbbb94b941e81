"""JP203 closing-date-passed."""

import datetime as dt

from tests.rules.helpers import CLEAN, codes


def test_pass_before_closing() -> None:
    assert codes(CLEAN, "JP203") == []


def test_pass_on_closing_day() -> None:
    assert codes(CLEAN, "JP203", today=dt.date(2025, 9, 28)) == []


def test_fail_after_closing() -> None:
    assert codes(CLEAN, "JP203", today=dt.date(2025, 10, 1)) == [(2, "JP203", "warning")]
