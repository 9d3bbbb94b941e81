"""JP104 band-unknown."""

import pytest

from tests.rules.helpers import CLEAN, codes, problems, variant


@pytest.mark.parametrize("band", ["Band 5", "Band 8a", "Specialty Doctor", "Band 5 to 6", "None", "N/A"])
def test_pass(band: str) -> None:
    assert codes(variant(("Band 5", band), base=CLEAN), "JP104") == []


@pytest.mark.parametrize("band", ["Band 10", "Band 8e"])
def test_fail_band_that_does_not_exist(band: str) -> None:
    assert codes(variant(("Band\nBand 5", f"Band\n{band}")), "JP104") == [(18, "JP104", "error")]


def test_fail_words_that_name_no_band_is_a_warning() -> None:
    text = variant(("Band\nBand 5", "Band\nTo be confirmed"))
    assert codes(text, "JP104") == [(18, "JP104", "warning")]
    assert "To be confirmed" in problems(text, "JP104")[0].message
