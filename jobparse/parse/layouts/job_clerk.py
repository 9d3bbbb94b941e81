"""Job Clerk copies (family H): markdown ("# <title>", "- **Label:** value") or page text ("NHS Logo", title, employer)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobparse.lazyregex import lazy_compile
from jobparse.model import Span, Text
from jobparse.parse import header
from jobparse.parse.context import Context

if TYPE_CHECKING:
    from jobparse.parse.layouts import Page

NAME = "job-clerk"
# "> NHS job listing from Job Clerk for <Employer>." names the employer.
LISTING = lazy_compile(r"^NHS job listing from Job Clerk for (?P<employer>.+?)\.?$")


def variant(page: Page) -> str:
    """H-markdown for the markdown copy (its listing line), else H-text."""
    return "H-markdown" if any(key.startswith("nhs job listing from job clerk") for key in page.lines) else "H-text"


def title(ctx: Context) -> tuple[Text | None, Text | None]:
    """The first header line is the title; the employer is the listing line's or the next line."""
    lines = [token for token in ctx.header if header.title_like(token)]
    display = None
    for token in ctx.notice_tokens():
        match = LISTING.match(token.text)
        if match is not None:
            start = token.start + match.start("employer")
            display = Text(match["employer"], Span(start, start + len(match["employer"])), "header")
    if not lines:
        return header.title_fact(ctx), display
    if display is None and len(lines) > 1 and header.looks_like_organisation(lines[1].text):
        display = header.as_text(lines[1])
    return header.as_text(lines[0]), display
