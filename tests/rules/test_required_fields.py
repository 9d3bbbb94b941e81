"""JP301 required-fields."""

import pytest

from jobparse.config import from_mapping
from jobparse.errors import ConfigError
from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP301") == []


def test_fail_missing_reference() -> None:
    (problem,) = problems(variant(("Reference number\n412-RGH-5521\n", "")), "JP301")
    assert (problem.line, str(problem.severity), problem.message) == (1, "error", "the advert has no reference")


def test_option_fields() -> None:
    text = variant(("Reference number\n412-RGH-5521\n", ""))
    assert codes(text, "JP301", fields=["title", "closing_date"]) == []
    assert codes(CLEAN, "JP301", fields=["hcas"]) == [(1, "JP301", "error")]


def test_unknown_field_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown field"):
        from_mapping({"rules": {"JP301": {"fields": ["salary_band"]}}})
