"""JP403 amount-format."""

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass_consistent() -> None:
    assert codes(CLEAN, "JP403") == []
    text = variant(("About us\n", "About us\nA supplement of at least £1,303 applies.\n"))
    assert codes(text, "JP403") == []


def test_fail_no_comma_beside_comma() -> None:
    text = variant(("About us\n", "About us\nA supplement of at least £1303 applies.\n"))
    (problem,) = problems(text, "JP403")
    assert (problem.line, problem.hint) == (11, "write £1,303")


def test_salary_sets_the_style() -> None:
    text = variant(
        ("£31,049 to £37,796", "£31049 to £37796"),
        ("About us\n", "About us\nA supplement of at least £1,303 applies.\n"),
    )
    (problem,) = problems(text, "JP403")
    assert (problem.line, problem.hint) == (11, "write £1303")
