"""Writers for `jobparse extract`: one module per format, chosen by name from WRITERS."""

from __future__ import annotations

from jobparse.output.base import Writer
from jobparse.output.csv_writer import CsvWriter
from jobparse.output.json_writer import JsonLinesWriter, JsonWriter
from jobparse.output.jsonld_writer import JsonLdWriter
from jobparse.output.table_writer import TableWriter
from jobparse.output.yaml_writer import YamlWriter

WRITERS: dict[str, type[Writer]] = {
    "json": JsonWriter,
    "jsonl": JsonLinesWriter,
    "yaml": YamlWriter,
    "csv": CsvWriter,
    "table": TableWriter,
    "jsonld": JsonLdWriter,
}

__all__ = ["WRITERS", "Writer"]
