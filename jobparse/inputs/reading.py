"""Reading inputs: a file's bytes (advert text, a saved page, JSON-LD records or a search feed) into Advert records."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from typing import BinaryIO

from jobparse.errors import InputError
from jobparse.inputs.documents import document_of
from jobparse.model import Advert
from jobparse.parse import iter_adverts, iter_records


def parse_bytes(data: bytes, path: str) -> list[Advert]:
    """Decode and parse a file's bytes (advert text, a saved page, JSON-LD JobPosting records or a
    search feed); InputError when they hold no advert."""
    return list(iter_bytes(data, path))


def iter_bytes(data: bytes, path: str) -> Iterator[Advert]:
    """parse_bytes, each advert read as it is asked for (the first at once: InputError comes
    before any advert when there is none)."""
    if not data.strip():
        raise InputError(path, "empty file", no_advert=True)
    document = document_of(data, path)
    if not document.text.strip():
        raise InputError(path, "empty file (whitespace only)", no_advert=True)
    if document.records is not None:
        return iter_records(document.text, document.records, path)
    adverts = iter_adverts(document.text, path)
    first = next(adverts, None)
    if first is None:
        raise InputError(path, "no advert found (no known heading, label or closing date)", no_advert=True)
    return itertools.chain((first,), adverts)


def read_limited(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    """At most max_bytes from a stream; InputError when there is more (never loads a huge input)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(name, f"larger than the {max_bytes:,}-byte limit (raise it with --max-size)")
    return data


def read_file(path: str | os.PathLike[str], max_bytes: int | None = None) -> bytes:
    """A file's bytes; InputError when it cannot be read or is too large."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as stream:
            if max_bytes is None:
                return stream.read()
            size = os.fstat(stream.fileno()).st_size
            if size > max_bytes:
                raise InputError(
                    name, f"{size:,} bytes is larger than the {max_bytes:,}-byte limit (raise it with --max-size)"
                )
            return read_limited(stream, name, max_bytes)
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, exc.strerror or str(exc)) from None


def parse_file(path: str | os.PathLike[str], max_bytes: int | None = None) -> list[Advert]:
    """Every advert in a file; InputError when it cannot be read, is too large or holds none."""
    return parse_bytes(read_file(path, max_bytes), os.fspath(path))
