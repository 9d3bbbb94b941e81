"""JSON (one document, streamed) and JSON Lines (one record per line) writers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from jobparse import __version__
from jobparse.jsondoc import JsonDocument, dumps
from jobparse.model import Advert
from jobparse.output.base import Writer, copy_into


class JsonWriter(Writer):
    """{"jobparse": version, "adverts": [...], "errors": [...]}, written record by record."""

    def __init__(self, out: TextIO, color: str = "auto") -> None:
        super().__init__(out, color)
        self.document = JsonDocument(out, {"jobparse": __version__}, "adverts")

    @staticmethod
    def render(advert: Advert) -> str:
        """The record as JSON text."""
        return dumps(advert.to_dict())

    def emit(self, rendered: str) -> None:
        """Write one record into the adverts array."""
        self.document.add_text(rendered)

    chunked = True

    @staticmethod
    def chunk(rendered: Sequence[str]) -> str:
        """Records as the adverts array holds them (after a first record)."""
        return JsonDocument.chunk(rendered)

    def emit_chunk(self, path: str, records: int) -> None:
        """Write a spooled chunk into the adverts array."""
        if records and not self.document.count:
            # The first records of the array: its chunk's leading comma must go.
            with open(path, encoding="utf-8") as source:
                self.document.add_chunk(source.read(), records)
            return
        copy_into(self.out, path)
        self.document.count += records

    def close(self) -> None:
        """Close the array and add the errors."""
        self.document.close({"errors": self.errors})


class JsonLinesWriter(Writer):
    """One record per line, for pipes and large archives (extract flushes after each input file)."""

    render = staticmethod(JsonWriter.render)

    def emit(self, rendered: str) -> None:
        """Write one record as a line."""
        self.out.write(rendered + "\n")

    chunked = True

    @staticmethod
    def chunk(rendered: Sequence[str]) -> str:
        """Records as lines."""
        return "".join(record + "\n" for record in rendered)

    def emit_chunk(self, path: str, records: int) -> None:
        """Write spooled lines."""
        copy_into(self.out, path)
