"""JP103 band-missing."""

from tests.rules.helpers import CLEAN, codes, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP103") == []


def test_pass_other_pay_scheme_without_band() -> None:
    text = variant(("Agenda for change", "Other"), ("Band\nBand 5\n", ""))
    assert codes(text, "JP103") == []


def test_fail_afc_without_band() -> None:
    text = variant(("Band\nBand 5\n", ""))
    assert codes(text, "JP103") == [(16, "JP103", "error")]
