"""Mutated fixtures: lines deleted, duplicated, shuffled, truncated or salted with random bytes.

Parsing and validating never crash, and deleting or duplicating a line that holds none of a
field's text (nor its label or heading) leaves that field's value as it was.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest

from jobparse import InputError, parse_bytes, parse_many
from jobparse.config import Config
from jobparse.validator import validate
from tests.conftest import FIXTURES, advert_fixtures

CONFIG = Config.default().with_overrides(today=dt.date(2025, 9, 1))
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
SAMPLE = SEEDS + [
    FIXTURES / "adverts" / f"{name}.txt" for name in ("trac_key_facts", "nhsjobs_multiple_locations", "findajob_table")
]
FIELDS = ("title", "closing_date", "date_posted", "start_date", "pay_scheme", "band", "salary", "contract",
          "working_pattern", "reference", "locations", "employer")  # fmt: skip


def values(record: dict[str, Any]) -> dict[str, Any]:
    """A record's field values without positions (which move when lines move)."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "position"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return {name: strip(record[name]) for name in FIELDS}


def field_lines(record: dict[str, Any]) -> dict[str, set[int]]:
    """0-based lines each field's value spans, widened by one line above (its label or heading)."""
    found: dict[str, set[int]] = {}

    def spans(value: Any) -> list[dict[str, int]]:
        if isinstance(value, dict):
            own = [value["position"]] if isinstance(value.get("position"), dict) else []
            return own + [s for k, v in value.items() if k != "position" for s in spans(v)]
        if isinstance(value, list):
            return [s for v in value for s in spans(v)]
        return []

    for name in FIELDS:
        lines: set[int] = set()
        for pos in spans(record[name]):
            lines.update(range(pos["line"] - 2, pos["end_line"]))
        found[name] = lines
    return found


def structural(lines: list[str]) -> set[int]:
    """Lines that are headings or labels: moving them changes what the lines after them mean."""
    from jobparse.parse.tokenizer import HEADING, LABEL, tokenize

    return {token.line for token in tokenize("\n".join(lines)) if token.kind in (HEADING, LABEL)}


def check(data: bytes) -> list[dict[str, Any]]:
    """Parse and validate; only InputError may be raised. The records' dicts."""
    try:
        adverts = parse_bytes(data, "mutant.txt")
    except InputError:
        return []
    for advert in adverts:
        validate(advert, CONFIG)
    return [advert.to_dict() for advert in adverts]


@pytest.mark.parametrize("path", SAMPLE, ids=lambda p: p.name)
@pytest.mark.parametrize("mutation", ["delete", "duplicate"])
def test_untouched_fields_survive_line_mutations(path: Path, mutation: str) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    (original,) = [advert.to_dict() for advert in parse_many(text)]
    before = values(original)
    where = field_lines(original)
    skip = structural(lines)
    for i in range(len(lines)):
        if i in skip:
            continue
        mutated = lines[:i] + lines[i + 1 :] if mutation == "delete" else lines[: i + 1] + lines[i:]
        records = check("\n".join(mutated).encode())
        assert records, f"{mutation} line {i + 1}: no advert left"
        after = values(records[0])
        for name in FIELDS:
            if i not in where[name]:
                assert after[name] == before[name], f"{mutation} line {i + 1} changed {name}"


@pytest.mark.parametrize("path", advert_fixtures(), ids=lambda p: p.name)
def test_shuffled_lines_never_crash(path: Path) -> None:
    lines = path.read_bytes().split(b"\n")
    rng = random.Random(path.name)
    for _ in range(5):
        rng.shuffle(lines)
        check(b"\n".join(lines))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_truncated_at_any_byte_never_crashes(path: Path) -> None:
    data = path.read_bytes()
    for cut in range(0, len(data), 3):  # every third byte: 1,700 cuts per seed, mid-character ones included
        check(data[:cut])


@pytest.mark.parametrize("path", advert_fixtures(), ids=lambda p: p.name)
def test_random_bytes_inserted_never_crash(path: Path) -> None:
    data = path.read_bytes()
    rng = random.Random(len(data))
    for _ in range(20):
        salted = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            salted.insert(rng.randrange(len(salted) + 1), rng.randrange(256))
        check(bytes(salted))
