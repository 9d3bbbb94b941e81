"""The parser: advert text in, Advert records out (tokenize, split, sections, layouts, fields)."""

from __future__ import annotations

from jobparse.model import Advert
from jobparse.parse.extract import extract
from jobparse.parse.split import has_advert, split_adverts
from jobparse.parse.tokenizer import tokenize
from jobparse.source import LineIndex, normalise


def parse_many(text: str, path: str = "<text>") -> list[Advert]:
    """Every advert in a text (a dump may hold several); an empty list when there is none."""
    text = normalise(text)
    tokens = list(tokenize(text))
    lines = LineIndex.of(text)
    adverts: list[Advert] = []
    for start, end in split_adverts(tokens):
        chunk = tokens[start:end]
        if has_advert(chunk):
            adverts.append(extract(chunk, path, len(adverts), lines, text))
    return adverts


def parse(text: str, path: str = "<text>") -> Advert:
    """Parse a text as one advert (no splitting); fields it lacks are None or empty."""
    text = normalise(text)
    return extract(list(tokenize(text)), path, 0, LineIndex.of(text), text)


__all__ = ["parse", "parse_many"]
