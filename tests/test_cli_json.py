"""Machine-readable `jobparse rules --format json` and `jobparse payscales --format json`."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from jobparse.cli import app
from jobparse.rules import OPTIONAL_GROUPS, all_rules


def run_json(*args: str) -> object:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_rules_as_json() -> None:
    rules = run_json("rules", "--format", "json")
    assert isinstance(rules, list)
    known = all_rules()
    assert [rule["code"] for rule in rules] == list(known)
    for rule in rules:
        module = known[rule["code"]]
        assert (rule["name"], rule["group"], rule["severity"]) == (module.NAME, module.GROUP, str(module.SEVERITY))
        assert rule["default"] is (module.GROUP not in OPTIONAL_GROUPS)
        assert rule["documentation"].startswith(rule["summary"]) and "Examples:" in rule["documentation"]
    by_code = {rule["code"]: rule for rule in rules}
    assert by_code["JP204"]["options"] == {"min-days": 7}
    assert by_code["JP101"]["options"] == {}


def test_rules_of_a_group_or_one_rule_as_json() -> None:
    pay = run_json("rules", "pay", "-f", "json")
    from jobparse.rules import all_rules

    expected = [code for code, rule in all_rules().items() if rule.GROUP == "pay"]
    assert [rule["code"] for rule in pay] == expected and len(expected) >= 9  # type: ignore[union-attr]
    (one,) = run_json("rules", "short-advertising-window", "-f", "JSON")  # type: ignore[misc]
    assert one["code"] == "JP204"


def test_payscales_as_json() -> None:
    data = run_json("payscales", "--year", "2025/26", "--band", "6", "--format", "json")
    assert isinstance(data, dict)
    assert (data["nation"], data["year"], data["label"]) == ("england", "2025-26", "2025/26")
    band = data["bands"]["6"]
    assert list(data["bands"]) == ["6"]
    assert band["points"] == [38682, 40823, 46580]  # the table's "£38,682 / £40,823 / £46,580"
    assert band["with_hcas"]["fringe"] == [40616, 42864, 48778]
    assert data["hcas"]["fringe"]["rate"] == 0.05
    whole = run_json("payscales", "--year", "2025-26", "-f", "json")
    assert len(whole["bands"]) == 12  # type: ignore[index]


def test_payscales_of_another_nation_and_medical_as_json() -> None:
    ni = run_json("payscales", "--year", "2024-25", "--nation", "northern-ireland", "--band", "7", "-f", "json")
    assert ni["fallback_from"] == "england" and ni["hcas"] == {}  # type: ignore[index]
    assert ni["bands"]["7"]["points"] == [46148, 48526, 52809]  # type: ignore[index]
    medical = run_json("payscales", "--medical", "--year", "2025-26", "--band", "fy1", "-f", "json")
    assert list(medical["grades"]) == ["FY1"]  # type: ignore[index]
    assert medical["grades"]["FY1"]["points"] == [38831]  # type: ignore[index]
    assert medical["grades"]["FY1"]["labels"] == ["nodal point 1"]  # type: ignore[index]
