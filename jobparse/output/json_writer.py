"""JSON (one document, streamed) and JSON Lines (one record per line) writers."""

from __future__ import annotations

from typing import TextIO

import orjson

from jobparse import __version__
from jobparse.model import Advert
from jobparse.output.base import Writer


def dumps(data: object) -> str:
    """Compact JSON text, UTF-8 characters kept as they are."""
    return orjson.dumps(data).decode()


class JsonWriter(Writer):
    """{"jobparse": version, "adverts": [...], "errors": [...]}, written record by record."""

    def __init__(self, out: TextIO, color: str = "auto") -> None:
        super().__init__(out, color)
        self.count = 0
        out.write(f'{{"jobparse": {dumps(__version__)}, "adverts": [')

    @staticmethod
    def render(advert: Advert) -> str:
        """The record as JSON text."""
        return dumps(advert.to_dict())

    def emit(self, rendered: str) -> None:
        """Write one record into the adverts array."""
        self.out.write(("\n  " if self.count == 0 else ",\n  ") + rendered)
        self.count += 1

    def close(self) -> None:
        """Close the array and add the errors."""
        errors = ",\n    ".join(dumps(error) for error in self.errors)
        self.out.write(("\n" if self.count else "") + '], "errors": [' + errors + "]}\n")


class JsonLinesWriter(Writer):
    """One record per line, for pipes and large archives (extract flushes after each input file)."""

    render = staticmethod(JsonWriter.render)

    def emit(self, rendered: str) -> None:
        """Write one record as a line."""
        self.out.write(rendered + "\n")
