"""`jobparse validate`, `rules` and `payscales` from the command line, including the issue's checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobparse.cli import app
from tests.conftest import FIXTURES, assert_valid

SEED_000 = FIXTURES / "seeds" / "000_b2fd4549ad324420.txt"
SEED_001 = FIXTURES / "seeds" / "001_b42898b21c46161e.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def report(*args: str) -> tuple[int, dict]:
    code, out, _ = run("validate", *args, "--format", "json")
    return code, json.loads(out)


def test_seeds_have_no_errors_but_real_mistakes() -> None:
    code, document = report(str(SEED_000), str(SEED_001), "--today", "2025-09-01")
    assert code == 0
    assert_valid(document, "report.schema.json")
    assert document["summary"]["errors"] == 0
    found = {(Path(f["file"]).name, p["rule"]) for f in document["files"] for p in f["problems"]}
    assert (SEED_001.name, "confused-words") in found
    assert (SEED_000.name, "redundant-phrases") in found and (SEED_001.name, "redundant-phrases") in found


@pytest.mark.parametrize(
    ("old", "new", "rule"),
    [
        ("Band\nBand 6", "Band\nBand 7", "salary-matches-band"),
        ("£40,617 to £48,778", "£38,682 to £46,580", "hcas-included-matches"),
        ("The closing date is 28 September 2025", "The closing date is 15 April 2026", "start-after-closing"),
        ("Date posted\n12 September 2025", "Date posted\n30 September 2025", "posted-after-closing"),
    ],
)
def test_seed_mistakes_give_the_matching_error_and_exit_1(tmp_path: Path, old: str, new: str, rule: str) -> None:
    text = SEED_000.read_text(encoding="utf-8")
    assert old in text
    changed = tmp_path / "advert.txt"
    changed.write_text(text.replace(old, new), encoding="utf-8")
    code, document = report(str(changed), "--today", "2025-09-01")
    assert code == 1
    errors = [p["rule"] for p in document["files"][0]["problems"] if p["severity"] == "error"]
    assert errors == [rule]


def test_band_7_message_names_the_expected_range(tmp_path: Path) -> None:
    changed = tmp_path / "advert.txt"
    changed.write_text(SEED_000.read_text(encoding="utf-8").replace("Band\nBand 6", "Band\nBand 7"), encoding="utf-8")
    _, document = report(str(changed), "--today", "2025-09-01", "--select", "JP105")
    (problem,) = document["files"][0]["problems"]
    assert problem["message"].startswith("Band 7 on England's 2025/26 scale is £47,810 to £54,710")
    assert problem["message"].endswith("the advert says £40,617 to £48,778")
    assert (problem["line"], problem["column"]) == (37, 1)


def test_fail_on_levels() -> None:
    assert run("validate", str(SEED_000), "--today", "2025-09-01", "--fail-on", "warning")[0] == 1
    assert run("validate", str(SEED_000), "--today", "2025-09-01", "--fail-on", "info")[0] == 1
    assert run("validate", str(SEED_000), "--today", "2025-09-01", "--fail-on", "never")[0] == 0
    assert run("validate", str(SEED_000), "--today", "2025-10-01", "--fail-on", "error")[0] == 0


def test_select_and_ignore() -> None:
    _, document = report(str(SEED_000), "--today", "2025-09-01", "--select", "text", "--ignore", "JP404")
    assert {p["code"] for p in document["files"][0]["problems"]} == {"JP402", "JP403", "JP406", "JP407"}


def test_config_file_and_its_errors(tmp_path: Path) -> None:
    advert = tmp_path / "advert.txt"
    advert.write_bytes(SEED_000.read_bytes())
    (tmp_path / ".jobparse.yaml").write_text("today: 2025-09-01\nfail-on: warning\n")
    assert run("validate", str(advert))[0] == 1
    (tmp_path / ".jobparse.yaml").write_text("today: 2025-09-01\nrules:\n  JP999: {}\n")
    code, _, err = run("validate", str(advert))
    assert code == 2 and ".jobparse.yaml:3: rules.JP999: unknown rule" in err and "Traceback" not in err


def test_usage_errors_exit_2() -> None:
    assert run("validate", str(SEED_000), "--select", "JP999")[0] == 2
    assert run("validate", str(SEED_000), "--today", "tomorrow")[0] == 2
    assert run("validate", str(SEED_000), "--fail-on", "sometimes")[0] == 2
    assert run("validate", str(SEED_000), "--format", "xml")[0] == 2


def test_unreadable_input_exits_3_and_is_reported(tmp_path: Path) -> None:
    code, out, err = run(
        "validate", str(SEED_000), str(tmp_path / "missing.txt"), "--today", "2025-09-01", "--format", "json"
    )
    assert code == 3 and "missing.txt: no such file" in err
    assert json.loads(out)["files"][1]["error"] == "no such file"


def test_sarif_and_github_formats() -> None:
    code, out, _ = run("validate", str(SEED_001), "--today", "2025-09-01", "--format", "sarif")
    assert code == 0 and json.loads(out)["version"] == "2.1.0"
    code, out, _ = run("validate", str(SEED_001), "--today", "2025-09-01", "--format", "github")
    assert "::warning file=" in out and "title=JP401 confused-words" in out


def test_rules_list_and_explain() -> None:
    from jobparse.rules import all_rules

    code, out, _ = run("rules")
    assert code == 0 and len(out.splitlines()) == len(all_rules()) == 30 and out.startswith("JP101  salary-range-order")
    code, out, _ = run("rules", "salary-matches-band")
    assert code == 0 and out.startswith("JP105 salary-matches-band") and "Examples:" in out
    assert run("rules", "JP999")[0] == 2


@pytest.mark.parametrize("group", ["pay", "dates", "completeness", "text", "jobposting"])
def test_rules_of_a_group_are_listed_as_rules_lists_them(group: str) -> None:
    from jobparse.rules import GROUPS, all_rules

    assert group in GROUPS and all(rule.NAME not in GROUPS for rule in all_rules().values())
    _, everything, _ = run("rules")
    code, out, err = run("rules", group)
    assert code == 0, err
    wanted = [rule_code for rule_code, rule in all_rules().items() if group == rule.GROUP]
    assert wanted and [line.split()[0] for line in out.splitlines()] == wanted
    assert out.splitlines() == [line for line in everything.splitlines() if line.split()[0] in wanted]
    assert run("rules", group.upper())[1] == out


def test_rules_code_or_name_still_explains_one_rule() -> None:
    for ident in ("JP101", "jp101", "salary-range-order"):
        code, out, _ = run("rules", ident)
        assert code == 0 and out.startswith("JP101 salary-range-order (default severity: error; group: pay)")
        assert "Examples:" in out
    code, _, err = run("rules", "payroll")
    assert code == 2 and "unknown rule or group 'payroll'" in err


def test_payscales() -> None:
    code, out, _ = run("payscales", "--year", "2025/26", "--band", "6")
    assert code == 0 and "£38,682 / £40,823 / £46,580" in out and "£40,616 / £42,864 / £48,778" in out
    assert run("payscales", "--year", "2017-18")[0] == 2
    code, out, _ = run("payscales", "--year", "2020/21", "--band", "6")
    assert code == 0 and "£31,365 / £33,176 / £37,890" in out and "A / D / D" in out and "derived only" in out
    code, _, err = run("payscales", "--year", "2019-20", "--band", "6")
    assert code == 2 and "no figures for band 6 in 2019-20" in err
    code, out, _ = run("payscales", "--year", "2024-25", "--nation", "northern-ireland", "--band", "7")
    assert (
        code == 0 and "Northern Ireland" in out and "England's figures" in out and "£46,148 / £48,526 / £52,809" in out
    )
    code, _, err = run("payscales", "--year", "2023-24", "--nation", "wales")
    assert code == 2 and "neither the Welsh 2023/24 values" in err
    code, out, _ = run("payscales", "--medical", "--year", "2025-26", "--band", "fy1")
    assert code == 0 and "£38,831" in out and "nodal point 1" in out and "Consultant" not in out
    code, out, _ = run("payscales", "--medical", "--year", "2023-24", "--band", "Consultant")
    assert code == 0 and "£99,532" in out and "pre-reform" in out and "£93,666" in out and "£126,281" in out
    code, _, err = run("payscales", "--medical", "--year", "2021-22", "--band", "specialist")
    assert code == 2 and "first-year figures were not found" in err
    assert run("payscales", "--medical", "--year", "2017-18")[0] == 2
    assert run("payscales", "--year", "2025-26", "--band", "10")[0] == 2
    code, out, _ = run("payscales", "--year", "2025-26", "--nation", "scotland", "--band", "7")
    assert code == 0 and "£50,935 / £59,244" in out


def test_library_api() -> None:
    import jobparse
    from jobparse.config import Config

    advert = jobparse.parse_file(SEED_001)[0]
    import datetime as dt

    problems = jobparse.validate(advert, Config.default().with_overrides(today=dt.date(2025, 9, 1)))
    assert [p.rule for p in problems if p.code == "JP401"] == ["confused-words"]


def test_one_unit_under_two_names_across_the_run_is_reported_once() -> None:
    # The seeds come from one unit (site DA2 6PB, references 380-AC...) under the trust's former
    # and current names.
    seeds = sorted(str(path) for path in SEED_000.parent.glob("*.txt"))
    _, document = report(*seeds, *seeds, "--today", "2025-09-01", "--select", "JP307")
    found = [(f["file"], p["line"]) for f in document["files"] for p in f["problems"]]
    assert found == [(seeds[1], 47)]
    (problem,) = document["files"][1]["problems"]
    assert "'Kent & Medway NHS & Social Care Partnership Trust' in " in problem["message"]
    assert "reference prefix 380-AC, site DA2 6PB" in problem["message"]


def test_a_reference_pattern_that_never_ends_is_a_settings_error(tmp_path: Path) -> None:
    from tests.rules.helpers import variant

    advert = tmp_path / "advert.txt"
    advert.write_text(variant(("412-RGH-5521", "a" * 40 + "b")), encoding="utf-8")
    (tmp_path / ".jobparse.yaml").write_text('rules:\n  reference-format: {pattern: "(a|aa)+$"}\n')
    code, out, err = run("validate", str(advert))
    assert code == 2 and out == ""
    assert err.startswith("jobparse: error: rules.reference-format.pattern:") and "internal" not in err
