"""The page header: title, employer display line, location lines and navigation text around them."""

from __future__ import annotations

import pytest

from jobparse import parse

BODY = "The closing date is 28 September 2025\nJob summary\nWe are hiring.\nDetails\nBand\nBand 6\n"


@pytest.mark.parametrize(
    ("header", "title", "display"),
    [
        ("Senior Occupational Therapist\n", "Senior Occupational Therapist", None),
        ("Kent and Medway NHS Trust\nSenior Occupational Therapist\n", "Senior Occupational Therapist", "Kent and Medway NHS Trust"),
        ("Senior Occupational Therapist\nKent and Medway NHS Trust\n", "Senior Occupational Therapist", "Kent and Medway NHS Trust"),
        ("Senior Occupational Therapist\nKent and Medway NHS Trust\nDartford, Kent\n", "Senior Occupational Therapist",
         "Kent and Medway NHS Trust"),
        ("Skip to main content\nBack to search results\nHealth Visitor\nApply now\n", "Health Visitor", None),
        ("Practice Nurse\nLondon SE11 4BB\n", "Practice Nurse", None),
    ],
)  # fmt: skip
def test_header_lines(header: str, title: str, display: str | None) -> None:
    advert = parse(header + BODY)
    assert advert.title is not None and advert.title.value == title
    shown = advert.employer.display_name.value if advert.employer and advert.employer.display_name else None
    assert shown == display
