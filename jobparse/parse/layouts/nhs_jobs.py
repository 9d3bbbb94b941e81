"""NHS Jobs (jobs.nhs.uk, family A): employer line, title, closing-date line, then headed sections and Details."""

from __future__ import annotations

from jobparse.model import Text
from jobparse.parse import header
from jobparse.parse.context import Context

NAME = "nhs-jobs"


def variant(page: object) -> str:
    """NHS Jobs pages come in one rendering (copies differ only in blank lines)."""
    return "A"


def title(ctx: Context) -> tuple[Text | None, Text | None]:
    """The header's title line and the employer display line above it; pages cut before the header have none."""
    found, display = header.title_and_display(ctx, last=True)
    return found or header.title_fact(ctx), display
