"""DWP Find a Job (family C): a title line ("Title" or "Title | Employer"), a table of key facts, then Summary."""

from __future__ import annotations

from jobparse.model import Span, Text
from jobparse.parse import header
from jobparse.parse.context import Context

NAME = "find-a-job"
_SEPARATOR = " | "


def variant(page: object) -> str:
    """Find a Job pages come in one rendering."""
    return "C"


def title(ctx: Context) -> tuple[Text | None, Text | None]:
    """The first header line; "Title | Employer" is split, the employer being its display name."""
    lines = [token for token in ctx.header if header.title_like(token)]
    if not lines:
        return header.title_fact(ctx), None
    first = lines[0]
    cut = first.text.find(_SEPARATOR)
    if cut == -1:
        return header.as_text(first), None
    name = first.text[:cut].rstrip()
    employer = first.text[cut + len(_SEPARATOR) :].strip()
    at = first.start + first.text.index(employer, cut)
    return Text(name, Span(first.start, first.start + len(name)), "header"), Text(
        employer, Span(at, at + len(employer)), "header"
    )
