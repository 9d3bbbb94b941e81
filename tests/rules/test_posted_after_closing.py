"""JP201 posted-after-closing."""

from tests.rules.helpers import CLEAN, codes, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP201") == []


def test_pass_same_day() -> None:
    assert codes(variant(("12 September 2025", "28 September 2025")), "JP201") == []


def test_fail() -> None:
    assert codes(variant(("12 September 2025", "30 September 2025")), "JP201") == [(14, "JP201", "error")]
