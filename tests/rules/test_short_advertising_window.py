"""JP204 short-advertising-window."""

from tests.rules.helpers import CLEAN, codes, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP204") == []


def test_fail_three_days() -> None:
    assert codes(variant(("12 September 2025", "25 September 2025")), "JP204") == [(2, "JP204", "warning")]


def test_option_min_days() -> None:
    assert codes(CLEAN, "JP204", min_days=21) == [(2, "JP204", "warning")]
    assert codes(variant(("12 September 2025", "25 September 2025")), "JP204", min_days=3) == []
