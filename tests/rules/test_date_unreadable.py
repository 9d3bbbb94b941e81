"""JP205 date-unreadable."""

import pytest

from tests.rules.helpers import CLEAN, codes, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP205") == []


@pytest.mark.parametrize("posted", ["31 February 2026", "TBC"])
def test_fail(posted: str) -> None:
    assert codes(variant(("12 September 2025", posted)), "JP205") == [(14, "JP205", "error")]
