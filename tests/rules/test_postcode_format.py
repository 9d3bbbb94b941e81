"""JP305 postcode-format."""

from tests.rules.helpers import CLEAN, codes, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP305") == []


def test_fail_invalid_postcode() -> None:
    text = variant(("Lowbridge\nLB4 7QT\nEmployer details", "Lowbridge\nLB4 7CT\nEmployer details"))
    assert codes(text, "JP305") == [(28, "JP305", "warning")]


def test_info_no_postcode() -> None:
    text = variant(("Lowbridge\nLB4 7QT\nEmployer details", "Lowbridge\nEmployer details"))
    assert codes(text, "JP305") == [(28, "JP305", "info")]
