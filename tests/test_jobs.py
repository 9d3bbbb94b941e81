"""`--jobs`: several processes give the same output, in input order, with errors in their places."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT

INPUTS = [str(path) for path in sorted((FIXTURES / "adverts").glob("*.txt"))] + ["missing.txt"]


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "jobparse", *args], cwd=ROOT, capture_output=True, check=False)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_extract_output_is_the_same_with_two_jobs(fmt: str) -> None:
    one = run("extract", *INPUTS, "-f", fmt)
    two = run("extract", *INPUTS, "-f", fmt, "--jobs", "2")
    assert one.returncode == two.returncode == 3
    assert one.stdout == two.stdout and one.stdout
    assert b"missing.txt: no such file" in two.stderr and b"Traceback" not in two.stderr


@pytest.mark.parametrize("fmt", ["json", "sarif", "text"])
def test_validate_output_is_the_same_with_all_cores(fmt: str) -> None:
    one = run("validate", *INPUTS, "-f", fmt, "--today", "2025-09-01")
    many = run("validate", *INPUTS, "-f", fmt, "--today", "2025-09-01", "--jobs", "0")
    assert one.returncode == many.returncode == 3
    assert one.stdout == many.stdout


def test_standard_input_falls_back_to_one_process(tmp_path: Path) -> None:
    seed = (FIXTURES / "seeds" / "000_b2fd4549ad324420.txt").read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "jobparse", "extract", "-", "-f", "jsonl", "--jobs", "2"],
        cwd=ROOT, input=seed, capture_output=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0 and proc.stdout.count(b"\n") == 1
