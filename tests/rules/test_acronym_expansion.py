"""JP404 acronym-expansion."""

from tests.rules.helpers import CLEAN, codes, problems, variant

LINE = "You will work in a multidisciplinary team caring for adults admitted as emergencies."


def test_pass_expanded_and_known() -> None:
    assert codes(CLEAN, "JP404") == []
    text = variant((LINE, "You will join the multidisciplinary team (MDT); the MDT meets daily and the NHS pays."))
    assert codes(text, "JP404") == []


def test_fail_first_use_not_expanded_reported_once() -> None:
    text = variant((LINE, "You will work within the MDT. The MDT meets daily."))
    (problem,) = problems(text, "JP404")
    assert (problem.line, problem.column, str(problem.severity)) == (5, 26, "info")


def test_option_known() -> None:
    text = variant((LINE, "You will work within the MDT."))
    assert codes(text, "JP404", known=["MDT"]) == []


def test_headings_in_capitals_are_not_acronyms() -> None:
    text = variant(("About us\n", "About us\nWHY JOIN US\n"))
    assert codes(text, "JP404") == []
