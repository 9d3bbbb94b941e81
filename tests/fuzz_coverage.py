"""Coverage-guided fuzzing of the value parsers and the tokenizer: `make fuzz-coverage` (atheris, libFuzzer).

libFuzzer mutates texts towards new branches of jobparse/values/ and jobparse/parse/tokenizer.py
(the modules are instrumented for coverage as they are imported), starting from every fixture
line and with the values' words as its dictionary; every text goes through the properties of
tests/fuzzing/values.py, which the test suite also checks with Hypothesis
(tests/test_value_properties.py). A failing text is written to fuzz-failures/ (libFuzzer's
crash-* file) and the run stops. Arguments are libFuzzer's: -max_total_time=SECONDS, -seed=N,
-runs=N, a corpus directory.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["jobparse"]):
    from tests.fuzzing.values import check_tokenizer, check_value_parsers

from tests.strategies import fixture_lines
from tests.test_value_properties import VALUE_WORDS


def one_input(data: bytes) -> None:
    """Every property, on one text."""
    text = data.decode("utf-8", errors="replace")
    check_value_parsers(text)
    check_tokenizer(text)


def seed_corpus(directory: Path) -> None:
    """The fixture lines, one a file, as libFuzzer's first inputs."""
    for number, line in enumerate(fixture_lines()):
        (directory / f"line-{number:05d}").write_text(line, encoding="utf-8")


def dictionary(path: Path) -> None:
    """libFuzzer's dictionary: the words values are made of, which mutations then splice in
    (one quoted entry a line; bytes other than printable ASCII written as \\xNN)."""

    def entry(word: str) -> str:
        return "".join(
            chr(byte) if 32 <= byte < 127 and byte not in b'"\\' else f"\\x{byte:02X}" for byte in word.encode("utf-8")
        )

    path.write_text("".join(f'"{entry(word)}"\n' for word in VALUE_WORDS), encoding="ascii")


def main() -> None:
    failures = Path("fuzz-failures")
    failures.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jobparse-fuzz-") as scratch:
        corpus, words = Path(scratch) / "corpus", Path(scratch) / "values.dict"
        corpus.mkdir()
        seed_corpus(corpus)
        dictionary(words)
        args = [sys.argv[0], f"-artifact_prefix={failures}/", f"-dict={words}", *sys.argv[1:], str(corpus)]
        atheris.Setup(args, one_input)
        atheris.Fuzz()


if __name__ == "__main__":
    main()
