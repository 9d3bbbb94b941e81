"""Expand command-line inputs (files, directories, "-") and read each into adverts or an error."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from jobparse.errors import InputError
from jobparse.inputs.reading import parse_bytes, read_limited
from jobparse.limits import DEFAULT_MAX_BYTES
from jobparse.model import Advert

# What a directory is searched for: advert text, saved pages, JSON-LD records and search feeds.
INPUT_SUFFIXES = (".txt", ".html", ".htm", ".xml", ".json", ".jsonld", ".jsonl")
STDIN = "-"
STDIN_NAME = "<stdin>"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: its adverts, or the error that stopped it."""

    path: str
    adverts: tuple[Advert, ...] = ()
    error: str | None = None
    internal: bool = False  # the error is a bug in jobparse, not a fault of the input
    detail: str | None = None  # the traceback of an internal error, for --debug


def _walk(root: str) -> tuple[list[str], list[InputError]]:
    """Every advert file below a directory, sorted; symbolic links to directories are not followed."""
    found: list[str] = []
    problems: list[InputError] = []

    def on_error(exc: OSError) -> None:
        problems.append(InputError(exc.filename or root, f"cannot list directory ({exc.strerror or exc})"))

    for directory, subdirs, files in os.walk(root, onerror=on_error, followlinks=False):
        subdirs.sort()
        found.extend(os.path.join(directory, name) for name in files if name.lower().endswith(INPUT_SUFFIXES))
    return sorted(found), problems


def expand(args: Iterable[str]) -> Iterator[str | InputError]:
    """Paths to read, in order: directories give every advert file below them, sorted."""
    for arg in args:
        if arg == STDIN:
            yield STDIN
            continue
        if os.path.isdir(arg):
            found, problems = _walk(arg)
            yield from problems
            if not found and not problems:
                yield InputError(arg, "directory holds no advert files (*.txt, *.html, *.htm, *.xml, *.json, *.jsonl)")
            yield from found
        else:
            yield arg


def _read_stdin(max_bytes: int) -> list[Advert]:
    stream = sys.stdin
    if stream is None or stream.closed:
        raise InputError(STDIN_NAME, "standard input is closed")
    try:
        data = read_limited(stream.buffer, STDIN_NAME, max_bytes)
    except OSError as exc:
        raise InputError(STDIN_NAME, f"cannot read standard input ({exc.strerror or exc})") from None
    return parse_bytes(data, STDIN_NAME)


def read_one(item: str | InputError, max_bytes: int = DEFAULT_MAX_BYTES) -> Outcome:
    """The adverts of one expanded input, or why there are none (never raises for a bad input)."""
    from jobparse.inputs.reading import parse_file

    if isinstance(item, InputError):
        return Outcome(item.path, error=item.reason)
    name = STDIN_NAME if item == STDIN else item
    try:
        adverts = _read_stdin(max_bytes) if item == STDIN else parse_file(item, max_bytes=max_bytes)
    except InputError as exc:
        return Outcome(exc.path, error=exc.reason)
    except RecursionError:
        return Outcome(name, error="input nested too deeply to parse")
    except Exception as exc:  # a bug must cost one file, not the run: it is reported, not hidden
        return Outcome(
            name,
            error=f"internal error ({type(exc).__name__}: {exc}); please report it with this input",
            internal=True,
            detail=traceback.format_exc(),
        )
    return Outcome(adverts[0].path, tuple(adverts))


def read_inputs(args: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Outcome]:
    """One Outcome per input file, as each is read (nothing is held back, nothing is lost)."""
    for item in expand(args):
        yield read_one(item, max_bytes)


def parallel_safe(args: Iterable[str]) -> bool:
    """Whether inputs can be read by worker processes (standard input can only be read here)."""
    return STDIN not in args
