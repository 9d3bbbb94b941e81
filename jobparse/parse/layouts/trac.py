"""Trac sites (nhsjobs.com, healthjobsuk.com, family B): key facts first, then furniture and the title.

B1 prefixes every label and value with "- "; B2 carries the full furniture ("This site is
independent of the NHS ..."); B3 only "Skip to main content" and "Please wait, loading".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobparse.model import Text
from jobparse.parse import header
from jobparse.parse.context import Context
from jobparse.parse.tokenizer import LABEL

if TYPE_CHECKING:
    from jobparse.parse.layouts import Page

NAME = "trac"
_INDEPENDENT = "this site is independent of the nhs and the department of health."


def variant(page: Page) -> str:
    """B1 when labels carry "- ", B2 with the full furniture, else B3."""
    if any(token.kind == LABEL and token.bulleted for token in page.labels.values()):
        return "B1"
    return "B2" if _INDEPENDENT in page.lines else "B3"


def title(ctx: Context) -> tuple[Text | None, Text | None]:
    """The first line after the key facts (past "Employer heading" and the logo line); the
    employer is a key fact, so there is no display line."""
    found = header.title_after_facts(ctx)
    if found is None:
        found, _ = header.title_and_display(ctx)
    return found or header.title_fact(ctx), None
