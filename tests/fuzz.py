"""A longer fuzzing session than the test suite's: `make fuzz` (FUZZ_SECONDS, default 60).

Hypothesis generates arbitrary text, arbitrary bytes, and fixtures with bytes inserted, deleted
and lines shuffled; every input is parsed, validated and its records checked against the schema.
Runs Hypothesis again and again with fresh randomness until the time is up, then prints how many
inputs were tried. A failure stops it with Hypothesis's smallest failing example.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobparse import InputError, parse_bytes, parse_many
from jobparse.config import Config
from jobparse.validator import validate
from tests.conftest import advert_fixtures, assert_valid
from tests.strategies import any_text

CONFIG = Config.default().with_overrides(today=dt.date(2025, 9, 1))
FIXTURES = tuple(path.read_bytes() for path in advert_fixtures())


@st.composite
def mutated_fixture(draw: st.DrawFn) -> bytes:
    """A fixture advert with bytes inserted and deleted, or its lines shuffled."""
    data = bytearray(draw(st.sampled_from(FIXTURES)))
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(data)))
        if draw(st.booleans()) and data:
            del data[at : at + draw(st.integers(1, 40))]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=12))
    if draw(st.booleans()):
        lines = bytes(data).split(b"\n")
        data = bytearray(b"\n".join(draw(st.permutations(lines))))
    return bytes(data)


def check(sample: str | bytes) -> None:
    """Parse, validate and schema-check one input; only InputError may come out of parsing bytes."""
    if isinstance(sample, str):
        adverts = parse_many(sample)
    else:
        try:
            adverts = parse_bytes(sample, "fuzz.txt")
        except InputError:
            return
    for advert in adverts:
        validate(advert, CONFIG)
        assert_valid(advert.to_dict())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    tried = 0

    @settings(max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(any_text, st.binary(max_size=4000), mutated_fixture()))
    def session(sample: str | bytes) -> None:
        nonlocal tried
        tried += 1
        check(sample)

    started = time.monotonic()
    rounds = 0
    while time.monotonic() - started < args.seconds:
        session()
        rounds += 1
    elapsed = time.monotonic() - started
    print(f"fuzz: {tried:,} inputs tried in {elapsed:.0f} s ({rounds} Hypothesis runs), no failures")


if __name__ == "__main__":
    main()
