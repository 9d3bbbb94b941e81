"""Postcodes: the shapes UK postcodes take, normalised, and near misses refused."""

from __future__ import annotations

import pytest

from jobparse.values.postcodes import find_postcode, normalise_postcode


@pytest.mark.parametrize(
    ("text", "postcode"),
    [("DA2 6PB", "DA2 6PB"), ("da26pb", "DA2 6PB"), ("SW1A 1AA", "SW1A 1AA"), ("M1 1AE", "M1 1AE"),
     ("B33 8TH", "B33 8TH"), ("CR2 6XH", "CR2 6XH"), ("EC1A 1BB", "EC1A 1BB"), ("W1A 0AX", "W1A 0AX"),
     ("GIR 0AA", "GIR 0AA"), (" WD18 0HB ", "WD18 0HB")],
)  # fmt: skip
def test_valid(text: str, postcode: str) -> None:
    assert normalise_postcode(text) == postcode


@pytest.mark.parametrize("text", ["DA2 6CB", "QA1 1AA", "VX1 1AA", "12345", "DA2", "Band 6", "AB1 2CD"])
def test_invalid(text: str) -> None:
    assert normalise_postcode(text) is None


def test_find_in_line_takes_the_last() -> None:
    found = find_postcode("Dartford, Kent DA2 6PB")
    assert found is not None and found[0] == "DA2 6PB"
    line = "Moved from LS1 4AP to Dartford DA2 6PB"
    found = find_postcode(line)
    assert found is not None and line[found[1] : found[2]] == "DA2 6PB"


def test_not_inside_words() -> None:
    assert find_postcode("REFDA2 6PBX") is None
