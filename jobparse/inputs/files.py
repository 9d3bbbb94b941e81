"""Expand command-line inputs (files, directories, "-"), and read standard input."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator

from jobparse.errors import InputError
from jobparse.inputs import STDIN, STDIN_NAME
from jobparse.inputs.reading import parse_bytes, read_limited
from jobparse.limits import DEFAULT_MAX_BYTES
from jobparse.model import Advert

# What a directory is searched for: advert text, saved pages, JSON-LD records and search feeds.
INPUT_SUFFIXES = (".txt", ".html", ".htm", ".xml", ".json", ".jsonld", ".jsonl")


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
                yield InputError(
                    arg,
                    "directory holds no advert files (*.txt, *.html, *.htm, *.xml, *.json, *.jsonl)",
                    no_advert=True,
                )
            yield from found
        else:
            yield arg


def stdin_bytes(max_bytes: int = DEFAULT_MAX_BYTES, name: str = STDIN_NAME) -> bytes:
    """Standard input's bytes (`name` is what errors call it); InputError when it cannot be read or is too large."""
    stream = sys.stdin
    if stream is None or stream.closed:
        raise InputError(name, "standard input is closed")
    try:
        return read_limited(stream.buffer, name, max_bytes)
    except OSError as exc:
        raise InputError(name, f"cannot read standard input ({exc.strerror or exc})") from None


def read_stdin(max_bytes: int = DEFAULT_MAX_BYTES, name: str = STDIN_NAME) -> list[Advert]:
    """The adverts on standard input, their records named `name`; InputError when it has none."""
    return parse_bytes(stdin_bytes(max_bytes, name), name)
