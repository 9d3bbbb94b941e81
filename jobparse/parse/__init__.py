"""The parser: advert text in, Advert records out (tokenize, split, sections, layouts, fields)."""

from __future__ import annotations

import sys
import types
from bisect import bisect_left

from jobparse.inputs.source import LineIndex, normalise
from jobparse.model import Advert
from jobparse.parse import extract as fields
from jobparse.parse.split import has_advert, split_adverts
from jobparse.parse.tokenizer import tokenize


def parse_many(text: str, path: str = "<text>") -> list[Advert]:
    """Every advert in a text (a dump may hold several); an empty list when there is none."""
    text = normalise(text)
    tokens = list(tokenize(text))
    lines = LineIndex.of(text)
    adverts: list[Advert] = []
    for start, end in split_adverts(tokens):
        chunk = tokens[start:end]
        if has_advert(chunk):
            adverts.append(fields.extract(chunk, path, len(adverts), lines, text))
    return adverts


def parse_records(text: str, records: tuple[tuple[int, int], ...], path: str = "<text>") -> list[Advert]:
    """One advert per record span of a rendered text (JSON-LD records, feed vacancies): the text
    is tokenized once and each record read alone, with positions in the whole text."""
    tokens = list(tokenize(text))
    lines = LineIndex.of(text)
    starts = [token.start for token in tokens]
    adverts: list[Advert] = []
    for start, end in records:
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        adverts.append(fields.extract(tokens[first:last], path, len(adverts), lines, text))
    return adverts


def parse(text: str, path: str = "<text>") -> Advert:
    """Parse a text as one advert (no splitting); fields it lacks are None or empty."""
    text = normalise(text)
    return fields.extract(list(tokenize(text)), path, 0, LineIndex.of(text), text)


class _Parser(types.ModuleType):
    """The package's module type: calling the package parses, so `jobparse.parse(text)` works
    whether `jobparse.parse` was reached as the public function or as this package (importing any
    module below it binds the package on `jobparse` under that name)."""

    def __call__(self, text: str, path: str = "<text>") -> Advert:
        return parse(text, path)


sys.modules[__name__].__class__ = _Parser

__all__ = ["parse", "parse_many", "parse_records"]
