"""schema.org JobPosting records (family G), as inputs/jobposting.py renders them: a block of
labelled facts under "JobPosting (schema.org)", then the description."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobparse.model import Text
from jobparse.parse import header
from jobparse.parse.context import Context
from jobparse.parse.tokenizer import HEADING

if TYPE_CHECKING:
    from jobparse.parse.layouts import Marks, Page

NAME = "jobposting"
_RECORD = 10  # a record's heading decides: nothing else prints it


def score(page: Page, marks: Marks) -> int:
    """Ten when the text opens with a JobPosting record's heading, else nothing."""
    first = page.first_content()
    return _RECORD if first is not None and first.kind == HEADING and first.key == "jobposting" else 0


def variant(page: object) -> str:
    """Records come in one rendering."""
    return "G"


def title(ctx: Context) -> tuple[Text | None, Text | None]:
    """The record's title; its hiring organisation is the employer's name (no display line)."""
    return header.title_fact(ctx), None
