"""JP106 hcas-included-matches."""

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass_basic_and_silent() -> None:
    assert codes(CLEAN, "JP106") == []


def test_pass_inclusive_and_says_so() -> None:
    text = variant(("£31,049 to £37,796 a year", "£32,601 to £39,686 a year (inclusive of High Cost Area allowance)"))
    assert codes(text, "JP106") == []


def test_fail_says_inclusive_but_basic_figures() -> None:
    text = variant(("£31,049 to £37,796 a year", "£31,049 to £37,796 a year incl. of HCAs"))
    (problem,) = problems(text, "JP106")
    assert (problem.line, str(problem.severity)) == (20, "error")
    assert "is basic Band 5 on England's 2025/26 scale" in problem.message
    assert "with the fringe HCAS it is £32,601 to £39,686" in problem.message


def test_fail_says_inclusive_in_prose_but_basic_figures() -> None:
    text = variant(("About us\n", "About us\nThe salary listed is inclusive of the High Cost Area Supplement.\n"))
    (problem,) = problems(text, "JP106")
    assert problem.line == 11 and str(problem.severity) == "error"


def test_warn_supplement_never_mentioned() -> None:
    text = variant(("£31,049 to £37,796", "£32,601 to £39,686"))
    assert codes(text, "JP106") == [(20, "JP106", "warning")]


def test_fail_says_paid_on_top_but_figures_include_it() -> None:
    text = variant(("£31,049 to £37,796 a year", "£32,601 to £39,686 a year plus HCAS"))
    assert codes(text, "JP106") == [(20, "JP106", "error")]
