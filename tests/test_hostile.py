"""Hostile input through both commands: every file gets an outcome, never a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobparse.cli import app
from tests.conftest import FIXTURES, ROOT

SEED = (FIXTURES / "seeds" / "000_b2fd4549ad324420.txt").read_bytes()
SEED_TEXT = SEED.decode("utf-8")


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def both(path: Path) -> tuple[dict, dict, int, int]:
    """Extract and validate one input; the JSON documents and exit codes."""
    code_x, out_x, _ = run("extract", str(path))
    code_v, out_v, _ = run("validate", str(path), "--format", "json", "--today", "2025-09-01")
    return json.loads(out_x), json.loads(out_v), code_x, code_v


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


ERRORS = {
    "empty": (b"", "empty file"),
    "whitespace": (b" \n\t\r\n   \n", "empty file"),
    "nul-bytes": (b"Job summary\x00\x00\x00Band 6", "binary"),
    "png-image": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
    "no-advert": (b"Minutes of the meeting held on Tuesday.\nApologies were received.\n", "no advert"),
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_unreadable_inputs_are_errors_in_both_commands(tmp_path: Path, name: str) -> None:
    data, reason = ERRORS[name]
    path = _write(tmp_path, f"{name}.txt", data)
    extracted, report, code_x, code_v = both(path)
    assert (code_x, code_v) == (3, 3)
    assert extracted["adverts"] == [] and reason in extracted["errors"][0]["error"]
    assert reason in report["files"][0]["error"] and report["summary"]["unreadable"] == 1


READABLE = {
    "invalid-utf8": SEED.replace(b"Dartford, Kent", b"Dartford\xff\xfe Kent"),
    "utf16-bom": SEED_TEXT.encode("utf-16"),
    "cp1252": SEED_TEXT.replace("’", "'").encode("cp1252"),
    "latin1": SEED_TEXT.replace("Dartford", "Dartförd").replace("£", "£").encode("latin-1", errors="replace"),
    "mixed-line-endings": SEED_TEXT.replace("\n", "\r\n", 20).replace("\n", "\r", 10).encode(),
    "every-section-twice": (SEED_TEXT + "\n" + SEED_TEXT.split("Job summary", 1)[1]).encode(),
    "no-title": SEED_TEXT.split("\n", 1)[1].encode(),
}


@pytest.mark.parametrize("name", sorted(READABLE))
def test_odd_but_readable_inputs_give_records(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, f"{name}.txt", READABLE[name])
    extracted, report, code_x, code_v = both(path)
    assert code_x == 0 and code_v in (0, 1)
    (record,) = extracted["adverts"][:1]
    assert record["reference"]["value"] == "380-AC0746"
    assert record["band"]["value"] == "6"
    assert report["files"][0]["error"] is None


def test_advert_without_a_title_is_a_record_and_a_finding(tmp_path: Path) -> None:
    path = _write(tmp_path, "untitled.txt", READABLE["no-title"])
    extracted, report, _, code_v = both(path)
    assert extracted["adverts"][0]["title"] is None
    assert code_v == 1
    assert any(p["message"] == "the advert has no title" for p in report["files"][0]["problems"])


def test_a_single_line_of_one_megabyte(tmp_path: Path) -> None:
    line = (
        "Band 6 salary £40,617 to £48,778 a year per annum MDT family, friends and careers DA2 6PB 28/09/2025 " * 11_000
    )[:1_000_000]
    path = _write(tmp_path, "one-line.txt", ("Job summary\n" + line + "\n").encode())
    started = time.perf_counter()
    extracted, _report, code_x, _ = both(path)
    elapsed = time.perf_counter() - started
    assert code_x == 0 and len(extracted["adverts"]) == 1
    assert elapsed < 60, f"{elapsed:.1f}s for a 1 MB line"  # a sanity bound, not a benchmark


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB without writing it
    code, out, err = run("extract", str(path))
    assert code == 3 and "larger than the 67,108,864-byte limit (raise it with --max-size)" in err
    assert json.loads(out)["errors"][0]["file"] == str(path)
    code, _, err = run("extract", str(_write(tmp_path, "small.txt", SEED)), "--max-size", "100")
    assert code == 3 and "limit" in err


def test_a_directory_named_like_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "advert.txt"
    folder.mkdir()
    code, _, err = run("extract", str(folder))
    assert code == 3 and "holds no advert files" in err


def test_missing_path_and_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "loop").symlink_to(folder)  # a directory link back to itself
    (folder / "advert.txt").write_bytes(SEED)
    code, out, _ = run("extract", str(tmp_path / "a.txt"), str(tmp_path / "nope.txt"), str(folder), "-f", "json")
    assert code == 3
    document = json.loads(out)
    assert len(document["adverts"]) == 1 and len(document["errors"]) == 2
    assert "symbolic links" in document["errors"][0]["error"] and document["errors"][1]["error"] == "no such file"


def test_a_dump_of_a_thousand_adverts(tmp_path: Path) -> None:
    path = _write(tmp_path, "dump.txt", b"\n".join([SEED] * 1000))
    code, out, _ = run("extract", str(path), "-f", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 1000
    assert {r["reference"]["value"] for r in records} == {"380-AC0746"}
    assert records[-1]["position"]["line"] > records[0]["position"]["line"]


def test_every_file_is_accounted_for(tmp_path: Path) -> None:
    paths = [_write(tmp_path, f"{name}.txt", data) for name, (data, _) in ERRORS.items()]
    paths += [_write(tmp_path, f"ok-{name}.txt", data) for name, data in READABLE.items()]
    code, out, _ = run("validate", *map(str, paths), "--format", "json", "--today", "2025-09-01")
    report = json.loads(out)
    assert code == 3
    assert [f["file"] for f in report["files"]] == [str(p) for p in paths]
    assert report["summary"]["unreadable"] == len(ERRORS)


def test_an_internal_error_costs_one_file_and_asks_for_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    parser = importlib.import_module("jobparse.parse.extract")
    real = parser.extract

    def broken(tokens, path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if path.endswith("bad.txt"):
            raise ZeroDivisionError("simulated bug")
        return real(tokens, path, *args, **kwargs)

    monkeypatch.setattr(parser, "extract", broken)
    bad, good = _write(tmp_path, "bad.txt", SEED), _write(tmp_path, "good.txt", SEED)
    result = CliRunner().invoke(app, ["extract", str(bad), str(good)])
    assert result.exit_code == 70
    assert "internal error (ZeroDivisionError: simulated bug); please report it" in result.stderr
    assert "--debug" in result.stderr and "Traceback" not in result.stderr
    assert len(json.loads(result.stdout)["adverts"]) == 1
    result = CliRunner().invoke(app, ["--debug", "extract", str(bad)])
    assert "Traceback" in result.stderr and "ZeroDivisionError" in result.stderr


def test_disk_full_keeps_the_previous_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous")

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("jobparse.output.json_writer.JsonWriter.emit", full)
    code, _, err = run("extract", str(_write(tmp_path, "a.txt", SEED)), "-o", str(target))
    assert code == 2 and "No space left on device" in err and "previous file is unchanged" in err
    assert target.read_text() == "previous" and sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.json"]


def _cli(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "jobparse", *args], cwd=ROOT, capture_output=True, check=False, **kwargs
    )  # type: ignore[call-overload]


def test_standard_input_closed_or_empty() -> None:
    closed = subprocess.run(
        f"{sys.executable} -m jobparse extract - <&-", shell=True, cwd=ROOT, capture_output=True, check=False
    )
    assert closed.returncode == 3 and b"standard input is closed" in closed.stderr and b"Traceback" not in closed.stderr
    empty = _cli("validate", "-", input=b"")
    assert empty.returncode == 3 and b"<stdin>: empty file" in empty.stderr


def test_ctrl_c_exits_130_without_a_partial_output_file(tmp_path: Path) -> None:
    dump = _write(tmp_path, "dump.txt", b"\n".join([SEED] * 3000))
    target = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "jobparse", "extract", *[str(dump)] * 10, "-f", "jsonl", "-o", str(target)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    # Interrupt once the run has written records (its temporary file holds some), not after a
    # guessed delay: earlier, the signal can land while regex compiles its first patterns, whose
    # finalisers swallow KeyboardInterrupt ("Exception ignored in ..."), and the run goes on.
    deadline = time.monotonic() + 60

    def written() -> bool:
        return any(part.stat().st_size > 0 for part in tmp_path.glob(".out.jsonl.*.tmp"))

    while not written() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["dump.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX pipes")
def test_reader_going_away_is_quiet() -> None:
    proc = subprocess.run(
        f"set -o pipefail; {sys.executable} -m jobparse validate tests/fixtures/adverts --format github --fail-on never | head -1",
        shell=True, executable="/bin/bash", cwd=ROOT, capture_output=True, check=False,
    )  # fmt: skip
    assert proc.returncode in (0, 141) and b"Traceback" not in proc.stderr
