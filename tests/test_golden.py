"""Golden files: every fixture's records equal the reviewed JSON beside it, and fit the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jobparse import parse_bytes
from tests.conftest import FIXTURES, advert_fixtures, assert_valid, fixture_name

CASES = advert_fixtures()


def test_fixtures_are_found() -> None:
    assert len(CASES) >= 32, "expected the two seeds and at least 30 synthetic adverts"


def records(path: Path) -> list[dict]:
    return [advert.to_dict() for advert in parse_bytes(path.read_bytes(), fixture_name(path))]


@pytest.mark.parametrize("path", CASES, ids=[fixture_name(p) for p in CASES])
def test_matches_golden(path: Path, update_golden: bool) -> None:
    got = records(path)
    golden = path.with_suffix(".json")
    if update_golden:
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden file for {path.name}: run `make golden` and review it"
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", CASES, ids=[fixture_name(p) for p in CASES])
def test_every_record_fits_the_schema(path: Path) -> None:
    for record in records(path):
        assert_valid(record)


@pytest.mark.parametrize("path", CASES, ids=[fixture_name(p) for p in CASES])
def test_positions_point_at_the_values(path: Path) -> None:
    """Each value's line/column and offsets select text that holds the value in the input."""
    from jobparse.inputs.source import decode, normalise

    text = normalise(decode(path.read_bytes(), path.name))
    lines = text.split("\n")
    for record in records(path):
        for name in ("title", "reference", "pay_scheme"):
            field = record[name]
            if field is None:
                continue
            pos = field["position"]
            assert text[pos["start"] : pos["end"]] == field["value"]
            line = lines[pos["line"] - 1]
            assert line[pos["column"] - 1 : pos["end_column"] - 1] == field["value"]
        for name in ("closing_date", "date_posted", "band", "contract"):
            field = record[name]
            if field is not None and field["source"] != "text":
                pos = field["position"]
                assert (
                    field["raw"] in text[pos["start"] : pos["end"]] or text[pos["start"] : pos["end"]] in field["raw"]
                )


# Structured inputs as well: positions there refer to the text `jobparse text` prints.
STRUCTURED = [
    path
    for path in sorted([*(FIXTURES / "jsonld").iterdir(), *(FIXTURES / "pages").iterdir()])
    if path.name not in ("organisation.json", "entity_bomb.xml")  # not adverts: read as errors
]


@pytest.mark.parametrize("path", CASES + STRUCTURED, ids=[fixture_name(p) for p in CASES + STRUCTURED])
def test_every_span_selects_its_value_s_raw_text(path: Path) -> None:
    """Every field of every record, not only title, reference and pay scheme: its offsets, line and
    column agree and select the raw text it was read from (the rules, by kind of value, are in
    tests/fuzzing/positions.py, which the fuzzer holds every input to)."""
    from tests.fuzzing.positions import check_positions, positioned

    adverts = parse_bytes(path.read_bytes(), fixture_name(path))
    for advert in adverts:
        record = advert.to_dict()
        assert len(list(positioned(record))) >= 5, "a record with hardly any positioned value"
        check_positions(advert, record)
