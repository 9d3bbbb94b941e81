"""The interface every extract writer follows: records in as they come, errors kept for the end."""

from __future__ import annotations

from typing import TextIO

from jobparse.model import Advert


class Writer:
    """Writes records to a text stream as they arrive; `close` finishes the document."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.errors: list[dict[str, str]] = []

    def advert(self, advert: Advert) -> None:
        """Write one record."""
        raise NotImplementedError

    def error(self, path: str, message: str) -> None:
        """Note an input that gave no record (reported in formats that can hold it)."""
        self.errors.append({"file": path, "error": message})

    def close(self) -> None:
        """Finish the document (closing brackets, tables)."""
