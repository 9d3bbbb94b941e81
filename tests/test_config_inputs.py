"""Configuration per input file, --show-config, the profile setting, and what the JSON report records."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobparse.cli import app
from jobparse.config import Config, ConfigResolver, Overrides, from_mapping, load_config
from jobparse.errors import ConfigError
from jobparse.validator import context
from tests.conftest import FIXTURES, ROOT, assert_valid

SEED = FIXTURES / "seeds" / "000_b2fd4549ad324420.txt"
WALES = FIXTURES / "layouts" / "wales-ni" / "wales_trust_trac_b2.txt"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def two_teams(tmp_path: Path) -> Path:
    """Two folders of adverts, each with its own settings; the first input's folder has none."""
    for team, settings in (("pay-team", "select: [pay]\ntoday: 2025-09-01\n"), ("text-team", "select: [text]\n")):
        (tmp_path / team).mkdir()
        (tmp_path / team / ".jobparse.yaml").write_text(settings)
        (tmp_path / team / "advert.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "loose.txt").write_bytes(SEED.read_bytes())
    return tmp_path


def codes_by_file(out: str) -> dict[str, set[str]]:
    return {Path(f["file"]).parent.name: {p["code"][:3] for p in f["problems"]} for f in json.loads(out)["files"]}


def test_each_input_is_validated_under_the_nearest_settings_above_it(two_teams: Path) -> None:
    inputs = [str(two_teams / "loose.txt"), str(two_teams / "pay-team"), str(two_teams / "text-team")]
    code, out, err = run("validate", *inputs, "-f", "json", "--today", "2025-09-01")
    assert code == 0, err
    found = codes_by_file(out)
    assert found["pay-team"] <= {"JP1"} and found["text-team"] == {"JP4"}
    assert len(found[two_teams.name]) > 1  # loose.txt: the defaults, every group
    # --config wins for every input.
    (two_teams / "all.yaml").write_text("select: [completeness]\n")
    _, out, _ = run("validate", *inputs, "-f", "json", "--today", "2025-09-01", "--config", str(two_teams / "all.yaml"))
    assert set().union(*codes_by_file(out).values()) == {"JP3"}


def test_worker_processes_find_the_same_settings(two_teams: Path) -> None:
    args = [sys.executable, "-m", "jobparse", "validate", str(two_teams), "-f", "json", "--today", "2025-09-01"]
    one = subprocess.run(args, capture_output=True, cwd=ROOT, check=False)
    two = subprocess.run([*args, "--jobs", "2"], capture_output=True, cwd=ROOT, check=False)
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout
    assert codes_by_file(one.stdout.decode())["text-team"] == {"JP4"}


def test_a_broken_settings_file_under_any_input_stops_the_run_before_output(two_teams: Path) -> None:
    (two_teams / "text-team" / ".jobparse.yaml").write_text("select: [text]\nfail-on: sometimes\n")
    code, out, err = run("validate", str(two_teams / "pay-team"), str(two_teams / "text-team"), "-f", "json")
    assert code == 2 and out == ""
    assert "text-team/.jobparse.yaml:2: fail-on: expected one of" in err


def test_stdin_filename_finds_its_settings(two_teams: Path) -> None:
    name = str(two_teams / "text-team" / "new.txt")
    code, out, _ = run("validate", "--stdin-filename", name, "-f", "json", stdin=SEED.read_bytes())
    assert code == 0 and {p["code"][:3] for p in json.loads(out)["files"][0]["problems"]} == {"JP4"}


def test_the_resolver_reads_each_file_once(two_teams: Path) -> None:
    configs = ConfigResolver(overrides=Overrides(fail_on="warning"))
    first = configs.for_input(two_teams / "text-team" / "advert.txt")
    assert configs.for_input(two_teams / "text-team" / "other.txt") is first
    assert first.fail_on == "warning" and first.origin("fail-on") == "--fail-on"
    assert configs.source_for(two_teams / "pay-team" / "a.txt") == (two_teams / "pay-team" / ".jobparse.yaml").resolve()


def test_show_config_prints_each_setting_and_its_origin(two_teams: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(two_teams)
    (two_teams / "pay-team" / ".jobparse.yaml").write_text(
        "select: [pay]\ntoday: 2025-09-01\nrules:\n  salary-matches-band: {severity: warning}\n"
    )
    code, out, err = run("validate", "--show-config", "pay-team/advert.txt", "--fail-on", "never")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "# settings for pay-team/advert.txt; configuration file: pay-team/.jobparse.yaml"
    settings = {line.split(":")[0]: line for line in lines[1:7]}
    assert settings["today"].split() == ["today:", "2025-09-01", "#", "pay-team/.jobparse.yaml:2"]
    assert settings["select"].split() == ["select:", "pay", "#", "pay-team/.jobparse.yaml:1"]
    assert settings["fail-on"].split() == ["fail-on:", "never", "#", "--fail-on"]
    assert settings["nation"].split() == ["nation:", "auto", "(each", "advert's", "own)", "#", "default"]
    assert settings["profile"].split() == ["profile:", "published", "#", "default"]
    jp105 = next(line for line in lines if line.lstrip().startswith("JP105"))
    assert jp105.split() == ["JP105", "salary-matches-band", "warning", "#", "pay-team/.jobparse.yaml:4"]
    jp401 = next(line for line in lines if line.lstrip().startswith("JP401"))
    assert jp401.split()[2] == "off"


def test_show_config_without_a_file_is_for_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.jobparse]\nnation = "wales"\n')
    code, out, _ = run("validate", "--show-config", "--today", "2026-01-02", stdin=b"never read")
    assert code == 0
    assert out.splitlines()[0] == "# settings for .; configuration file: pyproject.toml"
    assert "nation:   wales" in out and "# pyproject.toml:5" in out
    assert "today:    2026-01-02" in out and "# --today" in out


def test_profile_is_a_setting_the_rules_receive(tmp_path: Path) -> None:
    assert Config.default().profile == "published" and context(Config.default()).profile == "published"
    draft = from_mapping({"profile": "draft"})
    assert draft.profile == "draft" and context(draft).profile == "draft"
    assert Config.default().with_overrides(profile="draft").profile == "draft"
    (tmp_path / ".jobparse.yaml").write_text("today: 2025-09-01\nprofile: final\n")
    with pytest.raises(ConfigError, match=r"\.jobparse\.yaml:2: profile: expected one of published, draft"):
        load_config(tmp_path / ".jobparse.yaml")


def test_profile_on_the_command_line_reaches_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    import jobparse.rules.salary_range_order as rule

    seen: list[str] = []
    real = rule.check

    def spy(advert, ctx, options):  # type: ignore[no-untyped-def]
        seen.append(ctx.profile)
        return real(advert, ctx, options)

    monkeypatch.setattr(rule, "check", spy)
    assert run("validate", str(SEED), "--profile", "Draft", "--today", "2025-09-01")[0] == 0
    assert run("validate", str(SEED), "--today", "2025-09-01")[0] == 0
    assert seen == ["draft", "published"]


def test_the_report_records_today_and_each_adverts_nation_and_layout(tmp_path: Path) -> None:
    code, out, _ = run("validate", str(SEED), str(WALES), "-f", "json", "--today", "2025-09-01")
    assert code in (0, 1)
    report = json.loads(out)
    assert_valid(report, "report.schema.json")
    assert report["today"] == "2025-09-01"
    details = [entry["advert_details"] for entry in report["files"]]
    england_pay = {"nation": "england", "nation_from": "advert", "year": "2025-26", "judged_on": "2025-09-12"}
    assert details[0] == [{"advert": 0, "line": 1, "nation": "england", "layout": "nhs-jobs", "pay": england_pay}]
    ((wales,),) = details[1:]
    assert (wales["nation"], wales["layout"], wales["pay"]["nation"]) == ("wales", "trac", "wales")
    assert [entry["today"] for entry in report["files"]] == ["2025-09-01", "2025-09-01"]
    # --nation wins over the advert's own, and the report says so.
    chosen = json.loads(run("validate", str(WALES), "-f", "json", "--nation", "england")[1])
    assert chosen["files"][0]["advert_details"][0]["pay"]["nation_from"] == "setting"


def test_the_reports_today_without_the_option(tmp_path: Path) -> None:
    (tmp_path / ".jobparse.yaml").write_text("today: 2025-10-01\n")
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    _, out, _ = run("validate", str(tmp_path / "a.txt"), "-f", "json")
    assert json.loads(out)["today"] == "2025-10-01"  # the first input's configuration
    _, out, _ = run("validate", str(SEED), "-f", "json")
    assert json.loads(out)["today"] == dt.date.today().isoformat()
