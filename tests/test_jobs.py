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


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_spooled_records_reach_a_file_and_a_pipe_alike(fmt: str, tmp_path: Path) -> None:
    # Under --jobs these writers' records travel through spool files that the parent copies to
    # the output by the kernel (os.sendfile); a file and a pipe must get the same bytes, and the
    # spool must be gone afterwards.
    import glob
    import tempfile

    before = set(glob.glob("/dev/shm/jobparse-*")) | set(glob.glob(f"{tempfile.gettempdir()}/jobparse-*"))
    target = tmp_path / f"out.{fmt}"
    assert run("extract", *INPUTS[:-1], "-f", fmt, "--jobs", "2", "-o", str(target)).returncode == 0
    piped = run("extract", *INPUTS[:-1], "-f", fmt, "--jobs", "2")
    assert target.read_bytes() == piped.stdout == run("extract", *INPUTS[:-1], "-f", fmt).stdout
    after = set(glob.glob("/dev/shm/jobparse-*")) | set(glob.glob(f"{tempfile.gettempdir()}/jobparse-*"))
    assert after <= before


def test_copy_into_a_stream_without_a_file_descriptor(tmp_path: Path) -> None:
    import io

    from jobparse.output.base import copy_into

    chunk = tmp_path / "chunk"
    chunk.write_bytes("£31,049 a year\n".encode())
    out = io.StringIO()
    copy_into(out, str(chunk))
    assert out.getvalue() == "£31,049 a year\n"
