"""Reading inputs: a file's bytes (advert text, a saved page or a search feed) into Advert records."""

from __future__ import annotations

import dataclasses
import os
from typing import BinaryIO

from jobparse.errors import InputError
from jobparse.inputs.pages import feed_vacancies, html_to_text, kind_of
from jobparse.inputs.source import decode
from jobparse.model import Advert
from jobparse.parse import parse, parse_many


def parse_bytes(data: bytes, path: str) -> list[Advert]:
    """Decode and parse a file's bytes (advert text, a saved page or a search feed); InputError when
    they hold no advert."""
    if not data.strip():
        raise InputError(path, "empty file")
    kind = kind_of(data, path)
    if kind == "xml":
        adverts = [
            dataclasses.replace(parse(vacancy.text, path), index=number)
            for number, vacancy in enumerate(feed_vacancies(data, path))
        ]
        if not adverts:
            raise InputError(path, "no vacancyDetails in the XML feed")
        return adverts
    text = decode(data, path)
    if kind == "html":
        text = html_to_text(text)
    if not text.strip():
        raise InputError(path, "empty file (whitespace only)")
    adverts = parse_many(text, path)
    if not adverts:
        raise InputError(path, "no advert found (no known heading, label or closing date)")
    return adverts


def read_limited(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    """At most max_bytes from a stream; InputError when there is more (never loads a huge input)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(name, f"larger than the {max_bytes:,}-byte limit (raise it with --max-size)")
    return data


def parse_file(path: str | os.PathLike[str], max_bytes: int | None = None) -> list[Advert]:
    """Every advert in a file; InputError when it cannot be read, is too large or holds none."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as stream:
            if max_bytes is not None:
                size = os.fstat(stream.fileno()).st_size
                if size > max_bytes:
                    raise InputError(
                        name, f"{size:,} bytes is larger than the {max_bytes:,}-byte limit (raise it with --max-size)"
                    )
                data = read_limited(stream, name, max_bytes)
            else:
                data = stream.read()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, exc.strerror or str(exc)) from None
    return parse_bytes(data, name)
