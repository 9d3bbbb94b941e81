"""The fuzzer's regression corpus: every input a fuzzing session failed on, shrunk, kept as a plain file
under tests/fuzz_corpus/ (its suffix says how it is read) and run through the fuzzer's own checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fuzzing.checks import check_input

CORPUS = Path(__file__).parent / "fuzz_corpus"
CASES = sorted(path for path in CORPUS.iterdir() if path.name != "LOG.md")


def test_every_case_is_logged() -> None:
    """Each case has its line in LOG.md: the input, what was wrong and what fixed it."""
    log = (CORPUS / "LOG.md").read_text(encoding="utf-8")
    assert CASES
    assert [path.name for path in CASES if f"`{path.name}`" not in log] == []


@pytest.mark.parametrize("path", CASES, ids=lambda path: path.name)
def test_corpus_case_passes_every_check(path: Path) -> None:
    check_input(path.read_bytes(), path.name)
