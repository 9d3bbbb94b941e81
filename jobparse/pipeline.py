"""Extraction over many inputs: read, parse and render each file, in input order, over `--jobs`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from jobparse.errors import InputError
from jobparse.inputs.files import read_one
from jobparse.model import Advert
from jobparse.parallel import ordered_map


@dataclass(frozen=True, slots=True)
class Extracted:
    """One input's rendered records, or its error: small and picklable, to cross processes."""

    path: str
    records: tuple[Any, ...] = ()
    error: str | None = None
    internal: bool = False
    detail: str | None = None


def extract_file(item: str | InputError, render: Callable[[Advert], Any], max_bytes: int) -> Extracted:
    """Read, parse and render one input (a worker's whole job under --jobs)."""
    outcome = read_one(item, max_bytes)
    if outcome.error is not None:
        return Extracted(outcome.path, error=outcome.error, internal=outcome.internal, detail=outcome.detail)
    return Extracted(outcome.path, tuple(render(advert) for advert in outcome.adverts))


def extract_files(
    items: Iterable[str | InputError], render: Callable[[Advert], Any], max_bytes: int, jobs: int = 1
) -> Iterator[Extracted]:
    """Every expanded input's rendered records (see inputs.expand), in input order."""
    yield from ordered_map(partial(extract_file, render=render, max_bytes=max_bytes), items, jobs)
