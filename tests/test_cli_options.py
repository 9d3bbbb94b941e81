"""Options where people type them, choices in any case, and every error in one style."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobparse import __version__
from jobparse.cli import app
from tests.conftest import FIXTURES

SEED = str(FIXTURES / "seeds" / "000_b2fd4549ad324420.txt")
SEED_001 = str(FIXTURES / "seeds" / "001_b42898b21c46161e.txt")
COMMANDS = ["extract", "validate", "rules", "payscales", "text", "schema"]


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_color_quiet_and_debug_work_after_the_command() -> None:
    _, always, _ = run("validate", SEED, "--today", "2025-09-01", "--color", "always")
    _, never, _ = run("validate", SEED, "--today", "2025-09-01", "--color", "never")
    assert "\x1b[" in always and "\x1b[" not in never
    code, _, err = run("extract", SEED, SEED_001, "-q", "--debug")
    assert code == 0 and err == ""
    code, _, err = run("validate", SEED, SEED_001, "--today", "2025-09-01", "--quiet", "--format", "json")
    assert code == 0 and err == ""
    # Before the command, as before.
    _, before, _ = run("--color", "always", "validate", SEED, "--today", "2025-09-01")
    assert "\x1b[" in before
    assert run("--quiet", "extract", SEED, SEED_001)[2] == ""


def test_an_option_after_the_command_wins_over_one_before_it() -> None:
    _, out, _ = run("--color", "always", "validate", SEED, "--today", "2025-09-01", "--color", "never")
    assert "\x1b[" not in out


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_and_version_everywhere(command: str) -> None:
    head = [command] if command else []
    for flag in ("-h", "--help"):
        code, out, _ = run(*head, flag)
        assert code == 0 and out.startswith("Usage: jobparse"), (command, flag, out)
    for flag in ("-V", "--version"):
        code, out, _ = run(*head, flag)
        assert (code, out) == (0, f"jobparse {__version__}\n"), (command, flag)


@pytest.mark.parametrize(
    "args",
    [
        ["validate", SEED, "--today", "2025-09-01", "--nation", "Scotland", "-f", "JSON"],
        ["validate", SEED, "--today", "2025-09-01", "--fail-on", "Warning", "--format", "Json"],
        ["validate", SEED, "--today", "2025-09-01", "--color", "NEVER", "-f", "json"],
    ],
)
def test_validate_choices_in_any_case(args: list[str]) -> None:
    code, out, err = run(*args)
    assert code in (0, 1), err
    assert json.loads(out)["summary"]["adverts"] == 1


def test_choices_in_any_case_elsewhere() -> None:
    code, out, err = run("extract", SEED, "-f", "JSONL")
    assert code == 0 and json.loads(out)["title"]["value"] == "Senior Occupational Therapist", err
    assert run("validate", SEED, "--today", "2025-09-01", "--fail-on", "WARNING")[0] == 1
    code, out, _ = run("schema", "REPORT")
    assert code == 0 and json.loads(out)["title"].startswith("jobparse validate")
    code, out, _ = run("payscales", "--nation", "Scotland", "--year", "2025-26", "--band", "7")
    assert code == 0 and "Scotland" in out
    assert run("--color", "Always", "rules")[0] == 0


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["extract", SEED, "--format", "xml"], "--format: 'xml' is not one of json, jsonl, yaml, csv, table, jsonld"),
        (["extract", SEED, "-f", "xml"], "--format: 'xml' is not one of"),
        (["validate", SEED, "--today", "tomorrow"], "--today: expected a date such as 2025-09-01, not 'tomorrow'"),
        (["validate", SEED, "--fail-on", "sometimes"], "--fail-on: 'sometimes' is not one of error, warning"),
        (["validate", SEED, "--nation", "france"], "--nation: 'france' is not one of auto, england"),
        (["validate", SEED, "--select", "JP999"], "--select: unknown rule or group 'JP999'"),
        (["validate", SEED, "--jobs", "-1"], "--jobs: "),
        (["--color", "sometimes", "rules"], "--color: 'sometimes' is not one of auto, always, never"),
        (["extract", SEED, "--colour", "never"], "no such option: --colour"),
        (["extract", SEED, "--csv-bom"], "--csv-bom: only applies to --format csv"),
        (["payscales", "--year", "2017-18"], "--year: no england pay data for 2017-18"),
        (["payscales", "--year", "2025-26", "--band", "10"], "--band: no band '10'"),
        (["schema", "everything"], "NAME: 'everything' is not one of advert, extract-output, report, config"),
        (["frobnicate"], "no such command 'frobnicate'"),
    ],
)
def test_every_usage_error_is_one_line_in_one_style(args: list[str], names: str) -> None:
    code, out, err = run(*args)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith("jobparse: error: " + names), err
    assert "Usage:" not in err and "Error:" not in err and "Traceback" not in err


def test_output_errors_name_the_option(tmp_path: Path) -> None:
    code, _, err = run("extract", SEED, "-o", str(tmp_path / "missing" / "out.json"))
    assert code == 2 and err.startswith(
        f"jobparse: error: --output: {tmp_path / 'missing' / 'out.json'}: cannot write here"
    )
    code, _, err = run("validate", SEED, "-o", str(tmp_path))
    assert code == 2 and err == f"jobparse: error: --output: {tmp_path}: is a directory\n"


def test_usage_errors_say_where_help_is() -> None:
    _, _, err = run("validate", SEED, "--today", "tomorrow")
    assert err.rstrip().endswith("(see 'jobparse validate --help')")
