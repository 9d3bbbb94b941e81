"""The parser: advert text in, Advert records out (tokenize, split, sections, layouts, fields)."""

from __future__ import annotations

import sys
import types
from bisect import bisect_left
from collections.abc import Iterator

from jobparse.inputs.source import LineIndex, normalise
from jobparse.model import Advert
from jobparse.parse import extract as fields
from jobparse.parse.split import has_advert, split_adverts
from jobparse.parse.tokenizer import tokenize


def parse_many(text: str, path: str = "<text>") -> list[Advert]:
    """Every advert in a text (a dump may hold several); an empty list when there is none."""
    return list(iter_adverts(text, path))


# A dump is tokenized and split this many characters at a time (more when one advert is longer):
# its tokens are several times the size of its text, and holding them all for a 70 MB dump took
# a gigabyte. tests/test_split.py checks that blocks split a dump as a whole text does.
BLOCK = 1 << 21


def iter_adverts(text: str, path: str = "<text>", block: int = BLOCK) -> Iterator[Advert]:
    """Every advert in a text, each read as it is asked for: a large dump's records are written
    (and dropped) one by one, and it is tokenized a block at a time, so memory stays flat."""
    text = normalise(text)
    lines = LineIndex.of(text)
    index = 0
    start, size = 0, block
    while True:
        end = text.find("\n", min(start + size, len(text)))
        last = end == -1
        tokens = list(tokenize(text, start, None if last else end, lines.line_of(start)))
        ranges = split_adverts(tokens)
        if not last and len(ranges) < 2:
            size *= 2  # one advert longer than the block: take a larger one
            continue
        # The block's last advert may go on in the next block: it is read again from its start.
        keep = ranges if last else ranges[:-1]
        for first, stop in keep:
            chunk = tokens[first:stop]
            if has_advert(chunk):
                yield fields.extract(chunk, path, index, lines, text)
                index += 1
        if last:
            return
        start, size = lines.starts[tokens[ranges[-1][0]].line], block


def parse_records(text: str, records: tuple[tuple[int, int], ...], path: str = "<text>") -> list[Advert]:
    """One advert per record span of a rendered text (JSON-LD records, feed vacancies): the text
    is tokenized once and each record read alone, with positions in the whole text."""
    return list(iter_records(text, records, path))


def iter_records(text: str, records: tuple[tuple[int, int], ...], path: str = "<text>") -> Iterator[Advert]:
    """parse_records, each advert read as it is asked for."""
    tokens = list(tokenize(text))
    lines = LineIndex.of(text)
    starts = [token.start for token in tokens]
    for index, (start, end) in enumerate(records):
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        yield fields.extract(tokens[first:last], path, index, lines, text)


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

__all__ = ["iter_adverts", "iter_records", "parse", "parse_many", "parse_records"]
