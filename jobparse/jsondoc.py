"""A JSON document written as it grows: its first members, one array item by item, then its last members.

extract's JSON (`{"jobparse", "adverts": [...], "errors"}`) and validate's JSON report
(`{"jobparse", "today", "files": [...], "summary"}`) are both written through it, so a run of any
size holds one item at a time and both documents have one layout.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

import orjson

_INDENT = "  "


def dumps(data: Any, indent: bool = False) -> str:
    """JSON text (orjson: several times faster than json); characters kept as they are."""
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0).decode()
    except orjson.JSONEncodeError as exc:
        # orjson writes integers of 64 bits at most, and an advert may state any figure
        # ("£99999999999999999999", found by make fuzz): json writes those, in the same layout.
        if "64-bit" not in str(exc):
            raise
        return json.dumps(
            data, ensure_ascii=False, indent=2 if indent else None, separators=(",", ": " if indent else ":")
        )


class JsonDocument:
    """Writes `{head..., "<array>": [items...], tail...}` to a stream, item by item.

    Items are written one to a line, compact (extract's records, which may be millions), or
    indented (the report's file entries, read by people too); members before and after the
    array are written as given.
    """

    def __init__(self, out: TextIO, head: Mapping[str, Any], array: str, *, indent: bool = False) -> None:
        self.out = out
        self.indent = indent
        self.count = 0
        members = "".join(f"\n{_INDENT}{dumps(key)}: {self._value(value)}," for key, value in head.items())
        out.write(f"{{{members}\n{_INDENT}{dumps(array)}: [")

    def _value(self, value: Any) -> str:
        """A member's value, indented to sit inside the document."""
        return dumps(value, self.indent).replace("\n", "\n" + _INDENT)

    def add(self, item: Any) -> None:
        """Append one item (JSON-ready data)."""
        self.add_text(dumps(item, self.indent))

    def add_text(self, text: str) -> None:
        """Append one item already serialised (a record rendered in a worker process)."""
        separator = "," if self.count else ""
        self.out.write(f"{separator}\n{_INDENT * 2}" + text.replace("\n", "\n" + _INDENT * 2))
        self.count += 1

    @staticmethod
    def chunk(texts: Sequence[str]) -> str:
        """Several serialised items as add_text would write them after a first one (a worker
        makes this, so that the parent only writes it: see add_chunk)."""
        inner = "\n" + _INDENT * 2
        return "".join(f",{inner}" + text.replace("\n", inner) for text in texts)

    def add_chunk(self, chunk: str, items: int) -> None:
        """Append a chunk() of `items` items (its leading comma dropped when it opens the array)."""
        self.out.write(chunk if self.count else chunk[1:])
        self.count += items

    def close(self, tail: Mapping[str, Any]) -> None:
        """Close the array, write the last members and the closing brace."""
        members = "".join(f",\n{_INDENT}{dumps(key)}: {self._value(value)}" for key, value in tail.items())
        self.out.write(("\n" + _INDENT if self.count else "") + f"]{members}\n}}\n")


__all__ = ["JsonDocument", "dumps"]
