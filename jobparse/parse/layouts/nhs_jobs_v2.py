"""NHS Jobs v2 (the old site, adverts to 2021, family F): title, "<Employer>, <Site>, <Town>", labels with colons."""

from __future__ import annotations

from jobparse.model import Span, Text
from jobparse.parse import header
from jobparse.parse.context import Context

NAME = "nhs-jobs-v2"


def variant(page: object) -> str:
    """v2 pages come in one rendering."""
    return "F"


def title(ctx: Context) -> tuple[Text | None, Text | None]:
    """The first header line is the title; the next, "<Employer>, <Site>, <Town>", names the employer first."""
    lines = [token for token in ctx.header if header.title_like(token)]
    if not lines:
        return header.title_fact(ctx), None
    display = None
    if len(lines) > 1 and ("," in lines[1].text or header.looks_like_organisation(lines[1].text)):
        second = lines[1]
        name = second.text.split(",", 1)[0].strip()
        if name:
            display = Text(name, Span(second.start, second.start + len(name)), "header")
    return header.as_text(lines[0]), display
