"""JP103 band-missing."""

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP103") == []


def test_pass_other_pay_scheme_without_band() -> None:
    text = variant(("Agenda for change", "Other"), ("Band\nBand 5\n", ""))
    assert codes(text, "JP103") == []


def test_fail_afc_without_band() -> None:
    text = variant(("Band\nBand 5\n", ""))
    assert codes(text, "JP103") == [(16, "JP103", "error")]


def test_no_band_and_no_scheme_but_one_bands_figures_is_a_warning_naming_it() -> None:
    text = variant(("Band\nBand 5\n", ""), ("Pay scheme\nAgenda for change\n", ""))
    assert codes(text, "JP103") == [(16, "JP103", "warning")]
    assert "its salary is Band 5 on England's 2025/26 scale" in problems(text, "JP103")[0].message


def test_no_band_and_figures_of_no_band_is_not_reported() -> None:
    text = variant(("Band\nBand 5\n", ""), ("Pay scheme\nAgenda for change\n", ""), ("£31,049", "£31,500"))
    assert codes(text, "JP103") == []
