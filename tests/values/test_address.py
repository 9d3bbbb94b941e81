"""parse_address: address lines, town and postcode."""

from __future__ import annotations

import pytest

from jobparse.values.address import parse_address, trailing_postcode


@pytest.mark.parametrize(
    ("lines", "town", "postcode", "address_lines"),
    [
        (["Littlebrook Hospital", "Bow Arrow Lane", "Dartford, Kent", "DA2 6PB"], "Dartford", "DA2 6PB",
         ("Littlebrook Hospital", "Bow Arrow Lane", "Dartford, Kent")),
        (["Littlebrook Hospital, Dartford", "Bow Arrow Lane", "Dartford", "DA2 6PB"], "Dartford", "DA2 6PB",
         ("Littlebrook Hospital, Dartford", "Bow Arrow Lane", "Dartford")),
        (["Pennine Vale Community Hospital, Low Road, Holmfirth Vale, HV7 2PW"], "Holmfirth Vale", "HV7 2PW",
         ("Pennine Vale Community Hospital", "Low Road", "Holmfirth Vale")),
        (["Riverside Clinic", "Leeds LS1 4AP"], "Leeds", "LS1 4AP", ("Riverside Clinic", "Leeds")),
        (["Unit 4", "12 High Street", "AB1 2AB"], None, "AB1 2AB", ("Unit 4", "12 High Street")),
        (["Greystone Community Hub", "Greystone"], "Greystone", None, ("Greystone Community Hub", "Greystone")),
        (["Main Hospital", "Wellmere", "Kent", "WM3 5HD"], "Wellmere", "WM3 5HD", ("Main Hospital", "Wellmere", "Kent")),
    ],
)  # fmt: skip
def test_addresses(lines: list[str], town: str | None, postcode: str | None, address_lines: tuple[str, ...]) -> None:
    parsed = parse_address(lines)
    assert (parsed.town, parsed.postcode, parsed.lines) == (town, postcode, address_lines)


def test_trailing_postcode_must_end_the_line() -> None:
    assert trailing_postcode("DA2 6PB is our postcode") is None
    assert trailing_postcode("Dartford DA2 6PB,") == ("DA2 6PB", 9)
