"""JP305 postcode-format."""

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP305") == []


def test_fail_invalid_postcode() -> None:
    text = variant(("Lowbridge\nLB4 7QT\nEmployer details", "Lowbridge\nLB4 7CT\nEmployer details"))
    assert codes(text, "JP305") == [(31, "JP305", "warning")]


def test_info_no_postcode() -> None:
    text = variant(("Lowbridge\nLB4 7QT\nEmployer details", "Lowbridge\nEmployer details"))
    assert codes(text, "JP305") == [(28, "JP305", "info")]


def test_fail_postcode_cut_short() -> None:
    text = variant(("Lowbridge\nLB4 7QT\nEmployer details", "Lowbridge\nLB4 7Q\nEmployer details"))
    assert codes(text, "JP305") == [(31, "JP305", "warning")]
    assert "'LB4 7Q' in the job location is an incomplete postcode" in problems(text, "JP305")[0].message


def test_outward_code_alone_is_not_a_mistake() -> None:
    text = variant(("Lowbridge\nLB4 7QT\nEmployer details", "Lowbridge LB4\nEmployer details"))
    assert [severity for _, _, severity in codes(text, "JP305")] == ["info"]


def test_fail_postcode_cut_short_in_a_one_line_address_anywhere() -> None:
    text = variant(("About us\n", "About us\nBase: Mill Road Clinic, Mill Road, Lowbridge, LB4 7\n"))
    assert codes(text, "JP305") == [(11, "JP305", "warning")]
    (problem,) = problems(text, "JP305")
    assert problem.column == 47 and "'LB4 7' is an incomplete postcode" in problem.message


def test_band_and_ward_numbers_are_not_postcodes() -> None:
    text = variant(("About us\n", "About us\nYou will work on Ward 3, Level 2, B 4\n"))
    assert codes(text, "JP305") == []
