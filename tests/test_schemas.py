"""The published schemas: valid JSON Schema 2020-12, current, and describing what jobparse writes."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from jobparse.config import from_mapping
from jobparse.config_schema import build
from tests.conftest import SCHEMAS, assert_valid, schema


@pytest.mark.parametrize("name", sorted(path.name for path in SCHEMAS.glob("*.schema.json")))
def test_schema_is_valid_2020_12(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(schema(name))


def test_config_schema_matches_rules() -> None:
    """Regenerate with: python -c 'import json; from jobparse.config_schema import build; print(json.dumps(build(), indent=2))'"""
    assert json.loads((SCHEMAS / "config.schema.json").read_text(encoding="utf-8")) == build()


GOOD_CONFIG = """
select: [pay, dates, JP401]
ignore: [acronym-expansion]
today: 2025-09-01
nation: england
fail-on: warning
rules:
  short-advertising-window: {min-days: 10, severity: error}
  JP301: {fields: [title, salary]}
"""


def test_a_good_config_fits_the_schema_and_loads() -> None:
    raw = yaml.safe_load(GOOD_CONFIG)
    raw["today"] = str(raw["today"])  # YAML reads an ISO date as a date; JSON Schema sees text
    assert_valid(raw, "config.schema.json")
    config = from_mapping(raw)
    assert config.fail_on == "warning" and "JP404" not in config.enabled and "JP204" in config.enabled


@pytest.mark.parametrize(
    "raw",
    [{"colour": "red"}, {"rules": {"JP999": {}}}, {"rules": {"JP204": {"min-days": "ten"}}}, {"fail-on": "sometimes"}],
)
def test_bad_configs_fail_the_schema(raw: dict) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(raw, schema("config.schema.json"), cls=jsonschema.Draft202012Validator)
