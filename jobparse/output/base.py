"""The interface every extract writer follows: render a record (anywhere), emit it (in order)."""

from __future__ import annotations

from typing import Any, TextIO

from jobparse.model import Advert


class Writer:
    """Writes records to a text stream as they arrive; `close` finishes the document.

    Writing is split in two so that `--jobs` can render records in worker processes: `render`
    turns an advert into something small and picklable (a JSON line, a CSV row) and `emit`
    writes it, in input order, in the main process.
    """

    def __init__(self, out: TextIO, color: str = "auto") -> None:
        self.out = out
        self.color = color
        self.errors: list[dict[str, str]] = []

    @staticmethod
    def render(advert: Advert) -> Any:
        """What `emit` needs of one advert."""
        raise NotImplementedError

    def emit(self, rendered: Any) -> None:
        """Write one rendered record."""
        raise NotImplementedError

    def advert(self, advert: Advert) -> None:
        """Render and write one record."""
        self.emit(self.render(advert))

    def error(self, path: str, message: str) -> None:
        """Note an input that gave no record (reported in formats that can hold it)."""
        self.errors.append({"file": path, "error": message})

    def close(self) -> None:
        """Finish the document (closing brackets, tables)."""
