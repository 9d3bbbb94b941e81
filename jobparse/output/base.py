"""The interface every extract writer follows: render a record (anywhere), emit it (in order)."""

from __future__ import annotations

from collections.abc import Sequence
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

    # Writers whose records can be written as one block per input (chunk/emit_chunk): under
    # --jobs a worker builds the block and spools it to a file, and the parent only copies it to
    # the output, so that the parent's work per advert does not cap what more workers give.
    chunked = False

    @staticmethod
    def chunk(rendered: Sequence[Any]) -> str:
        """The text emit would write for these records, in a worker (chunked writers only; a
        static method, so that it pickles without the writer and its stream)."""
        raise NotImplementedError

    def emit_chunk(self, path: str, records: int) -> None:
        """Write a spooled chunk() of `records` records from a file, as emit would have."""
        raise NotImplementedError

    def advert(self, advert: Advert) -> None:
        """Render and write one record."""
        self.emit(self.render(advert))

    def error(self, path: str, message: str) -> None:
        """Note an input that gave no record (reported in formats that can hold it)."""
        self.errors.append({"file": path, "error": message})

    def close(self) -> None:
        """Finish the document (closing brackets, tables)."""


def copy_into(out: TextIO, path: str) -> None:
    """Append a UTF-8 file to a text stream: by the kernel (os.sendfile) when the stream is a
    UTF-8 file or pipe, else decoded and written."""
    import os

    with open(path, "rb") as source:
        if (getattr(out, "encoding", None) or "").replace("-", "").lower() == "utf8":
            try:
                target = out.fileno()
            except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is an OSError
                target = -1
            if target != -1:
                out.flush()
                size = os.fstat(source.fileno()).st_size
                sent = 0
                while sent < size:
                    done = os.sendfile(target, source.fileno(), sent, size - sent)
                    if done == 0:
                        break
                    sent += done
                if sent == size:
                    return
                source.seek(sent)  # what sendfile could not send goes the slow way
        out.write(source.read().decode("utf-8"))
