"""Synthetic adverts of every real layout family: key fields against values read off them by hand.

Each fixture under tests/fixtures/layouts/<family>/ reproduces the structure of real pages of one
family (shared/reference/layouts.md) with invented employers and prose; its `.expected.yaml` holds
the values a person read off the text (paths as in test_fixtures.get; `closed` is a boolean).
A dump's expectations are prefixed with the record's index ("1.title.value").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from jobparse import parse_file
from tests.conftest import FIXTURES
from tests.test_fixtures import get

LAYOUTS = FIXTURES / "layouts"
CASES = sorted(LAYOUTS.glob("*/*.txt"))


def expected_of(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))


def value_at(records: list[dict[str, Any]], path: str) -> Any:
    head, _, rest = path.partition(".")
    record = records[int(head)] if head.isdigit() else records[0]
    path = rest if head.isdigit() else path
    if path == "closed":
        return record["closed"] is not None
    try:
        return get(record, path)
    except (IndexError, KeyError):
        return "<absent>"


def test_every_family_has_three_fixtures() -> None:
    families = {path.parent.name for path in CASES}
    assert families >= {
        "nhs-jobs", "trac", "find-a-job", "nhs-scotland", "recruitment-pack", "nhs-jobs-v2", "job-clerk",
        "aggregator", "wales-ni", "mixed",
    }  # fmt: skip
    for family in families - {"mixed"}:
        assert len([path for path in CASES if path.parent.name == family]) >= 3, family


@pytest.mark.parametrize("path", CASES, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_key_fields(path: Path) -> None:
    records = [advert.to_dict() for advert in parse_file(path)]
    wrong = {
        key: (expected, found)
        for key, expected in expected_of(path).items()
        if (found := value_at(records, key)) != expected
    }
    assert not wrong, "\n".join(f"{key}: expected {e!r}, got {f!r}" for key, (e, f) in wrong.items())
