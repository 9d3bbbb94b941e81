"""For hooks and editors: --skip-non-adverts, --stdin-filename and the concise report."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobparse.cli import app
from tests.conftest import FIXTURES, assert_valid

SEED = FIXTURES / "seeds" / "000_b2fd4549ad324420.txt"
PAGE = next((FIXTURES / "pages").glob("*.html"))


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """An advert repository's text files: one advert, and three that hold none."""
    (tmp_path / "advert.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "requirements.txt").write_text("typer>=0.26\nrich>=13.7\n")
    (tmp_path / "README.txt").write_text("Our adverts\n\nDrafts live here. Ask the recruitment team.\n")
    (tmp_path / "empty.txt").write_text("")
    return tmp_path


def test_inputs_without_an_advert_fail_by_default(repository: Path) -> None:
    code, _, err = run("validate", str(repository), "--today", "2025-09-01")
    assert code == 3 and err.count("jobparse: error: ") == 3


def test_skip_non_adverts_skips_them_with_a_note(repository: Path) -> None:
    code, out, err = run("validate", str(repository), "--today", "2025-09-01", "--skip-non-adverts", "-f", "json")
    assert code == 0, err
    notes = err.splitlines()
    assert len(notes) == 3 and all(line.startswith("jobparse: note: ") for line in notes)
    assert any(f"{repository / 'requirements.txt'}: skipped: no advert found" in line for line in notes)
    report = json.loads(out)
    assert_valid(report, "report.schema.json")
    assert report["summary"]["skipped"] == 3 and report["summary"]["unreadable"] == 0
    skipped = {Path(entry["file"]).name: entry["skipped"] for entry in report["files"] if entry["skipped"]}
    assert set(skipped) == {"README.txt", "empty.txt", "requirements.txt"}
    assert run("validate", str(repository), "--today", "2025-09-01", "--skip-non-adverts", "-q")[2] == ""


def test_skip_non_adverts_still_fails_on_what_cannot_be_read(repository: Path) -> None:
    (repository / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    code, _, err = run("validate", str(repository), str(repository / "gone.txt"), "--skip-non-adverts")
    assert code == 3
    errors = [line for line in err.splitlines() if line.startswith("jobparse: error: ")]
    assert len(errors) == 2 and "binary" in errors[0] and "no such file" in errors[1]


def test_extract_skips_too(repository: Path) -> None:
    code, out, err = run("extract", str(repository), "--skip-non-adverts")
    assert code == 0, err
    document = json.loads(out)
    assert len(document["adverts"]) == 1 and document["errors"] == []
    assert "4 file(s) read, 1 advert(s), 0 error(s), 3 skipped" in err


def test_stdin_filename_names_records_and_findings() -> None:
    name = "adverts/ward 7 nurse.txt"
    code, out, _ = run("extract", "--stdin-filename", name, stdin=SEED.read_bytes())
    assert code == 0 and json.loads(out)["adverts"][0]["file"] == name
    code, out, _ = run("validate", "-", "--stdin-filename", name, "--today", "2025-09-01", "-f", "json",
                       stdin=SEED.read_bytes())  # fmt: skip
    entry = json.loads(out)["files"][0]
    assert code == 0 and entry["file"] == name and {p["file"] for p in entry["problems"]} == {name}
    code, out, _ = run("validate", "--stdin-filename", name, "--today", "2025-09-01", "-f", "sarif",
                       stdin=SEED.read_bytes())  # fmt: skip
    location = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "adverts/ward%207%20nurse.txt", "uriBaseId": "%SRCROOT%"}


def test_stdin_filename_says_what_the_input_is() -> None:
    """A saved page piped in is read as a page when its name says .html."""
    code, out, err = run("extract", "--stdin-filename", "saved.html", "-f", "jsonl", stdin=PAGE.read_bytes())
    from_file = run("extract", str(PAGE), "-f", "jsonl")[1]
    assert code == 0, err
    assert json.loads(out)["title"] == json.loads(from_file)["title"]


CONCISE = re.compile(r"(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>JP\d{3})(?P<mark> \[\*\])? (?P<message>.+)")


def test_concise_format_is_a_line_per_finding(tmp_path: Path) -> None:
    code, out, _ = run("validate", str(SEED), "--today", "2025-09-01", "--format", "concise")
    _, report, _ = run("validate", str(SEED), "--today", "2025-09-01", "--format", "json")
    problems = json.loads(report)["files"][0]["problems"]
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(problems) > 0
    for line, problem in zip(lines, problems, strict=True):
        found = CONCISE.fullmatch(line)
        assert found is not None, line
        assert found.group("path", "line", "col", "code", "message") == (
            problem["file"], str(problem["line"]), str(problem["column"]), problem["code"], problem["message"],
        )  # fmt: skip
        assert bool(found["mark"]) == (problem["fix"] is not None and problem["fix"]["safe"])
    code, out, _ = run("validate", str(tmp_path / "gone.txt"), "-f", "concise")
    assert code == 3 and out == f"{tmp_path / 'gone.txt'}:1:1: error: no such file\n"
