"""The command line: inputs, formats, errors, exit codes and atomic output."""

from __future__ import annotations

import csv
import io
import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from jobparse.cli import app
from jobparse.output import WRITERS, writer
from jobparse.output.base import Writer
from tests.conftest import FIXTURES, ROOT, assert_valid

SEED = FIXTURES / "seeds" / "000_b2fd4549ad324420.txt"
DUMP = FIXTURES / "adverts" / "multi_advert_dump.txt"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_every_writer_is_a_format() -> None:
    for name in WRITERS:
        assert issubclass(writer(name), Writer), name
        code, _, err = run("extract", str(SEED), "-f", name, "-o", os.devnull)
        assert code == 0, (name, err)


def test_format_choices_come_from_the_registries(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line lists and accepts exactly the registries' formats: no second list to forget."""
    from jobparse.reporters import REPORTERS

    _, extract_help, _ = run("extract", "--help")
    _, validate_help, _ = run("validate", "--help")
    assert "[" + "|".join(WRITERS) + "]" in extract_help
    assert "[" + "|".join(REPORTERS) + "]" in validate_help
    code, _, err = run("extract", str(SEED), "-f", "xml")
    assert code == 2 and ", ".join(WRITERS) in err


def test_json_document_fits_its_schema() -> None:
    code, out, err = run("extract", str(SEED), str(DUMP))
    assert code == 0, err
    document = json.loads(out)
    assert_valid(document, "extract-output.schema.json")
    assert [a["title"]["value"] for a in document["adverts"]] == [
        "Senior Occupational Therapist", "Porter", "Sterile Services Technician", "Discharge Coordinator",
    ]  # fmt: skip
    assert document["errors"] == []


def test_jsonl_is_one_record_per_line() -> None:
    code, out, _ = run("extract", str(DUMP), "--format", "jsonl")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3
    for line in lines:
        assert_valid(json.loads(line))


def test_yaml_holds_the_same_records_as_json() -> None:
    _, out_json, _ = run("extract", str(SEED))
    _, out_yaml, _ = run("extract", str(SEED), "-f", "yaml")
    assert yaml.safe_load(out_yaml) == json.loads(out_json)


def test_csv_has_a_row_per_advert() -> None:
    code, out, _ = run("extract", str(SEED), str(DUMP), "-f", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 4
    assert rows[0]["title"] == "Senior Occupational Therapist"
    assert (rows[0]["salary_min"], rows[0]["salary_max"], rows[0]["postcodes"]) == ("40617", "48778", "DA2 6PB")


def test_table_shows_key_fields() -> None:
    code, out, _ = run("extract", str(SEED), "-f", "table")
    assert code == 0
    assert "Senior Occupational Therapist" in out and "£40,617 to £48,778 a year" in out


def test_directory_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "1.txt").write_bytes((FIXTURES / "adverts" / "nhsjobs_basic.txt").read_bytes())
    (tmp_path / "ignored.md").write_text("# not an advert")
    code, out, _ = run("extract", str(tmp_path), "-f", "jsonl")
    assert code == 0
    assert [Path(json.loads(line)["file"]).name for line in out.splitlines()] == ["1.txt", "2.txt"]


def test_standard_input() -> None:
    code, out, _ = run("extract", "-", stdin=SEED.read_bytes())
    assert code == 0
    assert json.loads(out)["adverts"][0]["file"] == "<stdin>"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file"),
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "binary"),
        (b"Dear colleague, thank you for your letter.\n", "no advert found"),
    ],
)
def test_bad_input_is_one_line_and_the_rest_still_runs(tmp_path: Path, content: bytes | None, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    code, out, err = run("extract", str(bad), str(SEED))
    assert code == 3
    error_lines = [line for line in err.splitlines() if "error:" in line]
    assert len(error_lines) == 1 and str(bad) in error_lines[0] and reason in error_lines[0]
    assert "Traceback" not in err
    document = json.loads(out)
    assert len(document["adverts"]) == 1
    assert document["errors"][0]["file"] == str(bad)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 0 does not stop root (CI runs as root), so the refusal is simulated where it happens.
    import builtins

    import jobparse.inputs.reading

    locked = tmp_path / "locked.txt"
    locked.write_bytes(SEED.read_bytes())

    def fake_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return builtins.open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(jobparse.inputs.reading, "open", fake_open, raising=False)
    code, _, err = run("extract", str(locked), str(SEED))
    assert code == 3 and f"{locked}: permission denied" in err


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, out, _ = run("extract", str(SEED), "-o", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["adverts"][0]["reference"]["value"] == "380-AC0746"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_failed_run_leaves_previous_output_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous")

    def boom(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("jobparse.output.json_writer.JsonWriter.emit", boom)
    code, _, err = run("extract", str(SEED), "-o", str(target))
    assert code == 130 and "interrupted" in err
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_unwritable_output_directory(tmp_path: Path) -> None:
    code, _, err = run("extract", str(SEED), "-o", str(tmp_path / "missing" / "out.json"))
    assert code == 2 and "cannot write here" in err


def test_usage_errors_exit_2() -> None:
    assert run("extract", str(SEED), "--format", "xml")[0] == 2
    # No input and nothing piped: see test_cli_inputs.py (standard input must be a terminal).


def test_version_and_schema() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("jobparse ")
    code, out, _ = run("schema")
    assert code == 0
    assert json.loads(out) == json.loads((ROOT / "schemas" / "advert.schema.json").read_text(encoding="utf-8"))


def test_python_dash_m_and_a_closed_pipe() -> None:
    """`python -m jobparse` works, and a reader that stops early gets no traceback."""
    big = b"\n".join(DUMP.read_bytes() for _ in range(200))
    proc = subprocess.run(
        f"set -o pipefail; {sys.executable} -m jobparse extract - -f jsonl | head -1",
        shell=True, executable="/bin/bash", input=big, capture_output=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert proc.returncode == 141
    assert len(proc.stdout.splitlines()) == 1
    assert b"Traceback" not in proc.stderr


def test_examples_parse_cleanly() -> None:
    """What `make demo` runs: every example advert gives records that fit the schema."""
    code, out, err = run("extract", str(ROOT / "examples"))
    assert code == 0, err
    document = json.loads(out)
    assert_valid(document, "extract-output.schema.json")
    assert len(document["adverts"]) == 6  # four single adverts and a dump of two
    assert all(advert["title"] and advert["salary"]["minimum"] for advert in document["adverts"])


def test_jsonl_records_reach_a_pipe_file_by_file(tmp_path: Path) -> None:
    """A reader sees the first file's records while the next input (stdin here) is still unread."""
    small = tmp_path / "porter.txt"  # a record far smaller than the stream's buffer
    small.write_text("Porter\nThe closing date is 1 March 2026\nJob summary\nMove patients.\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}  # buffered, as usual
    proc = subprocess.Popen(
        [sys.executable, "-m", "jobparse", "extract", str(small), "-", "-f", "jsonl", "-q"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert proc.stdin is not None and proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], 30)  # extract is now blocked reading stdin
    if not ready:
        proc.kill()
        proc.communicate()
        pytest.fail("no record reached the pipe before the next input was read")
    assert json.loads(proc.stdout.readline())["title"]["value"] == "Porter"
    rest, _ = proc.communicate(SEED.read_bytes(), timeout=60)
    assert proc.returncode == 0 and len(rest.splitlines()) == 1


def test_csv_and_table_say_which_layout_and_nation(tmp_path: Path) -> None:
    trac = FIXTURES / "layouts" / "wales-ni" / "wales_trust_trac_b2.txt"
    code, out, _ = run("extract", str(trac), "-f", "csv")
    assert code == 0
    row = next(csv.DictReader(io.StringIO(out)))
    assert (row["layout"], row["layout_family"], row["nation"]) == ("trac", "B2", "wales")
    code, out, _ = run("extract", str(trac), "-f", "table")
    assert "trac (B2)" in out and "wales" in out
