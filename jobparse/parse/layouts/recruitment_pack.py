"""Recruitment and information packs (PDF text, family D-pack): ALL-CAPS labels, one PDF line per line.

Some packs give the title (and the band) only in an ALL-CAPS heading line such as
"CHARGE NURSE, BAND 6, DAY SURGERY UNIT, <HOSPITAL>".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.model import Text
from jobparse.parse import header
from jobparse.parse.context import Context
from jobparse.parse.furniture import is_furniture
from jobparse.parse.tokenizer import FIELD, LABEL, TEXT, Token

if TYPE_CHECKING:
    from jobparse.parse.layouts import Marks, Page

NAME = "recruitment-pack"
# A pack's heading line: title, band, department, hospital ("CHARGE NURSE, BAND 6, DAY SURGERY
# UNIT, <HOSPITAL>", "Podiatrist, Band 5, Podiatry Department, Angus").
BAND_HEADING = lazy_compile(
    r"^[^,:\n]{3,80},\s*band\s+\d[a-d]?\s*,\s*[^,:\n]{2,80}(?:,[^,:\n]{2,80}){0,4}$", regex.IGNORECASE
)


def score(page: Page, marks: Marks) -> int:
    """Labels count only when written in capitals (packs write every label so); a pack's heading
    line and its "Information Pack" line count more."""
    capitals = sum(
        1 for token in page.labels.values() if token.kind in (LABEL, FIELD) and (token.label or token.text).isupper()
    )
    lines = 2 * len(marks.lines)
    heading = 3 if any(_heading(token) for _, token in page.texts) else 0
    return (capitals if capitals >= 2 else 0) + lines + heading


def _heading(token: Token) -> bool:
    # Every heading line names a band between commas: a substring test before the pattern.
    text = token.text
    return (
        len(text) <= _HEADING_LENGTH
        and ", " in text
        and ("Band" in text or "BAND" in text or "band" in text)
        and ", band" in text.lower()
        and BAND_HEADING.match(token.text) is not None
        and not is_furniture(token)
    )


_HEADING_LENGTH = 200


def variant(page: object) -> str:
    """Packs come in one rendering."""
    return "D-pack"


def title(ctx: Context) -> tuple[Text | None, Text | None]:
    """The JOB TITLE label's value, else the ALL-CAPS heading that names the band."""
    found = header.title_fact(ctx)
    if found is not None:
        return found, None
    for section in ctx.sections:
        for token in section.tokens:
            if token.kind == TEXT and BAND_HEADING.match(token.text) and not is_furniture(token):
                return header.as_text(token), None
    # A pack's other lines are its prose, wrapped at the PDF's width: none is an employer line.
    found, _ = header.title_and_display(ctx)
    return found, None
