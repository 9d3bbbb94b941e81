"""YAML writer: the same document as the JSON format, for people who read YAML."""

from __future__ import annotations

from typing import Any, TextIO

import yaml

from jobparse import __version__
from jobparse.model import Advert
from jobparse.output.base import Writer


class YamlWriter(Writer):
    """Collects records and writes one YAML document at the end."""

    def __init__(self, out: TextIO, color: str = "auto") -> None:
        super().__init__(out, color)
        self.records: list[dict[str, Any]] = []

    @staticmethod
    def render(advert: Advert) -> dict[str, Any]:
        """The record as plain data."""
        return advert.to_dict()

    def emit(self, rendered: dict[str, Any]) -> None:
        """Keep one record for the document."""
        self.records.append(rendered)

    def close(self) -> None:
        """Write the document."""
        document = {"jobparse": __version__, "adverts": self.records, "errors": self.errors}
        yaml.safe_dump(document, self.out, sort_keys=False, allow_unicode=True, width=100)
