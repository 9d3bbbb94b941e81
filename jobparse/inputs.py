"""Expand command-line inputs (files, directories, "-") and read each into adverts or an error."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from jobparse.errors import InputError
from jobparse.model import Advert
from jobparse.parse import parse_bytes, parse_file

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: its adverts, or the error that stopped it."""

    path: str
    adverts: tuple[Advert, ...] = ()
    error: str | None = None


def expand(args: Iterable[str]) -> Iterator[str | InputError]:
    """Paths to read, in order: directories give every *.txt below them, sorted."""
    for arg in args:
        if arg == STDIN:
            yield STDIN
            continue
        path = Path(arg)
        if path.is_dir():
            try:
                found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            except OSError as exc:
                yield InputError(arg, f"cannot list directory ({exc.strerror or exc})")
                continue
            if not found:
                yield InputError(arg, "directory holds no *.txt files")
            yield from (os.fspath(p) for p in found)
        else:
            yield arg


def read_inputs(args: Iterable[str]) -> Iterator[Outcome]:
    """One Outcome per input file, as each is read (nothing is held back)."""
    for item in expand(args):
        if isinstance(item, InputError):
            yield Outcome(item.path, error=item.reason)
            continue
        try:
            adverts = parse_bytes(sys.stdin.buffer.read(), "<stdin>") if item == STDIN else parse_file(item)
        except InputError as exc:
            yield Outcome(exc.path, error=exc.reason)
            continue
        yield Outcome(adverts[0].path, tuple(adverts))
