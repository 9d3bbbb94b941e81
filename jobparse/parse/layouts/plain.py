"""Plain text of no known family (a draft, a pasted description): title from the header or a "Job title" label."""

from __future__ import annotations

from jobparse.model import Text
from jobparse.parse import header
from jobparse.parse.context import Context

NAME = "plain"


def variant(page: object) -> None:
    """Plain text has no variants."""
    return None


def title(ctx: Context) -> tuple[Text | None, Text | None]:
    """The header's title line and employer line, else a "Job title" label's value."""
    found, display = header.title_and_display(ctx)
    if found is None:
        found = header.title_fact(ctx)
    return found, display
