"""A fuzzing session: `make fuzz` (FUZZ_SECONDS, default 60; FUZZ_SEED to repeat a session).

Hypothesis draws inputs of every kind jobparse reads (tests/fuzzing/inputs.py: mutated fixtures of
every layout family, JSON-LD records, HTML pages, XML feeds, arbitrary bytes) and every input goes
through every check (tests/fuzzing/checks.py: records, positions, findings, writers, reporters,
fixes). Rounds of Hypothesis run one after another until the time is up, each seeded from the
session's seed, so that a session is repeated by giving its seed again. A failure is shrunk
(delta debugging over its lines, then its bytes: tests/fuzzing/reduce.py), written to
fuzz-failures/ and the session stops with exit status 1: move the file into tests/fuzz_corpus/
under a name that says what it was, add its line to tests/fuzz_corpus/LOG.md, and fix it.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed

from tests.fuzzing.checks import check_input
from tests.fuzzing.inputs import any_input
from tests.fuzzing.reduce import failure, reduce

ROUND = 200  # inputs per Hypothesis run, each run seeded from the session's seed
# Writers, reporters and fixes are checked on one input in this many (they take six in seven parts
# of the checks' time); reading, records, positions and findings on every one. A shrunk failure
# and the corpus get every check.
DEEP_EVERY = 4
FAILURES = Path("fuzz-failures")


class Found(Exception):
    """A failing input, as it was generated."""

    def __init__(self, kind: str, data: bytes, name: str) -> None:
        super().__init__(name)
        self.kind, self.data, self.name = kind, data, name


def run_round(round_seed: int, tried: Counter[str]) -> None:
    """One Hypothesis run over ROUND inputs; Found when one fails."""
    last: list[tuple[str, bytes, str]] = []  # the failing input

    @hypothesis_seed(round_seed)
    @settings(
        max_examples=ROUND,
        deadline=None,
        database=None,
        phases=[Phase.generate],  # no shrinking: reduce.py shrinks the bytes in far less time
        suppress_health_check=list(HealthCheck),
    )
    @given(any_input())
    def session(sample: tuple[str, bytes, str]) -> None:
        kind, data, name = sample
        tried[kind] += 1
        try:
            check_input(data, name, deep=(sum(tried.values()) - 1) % DEEP_EVERY == 0)
        except Exception:
            last[:] = [sample]
            raise

    try:
        session()
    except Exception as exc:
        if not last or failure(check_input, *last[0][1:]) is None:
            raise  # not a failure of the checks (the inputs' generator failed): its own traceback
        raise Found(*last[0]) from exc


def save(data: bytes, name: str, directory: Path) -> Path:
    """A failing input written where it can be looked at and moved into the corpus."""
    directory.mkdir(exist_ok=True)
    suffix = Path(name).suffix or ".txt"
    path = directory / f"fuzz-{hashlib.sha256(data).hexdigest()[:12]}{suffix}"
    path.write_bytes(data)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to run (default 60)")
    parser.add_argument("--seed", type=int, default=None, help="the session's seed (default: a random one, printed)")
    parser.add_argument(
        "--failures", type=Path, default=FAILURES, help="where failing inputs go (default fuzz-failures/)"
    )
    args = parser.parse_args(argv)
    session_seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    rounds = random.Random(session_seed)
    print(f"fuzz: seed {session_seed} (repeat with FUZZ_SEED={session_seed}), {args.seconds:.0f} s")
    sys.stdout.flush()
    tried: Counter[str] = Counter()
    started = time.monotonic()
    done = 0
    found = None
    while found is None and time.monotonic() - started < args.seconds:
        try:
            run_round(rounds.randrange(2**32), tried)
        except Found as failed:
            found = failed
        done += 1
    if found is not None:
        return report(found, args.failures, tried, time.monotonic() - started)
    elapsed = time.monotonic() - started
    kinds = ", ".join(f"{kind} {count:,}" for kind, count in tried.most_common())
    total = sum(tried.values())
    deep = -(-total // DEEP_EVERY)
    print(f"fuzz: {total:,} inputs tried in {elapsed:.0f} s ({done} rounds; {kinds}), {deep:,} of them through")
    print("fuzz: the writers and reporters too; no failures")
    return 0


def report(found: Found, directory: Path, tried: Counter[str], elapsed: float) -> int:
    """Shrink a failure, save it and say how it failed."""
    print(
        f"fuzz: FAILED after {sum(tried.values()):,} inputs in {elapsed:.0f} s on a {found.kind} input ({found.name})"
    )
    before = failure(check_input, found.data, found.name)
    small = reduce(check_input, found.data, found.name)
    path = save(small, found.name, directory)
    print(f"fuzz: {before}")
    print(f"fuzz: shrunk from {len(found.data):,} to {len(small):,} bytes: {small!r}"[:2000])
    print(f"fuzz: saved as {path}; move it to tests/fuzz_corpus/ with a name that says what it was")
    try:
        check_input(small, found.name)
    except Exception:
        traceback.print_exc()  # for the one who fixes it
    return 1


if __name__ == "__main__":
    sys.exit(main())
