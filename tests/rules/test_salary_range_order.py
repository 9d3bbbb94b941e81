"""JP101 salary-range-order."""

from tests.rules.helpers import CLEAN, codes, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP101") == []


def test_fail_reversed_range() -> None:
    text = variant(("£31,049 to £37,796", "£37,796 to £31,049"))
    assert codes(text, "JP101") == [(20, "JP101", "error")]
