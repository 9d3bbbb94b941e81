"""The public API: jobparse.parse stays callable although the parser's package shares its name."""

from __future__ import annotations

import subprocess
import sys


def test_parse_is_callable_before_and_after_the_parser_modules_load() -> None:
    code = (
        "import jobparse\n"
        "first = jobparse.parse('Nurse\\nThe closing date is 1 May 2026').closing_date.value\n"
        "import jobparse.parse.tokenizer as tokenizer\n"
        "from jobparse.parse.extract import extract\n"
        "from jobparse import parse\n"
        "second = parse('Nurse\\nThe closing date is 2 May 2026').closing_date.value\n"
        "print(first, second, callable(tokenizer.tokenize), callable(extract))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["2026-05-01", "2026-05-02", "True", "True"]


def test_validate_gives_lines_for_an_advert_built_without_a_line_index() -> None:
    import dataclasses

    from jobparse import parse, validate
    from tests.rules.helpers import CLEAN, variant

    advert = dataclasses.replace(parse(variant(("Reference number\n412-RGH-5521\n", ""), base=CLEAN)), lines=None)
    problems = validate(advert)
    assert problems and all(problem.line >= 1 and problem.column >= 1 for problem in problems)


def test_a_salary_with_a_blank_line_inside_spans_its_whole_value() -> None:
    from jobparse import parse
    from tests.rules.helpers import variant

    text = variant(("Salary\n£31,049 to £37,796 a year", "Salary\n£31,049 to\n\n£37,796 a year"))
    salary = parse(text).salary
    assert salary is not None and text[salary.span.start : salary.span.end] == "£31,049 to\n\n£37,796 a year"
