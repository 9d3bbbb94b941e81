"""Writers for `jobparse extract`: one module per format, chosen by name with `writer`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jobparse.output.base import Writer

# Format name -> "module:class": the one list of extract's formats (the command line's choices
# come from it). Imported only when chosen: the table writer pulls in rich's table machinery,
# and neither `validate` (which uses output.atomic) nor the command line's start-up should pay
# for any of them, or for the record types they import.
WRITERS: dict[str, str] = {
    "json": "json_writer:JsonWriter",
    "jsonl": "json_writer:JsonLinesWriter",
    "yaml": "yaml_writer:YamlWriter",
    "csv": "csv_writer:CsvWriter",
    "table": "table_writer:TableWriter",
    "jsonld": "jsonld_writer:JsonLdWriter",
}


def writer(name: str) -> type[Writer]:
    """The writer class for a format name (KeyError for an unknown one)."""
    module, _, cls = WRITERS[name].partition(":")
    found: type[Writer] = getattr(importlib.import_module(f"jobparse.output.{module}"), cls)
    return found


__all__ = ["WRITERS", "writer"]
