"""JP407 stray-text."""

import pytest

from tests.rules.helpers import CLEAN, assert_fixed, codes, problems, variant

WEBSITE = "https://www.riversidehealth.example.nhs.uk"
LINE = "You will work in a multidisciplinary team caring for adults admitted as emergencies."


def test_pass() -> None:
    assert codes(CLEAN, "JP407") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Shifts run 07:30 to 20:00 ... or nights.",
        "Handover is at 10 : 30 each day.",  # a figure before the colon: a time, perhaps
        "| Band 5 |  £31,049  |",  # a table row lines its columns up
        "Band\t5  £31,049",
        "·   Degree or equivalent experience",  # the spaces after a bullet set its text off
        "1.  Assess, plan and evaluate care",
        "Visit the ward (Opens the ward's page).",
        "You will use .NET and C#.",  # the full stop starts a word
    ],
)
def test_pass_what_is_not_stray(sentence: str) -> None:
    found = codes(variant((LINE, sentence)), "JP407")
    assert all(line != 5 for line, _, _ in found), found


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (f"{WEBSITE} (Opens in a new tab)", WEBSITE),
        (f"{WEBSITE}  (opens in new window)", WEBSITE),
        (f"{WEBSITE}\u00a0(Link opens in a new window)", WEBSITE),
    ],
)
def test_furniture_is_a_warning_removed_with_the_spaces_before_it(written: str, expected: str) -> None:
    text = variant((WEBSITE, written))
    (problem,) = problems(text, "JP407")
    assert (problem.line, str(problem.severity)) == (41, "warning")
    assert "screen readers" in problem.message
    assert_fixed(text, "JP407", CLEAN)


@pytest.mark.parametrize(
    ("sentence", "expected", "found"),
    [
        ("You will join a friendly  team.", "You will join a friendly team.", ["2 spaces where one will do"]),
        ("You will join a friendly team .", "You will join a friendly team.", ["a space before '.'"]),
        ("Why join us ?", "Why join us?", ["a space before '?'"]),
        ("Closing date : 28 September 2025", "Closing date: 28 September 2025", ["a space before ':'"]),
        (
            "Salary £31,049 ,   rising yearly ;",
            "Salary £31,049, rising yearly;",
            ["a space before ','", "3 spaces where one will do", "a space before ';'"],
        ),
    ],
)
def test_stray_spaces_are_info_and_fixed(sentence: str, expected: str, found: list[str]) -> None:
    text = variant((LINE, sentence))
    stray = problems(text, "JP407")
    assert sorted(p.message for p in stray) == sorted(found)
    assert {(p.line, str(p.severity)) for p in stray} == {(5, "info")}
    assert_fixed(text, "JP407", variant((LINE, expected)))


def test_a_doubled_space_keeps_its_first_space_as_written() -> None:
    """A non-breaking space the author chose stays; the space after it goes."""
    text = variant(("Band 5\n", "Band\u00a0 5\n"))
    assert_fixed(text, "JP407", variant(("Band 5\n", "Band\u00a05\n")))
