"""JSON (one document, streamed) and JSON Lines (one record per line) writers."""

from __future__ import annotations

from typing import TextIO

from jobparse import __version__
from jobparse.jsondoc import JsonDocument, dumps
from jobparse.model import Advert
from jobparse.output.base import Writer


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

    def close(self) -> None:
        """Close the array and add the errors."""
        self.document.close({"errors": self.errors})


class JsonLinesWriter(Writer):
    """One record per line, for pipes and large archives (extract flushes after each input file)."""

    render = staticmethod(JsonWriter.render)

    def emit(self, rendered: str) -> None:
        """Write one record as a line."""
        self.out.write(rendered + "\n")
