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
