"""JSON-LD writer: a JSON array of schema.org JobPosting objects, one per advert."""

from __future__ import annotations

import json
from typing import TextIO

from jobparse.jsonld import job_posting
from jobparse.model import Advert
from jobparse.output.base import Writer


class JsonLdWriter(Writer):
    """Writes the array posting by posting (each can go in a page's <script type="application/ld+json">)."""

    def __init__(self, out: TextIO, color: str = "auto") -> None:
        super().__init__(out, color)
        self.count = 0
        out.write("[")

    @staticmethod
    def render(advert: Advert) -> str:
        """The advert's JobPosting as JSON text."""
        return json.dumps(job_posting(advert), ensure_ascii=False, indent=2)

    def emit(self, rendered: str) -> None:
        """Add one posting to the array."""
        self.out.write(("\n" if self.count == 0 else ",\n") + rendered)
        self.count += 1

    def close(self) -> None:
        """Close the array."""
        self.out.write("\n]\n" if self.count else "]\n")
