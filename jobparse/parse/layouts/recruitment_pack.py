"""Recruitment and information packs (PDF text, family D-pack): ALL-CAPS labels, one PDF line per line.

Some packs give the title (and the band) only in an ALL-CAPS heading line such as
"CHARGE NURSE, BAND 6, DAY SURGERY UNIT, <HOSPITAL>".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobparse.lazyregex import lazy_compile
from jobparse.model import Text
from jobparse.parse import header
from jobparse.parse.context import Context
from jobparse.parse.tokenizer import FIELD, LABEL, TEXT

if TYPE_CHECKING:
    from jobparse.parse.layouts import Page

NAME = "recruitment-pack"
# An ALL-CAPS heading naming a band: "CHARGE NURSE, BAND 6, DAY SURGERY UNIT, ...".
BAND_HEADING = lazy_compile(r"^[A-Z][A-Z0-9&/'()\-., ]{3,}\bBAND\s+\d[A-D]?\b[A-Z0-9&/'()\-., ]*$")


def score(page: Page, marks: list[str]) -> int:
    """Marks count only when their labels are written in capitals (packs write every label so)."""
    capitals = sum(
        1 for token in page.labels.values() if token.kind in (LABEL, FIELD) and (token.label or token.text).isupper()
    )
    lines = sum(1 for mark in marks if mark.startswith("line"))
    return capitals + lines if capitals >= 2 else lines


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
            if token.kind == TEXT and BAND_HEADING.match(token.text):
                return header.as_text(token), None
    found, display = header.title_and_display(ctx)
    return found, display
