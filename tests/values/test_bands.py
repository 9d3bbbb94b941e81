"""parse_band and parse_pay_scheme: AfC bands, ranges, choices and non-AfC grades."""

from __future__ import annotations

import pytest

from jobparse.values.bands import parse_band, parse_pay_scheme


@pytest.mark.parametrize(
    ("text", "value", "bands"),
    [
        ("Band 6", "6", ("6",)),
        ("band 8A", "8a", ("8a",)),
        ("Band 8 a", "8a", ("8a",)),
        ("NHS AfC: Band 6", "6", ("6",)),
        ("Band 2/3", "2-3", ("2", "3")),
        ("Band 5 to 6", "5-6", ("5", "6")),
        ("Band 7 to Band 8a", "7-8a", ("7", "8a")),
        ("B7 or 8a", "7-8a", ("7", "8a")),
        ("Band 6 or Band 5", "5-6", ("5", "6")),
        ("Band 8b - 8c", "8b-8c", ("8b", "8c")),
        ("Band 7 (£46,244 - £53,789)", "7", ("7",)),
    ],
)
def test_afc_bands(text: str, value: str, bands: tuple[str, ...]) -> None:
    parsed = parse_band(text)
    assert (parsed.value, parsed.bands, parsed.scheme) == (value, bands, "afc")


@pytest.mark.parametrize(
    ("text", "value", "scheme"),
    [
        ("Specialty Doctor", "Specialty Doctor", "medical"),
        ("Consultant", "Consultant", "medical"),
        ("Locum Consultant", "Locum Consultant", "medical"),
        ("LAS ST3+", "LAS ST3+", "medical"),
        ("Local Appointment nodal point 4 (MT04)", "MT04", "medical"),
        ("FY1", "FY1", "medical"),
        ("Foundation Year 2", "FY2", "medical"),
        ("Executives / VSM", "Executive / VSM", "other"),
        ("Non-executive director", "Non-executive", "other"),
    ],
)
def test_other_grades(text: str, value: str, scheme: str) -> None:
    parsed = parse_band(text)
    assert (parsed.value, parsed.scheme, parsed.bands) == (value, scheme, ())


@pytest.mark.parametrize("text", ["Band 10", "Band 0"])
def test_band_that_does_not_exist(text: str) -> None:
    parsed = parse_band(text)
    assert (parsed.value, parsed.scheme) == (None, "afc")


def test_unreadable() -> None:
    assert parse_band("to be confirmed").value is None


@pytest.mark.parametrize(
    ("text", "scheme"),
    [("Agenda for change", "agenda-for-change"), ("NHS AfC", "agenda-for-change"),
     ("Hospital medical and dental staff", "medical-and-dental"), ("Very senior manager", "very-senior-manager"),
     ("Other", "other"), ("Unknown", None)],
)  # fmt: skip
def test_pay_scheme(text: str, scheme: str | None) -> None:
    assert parse_pay_scheme(text) == scheme


@pytest.mark.parametrize(
    ("text", "value"),
    [("Band 6 - 7", "6-7"), ("Band 6 - Band 7", "6-7"), ("Band 8 a", "8a"), ("Band 5 (£31,049 - £37,796)", "5")],
)
def test_ranges_written_with_spaces(text: str, value: str) -> None:
    assert parse_band(text).value == value
