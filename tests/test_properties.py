"""Properties that hold for any input: parsing never raises, output fits the schema, positions are right."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobparse import InputError, parse, parse_bytes, parse_many
from jobparse.config import Config
from jobparse.inputs.source import normalise
from jobparse.validator import validate
from tests.conftest import assert_valid
from tests.strategies import advert_texts, any_text, line_endings

CONFIG = Config.default().with_overrides(today=dt.date(2025, 9, 1))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(any_text)
def test_parse_never_raises(text: str) -> None:
    parse(text)
    for advert in parse_many(text):
        advert.to_dict()


@SETTINGS
@given(st.binary(max_size=3000))
def test_bytes_give_records_or_an_input_error(data: bytes) -> None:
    with contextlib.suppress(InputError):
        parse_bytes(data, "fuzz.txt")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(advert_texts)
def test_every_record_fits_the_schema(text: str) -> None:
    for advert in parse_many(text):
        assert_valid(advert.to_dict())


def _positions(value: Any) -> list[dict[str, int]]:
    if isinstance(value, dict):
        found = [value["position"]] if isinstance(value.get("position"), dict) else []
        return found + [p for key, item in value.items() if key != "position" for p in _positions(item)]
    if isinstance(value, list):
        return [p for item in value for p in _positions(item)]
    return []


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """Line and column computed the slow, obvious way, to check the LineIndex against."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


@SETTINGS
@given(advert_texts, line_endings)
def test_line_and_column_are_right(text: str, newline: str) -> None:
    raw = text.replace("\n", newline)
    normal = normalise(raw)
    for advert in parse_many(raw):
        for pos in _positions(advert.to_dict()):
            assert 0 <= pos["start"] <= pos["end"] <= len(normal)
            assert (pos["line"], pos["column"]) == _line_col(normal, pos["start"])
            assert (pos["end_line"], pos["end_column"]) == _line_col(normal, pos["end"])


@SETTINGS
@given(advert_texts)
def test_findings_point_inside_the_text(text: str) -> None:
    lines = normalise(text).split("\n")
    for advert in parse_many(text):
        for problem in validate(advert, CONFIG):
            assert 1 <= problem.line <= len(lines)
            assert 1 <= problem.column <= len(lines[problem.line - 1]) + 1
            assert (problem.end_line, problem.end_column) >= (problem.line, problem.column)
