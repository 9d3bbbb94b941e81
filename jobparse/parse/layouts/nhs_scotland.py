"""NHS Scotland (apply.jobs.scot.nhs.uk, family D): "Label: value" lines, then "Job Advert" and free text.

The title is inside the free text, after the equality statement, often followed by its band.
"""

from __future__ import annotations

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.model import Text
from jobparse.parse import header
from jobparse.parse.context import Context
from jobparse.parse.tokenizer import BLANK, TEXT, Token

NAME = "nhs-scotland"
# The statement every NHS Scotland advert carries before its own text.
EQUALITY = lazy_compile(r"\bcommitted\s+to\s+(?:encouraging\s+)?equality\s+and\s+diversity\b", regex.IGNORECASE)
_TITLE_LENGTH = 90
_LOOK_AHEAD = 6  # lines after the statement (or the heading) in which the title stands


def variant(page: object) -> str:
    """NHS Scotland pages come in one rendering."""
    return "D"


def _title_line(token: Token) -> bool:
    text = token.text
    return (
        token.kind == TEXT
        and len(text) <= _TITLE_LENGTH
        and header.title_like(token)
        and not text.startswith(("*", "(", "-"))
        and text[:1].isupper()
        and not text[:1].isdigit()
    )


def _after(tokens: list[Token], start: int) -> Token | None:
    seen = 0
    for token in tokens[start:]:
        if token.kind == BLANK:
            continue
        if _title_line(token):
            return token
        seen += 1
        if seen >= _LOOK_AHEAD:
            break
    return None


def title(ctx: Context) -> tuple[Text | None, Text | None]:
    """The first short title line after the equality statement (else after the "Job Advert" heading)."""
    found = ctx.section("job-overview")
    if found is None:
        return header.title_fact(ctx), None
    tokens = list(found[1].tokens)
    statement = next((i for i, token in enumerate(tokens) if EQUALITY.search(token.text)), None)
    token = _after(tokens, statement + 1) if statement is not None else None
    if token is None and statement is None:
        token = _after(tokens, 0)
    return (header.as_text(token) if token is not None else header.title_fact(ctx)), None
