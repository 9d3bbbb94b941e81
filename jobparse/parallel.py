"""Run per-file work over several processes, results in input order (`--jobs`)."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Files go to workers a few at a time: fewer round trips than one by one, while a slow file
# still cannot hold up much of the output behind it.
CHUNK = 4


def resolve_jobs(jobs: int) -> int:
    """The number of processes: 0 means one per core."""
    return max(1, os.cpu_count() or 1) if jobs == 0 else max(1, jobs)


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process in the group; only the parent reports it (exit 130) and
    # stops the workers, so they must not each print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def ordered_map(work: Callable[[Item], Result], items: Iterable[Item], jobs: int) -> Iterator[Result]:
    """work(item) for every item, in order; in this process when jobs is 1."""
    if jobs <= 1:
        yield from map(work, items)
        return
    # Imported here: multiprocessing costs about 5 ms of start-up that a one-process run never uses.
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(jobs, initializer=_ignore_interrupts) as pool:
        yield from pool.imap(work, items, CHUNK)
