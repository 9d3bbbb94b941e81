"""Inputs from the command line: piped standard input without "-", and --max-size with units."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from jobparse.cli import app
from jobparse.cliparams import parse_size
from tests.conftest import FIXTURES, ROOT

SEED = FIXTURES / "seeds" / "000_b2fd4549ad324420.txt"  # 5,091 bytes


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_piped_standard_input_is_read_without_a_dash() -> None:
    code, out, err = run("extract", stdin=SEED.read_bytes())
    assert code == 0, err
    assert json.loads(out)["adverts"][0]["file"] == "<stdin>"
    code, out, _ = run("validate", "--today", "2025-09-01", "-f", "json", stdin=SEED.read_bytes())
    assert code == 0 and json.loads(out)["files"][0]["file"] == "<stdin>"
    code, out, _ = run("text", stdin=SEED.read_bytes())
    assert code == 0 and out.startswith("Senior Occupational Therapist\n")


def test_the_shell_pipe_itself() -> None:
    proc = subprocess.run(
        f"cat {SEED} | {sys.executable} -m jobparse extract -f jsonl",
        shell=True, capture_output=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert proc.returncode == 0 and json.loads(proc.stdout)["reference"]["value"] == "380-AC0746"


@pytest.mark.parametrize("command", ["extract", "validate", "text"])
def test_no_input_at_a_terminal_is_a_usage_error(command: str) -> None:
    """Nothing named and standard input a terminal: nothing to read, so say how to give input."""
    controller, terminal = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "jobparse", command],
            stdin=terminal, capture_output=True, text=True, cwd=ROOT, timeout=60, check=False,
        )  # fmt: skip
    finally:
        os.close(terminal)
        os.close(controller)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("jobparse: error: FILE: no input: name files or directories, or pipe an advert")


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("5091", 5091),
        ("500k", 500 * 1024),
        ("500K", 500 * 1024),
        ("500KB", 500_000),
        ("100M", 100 * 1024**2),
        ("64MiB", 64 * 1024**2),
        ("64mib", 64 * 1024**2),
        ("2G", 2 * 1024**3),
        ("1.5GB", 1_500_000_000),
        ("1T", 1024**4),
        ("4096B", 4096),
    ],
)
def test_sizes_with_units(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_max_size_on_the_command_line() -> None:
    code, _, err = run("extract", str(SEED), "--max-size", "4k")
    assert code == 3 and "5,091 bytes is larger than the 4,096-byte limit" in err
    assert run("extract", str(SEED), "--max-size", "5k")[0] == 0
    assert run("validate", str(SEED), "--max-size", "64MiB", "--today", "2025-09-01")[0] == 0
    for bad in ("lots", "0", "-5M", "12X"):
        code, _, err = run("extract", str(SEED), "--max-size", bad)
        assert code == 2 and err.startswith("jobparse: error: --max-size: "), (bad, err)
