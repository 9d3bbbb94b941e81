"""JP104 band-unknown."""

import pytest

from tests.rules.helpers import CLEAN, codes, variant


@pytest.mark.parametrize("band", ["Band 5", "Band 8a", "Specialty Doctor", "Band 5 to 6"])
def test_pass(band: str) -> None:
    assert codes(variant(("Band 5", band), base=CLEAN), "JP104") == []


@pytest.mark.parametrize("band", ["Band 10", "To be confirmed"])
def test_fail(band: str) -> None:
    assert codes(variant(("Band\nBand 5", f"Band\n{band}")), "JP104") == [(18, "JP104", "error")]
