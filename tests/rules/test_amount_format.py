"""JP403 amount-format."""

from tests.rules.helpers import CLEAN, assert_fixed, codes, problems, variant


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


FIND_A_JOB = """\
Pharmacy Assistant
| Posting date: | 15 September 2025 |
|---|---|
| Salary: | £24,937.00 to £26,598.00 per year |
| Additional salary information: | £24937.00 - £26598.00 a year |
| Closing date: | 06 October 2025 |
| Location: | Ashby Fields, LE65 2QU |
| Company: | Charnwood Forest Hospitals NHS Trust |
Summary
A supplement of at least £1303 applies.
"""


def test_figures_the_job_board_prints_itself_are_left_out() -> None:
    assert [p.line for p in problems(FIND_A_JOB, "JP403")] == [10]


def test_fix_adds_the_thousands_comma_and_changes_nothing_else() -> None:
    text = variant(("About us\n", "About us\nA supplement of at least £1303.50 and at most £2198 applies.\n"))
    expected = variant(("About us\n", "About us\nA supplement of at least £1,303.50 and at most £2,198 applies.\n"))
    assert_fixed(text, "JP403", expected)
    first = problems(text, "JP403")[0]
    assert first.fix is not None and first.fix.safe
    assert [(e.column, e.end_column, e.replacement) for e in first.fix.edits] == [
        (28, 28, ",")
    ]  # an insertion after "£1"


def test_fix_drops_the_comma_when_the_salary_has_none() -> None:
    text = variant(
        ("£31,049 to £37,796", "£31049 to £37796"),
        ("About us\n", "About us\nA supplement of at least £1,303 applies.\n"),
    )
    expected = variant(
        ("£31,049 to £37,796", "£31049 to £37796"),
        ("About us\n", "About us\nA supplement of at least £1303 applies.\n"),
    )
    assert_fixed(text, "JP403", expected)
