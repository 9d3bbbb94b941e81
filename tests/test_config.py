"""Configuration: discovery, precedence, and clear errors that name the file, line and key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jobparse.config import Config, find_config, from_mapping, load_config
from jobparse.errors import ConfigError
from jobparse.findings import Severity


def test_defaults_enable_every_rule() -> None:
    from jobparse.rules import OPTIONAL_GROUPS, all_rules

    config = Config.default()
    everyday = [code for code, rule in all_rules().items() if rule.GROUP not in OPTIONAL_GROUPS]
    assert config.enabled == tuple(everyday) and len(everyday) >= 25
    assert config.fail_on == "error" and config.nation is None and config.profile == "published"


def test_found_upward_from_the_input(tmp_path: Path) -> None:
    (tmp_path / ".jobparse.yaml").write_text("fail-on: warning\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / ".jobparse.yaml"
    assert load_config(start=deep / "advert.txt").fail_on == "warning"


def test_pyproject_tool_section(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.jobparse]\nnation = "wales"\nignore = ["text"]\n')
    config = load_config(start=tmp_path)
    assert config.nation == "wales" and not any(code.startswith("JP4") for code in config.enabled)


def test_pyproject_without_the_section_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path) != tmp_path / "pyproject.toml"


def test_select_ignore_by_code_name_and_group() -> None:
    config = from_mapping({"select": ["pay", "JP201"], "ignore": ["salary-missing"]})
    pay = ("JP101", "JP103", "JP104", "JP105", "JP106", "JP107", "JP108", "JP109")
    assert config.enabled == (*pay, "JP201")


def test_severity_and_options() -> None:
    config = from_mapping({"rules": {"short-advertising-window": {"severity": "error", "min-days": 3}}})
    assert config.severities["JP204"] is Severity.ERROR
    assert config.options["JP204"].min_days == 3


def test_command_line_wins() -> None:
    config = from_mapping({"fail-on": "warning", "today": "2025-01-01"}).with_overrides(
        fail_on="never", today=dt.date(2026, 1, 1), ignore=["dates"]
    )
    assert config.fail_on == "never" and config.today == dt.date(2026, 1, 1)
    assert not any(code.startswith("JP2") for code in config.enabled)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour: red\n", ".jobparse.yaml:1: colour: unknown setting"),
        ("rules:\n  JP999: {}\n", ".jobparse.yaml:2: rules.JP999: unknown rule"),
        ("rules:\n  JP204:\n    min-days: ten\n", ".jobparse.yaml:3: rules.JP204.min-days: expected a whole number"),
        (
            "rules:\n  JP204:\n    max-days: 3\n",
            ".jobparse.yaml:3: rules.JP204.max-days: unknown option for rule short-advertising-window",
        ),
        (
            "rules:\n  JP204:\n    severity: fatal\n",
            ".jobparse.yaml:3: rules.JP204.severity: expected error, warning or info",
        ),
        ("fail-on: sometimes\n", ".jobparse.yaml:1: fail-on: expected one of error, warning, info, never"),
        ("today: someday\n", ".jobparse.yaml:1: today: expected a date"),
        ("nation: mars\n", ".jobparse.yaml:1: nation: expected auto or one of"),
        ("select: [JP999]\n", ".jobparse.yaml:1: select: unknown rule or group 'JP999'"),
        ("select: 5\n", ".jobparse.yaml:1: select: expected a list"),
        ("- just\n- a list\n", "expected a mapping of settings"),
        ("rules: [a, b\n", "invalid YAML (line 2, column 1)"),
    ],
)
def test_errors_name_file_line_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / ".jobparse.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert message in str(caught.value)
    assert str(tmp_path) in str(caught.value)


def test_unsafe_yaml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / ".jobparse.yaml"
    path.write_text("today: !!python/object/apply:os.system ['echo hacked']\n")
    with pytest.raises(ConfigError, match="invalid YAML"):
        load_config(path)


def test_deeply_nested_yaml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / ".jobparse.yaml"
    path.write_text("rules: " + "[" * 50 + "]" * 50 + "\n")
    with pytest.raises(ConfigError, match="nested"):
        load_config(path)


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / ".jobparse.yaml"
    path.write_text("# " + "x" * 300_000 + "\n")
    with pytest.raises(ConfigError, match="too large"):
        load_config(path)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "nope.yaml")


def test_readme_example_config_loads(tmp_path: Path) -> None:
    """The configuration shown in the README is a working one."""
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```yaml\n# .jobparse.yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / ".jobparse.yaml"
    path.write_text(block, encoding="utf-8")
    config = load_config(path)
    assert config.fail_on == "warning" and "JP404" not in config.enabled
    assert config.options["JP204"].min_days == 10 and config.severities["JP204"] is Severity.ERROR


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    import time

    rows = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for prev, name in zip("abcd", "bcde", strict=True):
        rows.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 100) + "]")
    path = tmp_path / ".jobparse.yaml"
    path.write_text("\n".join(rows) + "\nselect: *e\n")
    started = time.perf_counter()
    with pytest.raises(ConfigError, match="more than 10,000 values"):
        load_config(path)
    assert time.perf_counter() - started < 5
