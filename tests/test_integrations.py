"""Where users already work: the pre-commit hook, GitHub Actions, colour, quiet, progress, 80 columns."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from jobparse.cli import app
from jobparse.terminal import PROGRESS_FROM, wants_progress
from tests.conftest import FIXTURES, NO_INDEX, ROOT, build_artefacts, package_index_reachable

SEED = FIXTURES / "seeds" / "000_b2fd4549ad324420.txt"
BAD = SEED.read_text(encoding="utf-8").replace("Band\nBand 6", "Band\nBand 7")


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def test_hook_file_declares_the_validate_hook() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "jobparse-validate" and hook["language"] == "python"
    assert hook["entry"] == "jobparse validate --skip-non-adverts" and hook["files"] == r"\.txt$"


def test_hook_entry_run_the_way_pre_commit_runs_it(tmp_path: Path) -> None:
    """pre-commit runs `entry` with the staged files matching `files` appended."""
    import regex

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an advert")
    # Text files in an advert repository that are not adverts: they must not fail the commit.
    (tmp_path / "requirements.txt").write_text("typer>=0.26\nrich>=13.7\npyyaml>=6.0.1\n")
    (tmp_path / "README.txt").write_text("Adverts\n=======\n\nDrafts of our job adverts. See CONTRIBUTING.\n")
    (tmp_path / "empty.txt").write_text("")
    staged = sorted(str(p) for p in tmp_path.iterdir() if regex.search(hook["files"], p.name))
    assert [Path(p).name for p in staged] == ["README.txt", "bad.txt", "empty.txt", "good.txt", "requirements.txt"]
    command = [sys.executable, "-m", "jobparse", *hook["entry"].split()[1:], "--today", "2025-09-01"]
    others = [p for p in staged if Path(p).name != "bad.txt"]
    good = subprocess.run([*command, *others], capture_output=True, text=True, check=False, cwd=ROOT)
    bad = subprocess.run([*command, *staged], capture_output=True, text=True, check=False, cwd=ROOT)
    assert good.returncode == 0, good.stderr
    notes = [line for line in good.stderr.splitlines() if line.startswith("jobparse: note: ")]
    assert len(notes) == 3 and all("skipped: " in note for note in notes), good.stderr
    assert bad.returncode == 1 and "JP105 salary-matches-band" in bad.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")
def test_pre_commit_runs_the_hook_in_a_scratch_repository(tmp_path: Path) -> None:
    """The real thing: pre-commit installs this repository's hook and runs it on a commit's files."""
    pytest.importorskip("pre_commit")
    if not package_index_reachable():
        pytest.skip(NO_INDEX)  # pre-commit installs the hook's dependencies with pip
    before = build_artefacts()
    repo = tmp_path / "adverts"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(ROOT / ".venv" / "pre-commit-cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}  # fmt: skip
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "draft.txt").write_text(BAD, encoding="utf-8")
    (repo / "ok.txt").write_bytes(SEED.read_bytes())
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "jobparse-validate", "--files", "draft.txt", "ok.txt",
         "--verbose"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output[-3000:]
    assert "jobparse validate" in output and "Failed" in output
    assert "JP105" in output and "draft.txt" in output
    assert build_artefacts() == before  # pre-commit builds in its own clone, never in this tree


def test_github_format_is_chosen_inside_github_actions() -> None:
    code, out, _ = run("validate", str(SEED), "--today", "2025-09-01", env={"GITHUB_ACTIONS": "true"})
    assert code == 0 and out.startswith("::notice file=")
    _, out, _ = run("validate", str(SEED), "--today", "2025-09-01", "--format", "text", env={"GITHUB_ACTIONS": "true"})
    assert not out.startswith("::")
    _, out, _ = run("validate", str(SEED), "--today", "2025-09-01", env={"GITHUB_ACTIONS": ""})
    assert out.startswith(str(SEED))


def test_color_choices() -> None:
    _, always, _ = run("--color", "always", "validate", str(SEED), "--today", "2025-09-01")
    _, never, _ = run("--color", "never", "validate", str(SEED), "--today", "2025-09-01")
    assert "\x1b[" in always and "\x1b[" not in never
    _, no_color, _ = run("--color", "always", "validate", str(SEED), "--today", "2025-09-01", env={"NO_COLOR": "1"})
    assert "\x1b[" in no_color  # an explicit --color always wins over NO_COLOR
    _, auto, _ = run("validate", str(SEED), "--today", "2025-09-01", env={"NO_COLOR": "1"})
    assert "\x1b[" not in auto
    assert run("--color", "sometimes", "rules")[0] == 2


def test_quiet_drops_the_summary_line(tmp_path: Path) -> None:
    paths = [str(SEED), str(FIXTURES / "seeds" / "001_b42898b21c46161e.txt")]
    _, _, noisy = run("extract", *paths)
    _, _, quiet = run("--quiet", "extract", *paths)
    assert "2 file(s) read" in noisy and quiet == ""


@pytest.mark.parametrize(
    ("total", "tty", "env", "quiet", "shown"),
    [
        (PROGRESS_FROM, True, {}, False, True),
        (PROGRESS_FROM - 1, True, {}, False, False),
        (PROGRESS_FROM, False, {}, False, False),
        (PROGRESS_FROM, True, {"CI": "true"}, False, False),
        (PROGRESS_FROM, True, {}, True, False),
    ],
)
def test_progress_only_for_people_at_a_terminal(
    total: int, tty: bool, env: dict[str, str], quiet: bool, shown: bool
) -> None:
    class Stream(io.StringIO):
        def isatty(self) -> bool:
            return tty

    assert wants_progress(total, Stream(), env, quiet) is shown


def test_no_progress_in_pipes(tmp_path: Path) -> None:
    for i in range(PROGRESS_FROM + 2):
        (tmp_path / f"{i:02d}.txt").write_bytes(SEED.read_bytes())
    proc = subprocess.run([sys.executable, "-m", "jobparse", "extract", str(tmp_path), "-f", "jsonl"], cwd=ROOT,
                          capture_output=True, check=False)  # fmt: skip
    assert proc.returncode == 0 and b"\r" not in proc.stderr and b"\x1b[" not in proc.stderr


def _width(text: str) -> int:
    return max(len(line) for line in text.splitlines())


def test_people_output_fits_80_columns() -> None:
    import datetime as dt

    from rich.console import Console

    from jobparse.batch import FileResult, validate_inputs
    from jobparse.config import Config
    from jobparse.inputs.reading import parse_file
    from jobparse.output.table_writer import TableWriter
    from jobparse.reporters.text import TextReporter

    out = io.StringIO()
    console = Console(file=out, width=80, force_terminal=True, color_system=None)
    writer = TableWriter(out, console=console)
    for advert in parse_file(SEED):
        writer.advert(advert)
    assert _width(out.getvalue()) <= 80
    out = io.StringIO()
    reporter = TextReporter(out, console=Console(file=out, width=80, force_terminal=True, color_system=None))
    for report in validate_inputs([str(SEED)], Config.default().with_overrides(today=dt.date(2025, 9, 1))):
        reporter.file(report)
    reporter.file(FileResult("missing.txt", error="no such file"))
    reporter.close()
    assert _width(out.getvalue()) <= 80 and "JP403" in out.getvalue()


def test_shell_completion_is_offered() -> None:
    code, out, _ = run("--help")
    assert code == 0 and "--install-completion" in out and "--show-completion" in out
