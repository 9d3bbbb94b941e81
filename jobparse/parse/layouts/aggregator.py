"""Aggregator pages (family H-body): a body kept from another site, often from "Job overview" on,
with dates written value-first and without a year ("25th July - Closing date")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobparse.model import Text
from jobparse.parse import header
from jobparse.parse.context import Context
from jobparse.parse.tokenizer import HEADING

if TYPE_CHECKING:
    from jobparse.parse.layouts import Page

NAME = "aggregator"
_START = 3  # a page that starts at "Job overview" with no key facts before it is a kept body


def score(page: Page, marks: list[str]) -> int:
    """Its marks, and three more when the text starts at a "Job overview" heading."""
    first = page.first_content()
    starts = first is not None and first.kind == HEADING and first.key == "job-overview"
    return len(marks) + (_START if starts else 0)


def variant(page: object) -> str:
    """Aggregator bodies come in one rendering."""
    return "H-body"


def title(ctx: Context) -> tuple[Text | None, Text | None]:
    """A "Job title" label, else the first header line (aggregators print the title first)."""
    found = header.title_fact(ctx)
    if found is not None:
        return found, None
    lines = [token for token in ctx.header if header.title_like(token)]
    return (header.as_text(lines[0]) if lines else None), None
