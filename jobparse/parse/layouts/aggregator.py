"""Aggregator pages (family H-body): a body kept from another site, often from "Job overview" on,
with dates written value-first and without a year ("25th July - Closing date"), or a Trac page's
key facts kept as bullets without their labels, in Trac's order."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.model import Text
from jobparse.parse import header
from jobparse.parse.context import Context
from jobparse.parse.sections import FactTokens, Section
from jobparse.parse.tokenizer import BLANK, BULLET, HEADING, TEXT, Token
from jobparse.values.contract import CONTRACT_TYPES, PATTERNS

if TYPE_CHECKING:
    from jobparse.parse.layouts import Marks, Page

NAME = "aggregator"
_START = 3  # a page that starts at "Job overview" with no key facts before it is a kept body
_MIN_FACTS = 5  # unlabelled key facts: at least this many bullets after the grade line

# Trac's grade line, repeated under the title: "NHS AfC: Band 6", "NHS Medical & Dental: ...".
GRADE_LINE = lazy_compile(r"^NHS\s+(?:AfC|Medical|Non-Executive)\b[^:]*:\s*\S|^Executives\s*/\s*VSM:", regex.IGNORECASE)
_GRADE_STARTS = ("NHS", "nhs", "Nhs", "Executives", "EXECUTIVES", "executives")
# The shapes of Trac's key-fact values, for bullets that lost their labels.
REFERENCE = lazy_compile(r"^(?=[^ ]*\d)(?=[^ ]*[-/])[A-Za-z0-9][A-Za-z0-9/\-&*]{5,40}$")
CLOSING = lazy_compile(r"^\d{2}/\d{2}/\d{4}(?:\s+\d{2}:\d{2})?$")
PERIOD = lazy_compile(r"^(?:yearly|hourly|monthly|weekly|daily)$", regex.IGNORECASE)


def score(page: Page, marks: Marks) -> int:
    """Its marks, and three more when the text starts at a "Job overview" heading or carries a
    Trac page's key facts as unlabelled bullets."""
    first = page.first_content()
    starts = first is not None and first.kind == HEADING and first.key == "job-overview"
    grades = [i for i, token in page.texts if token.text.startswith(_GRADE_STARTS)]
    unlabelled = _unlabelled_run(page.tokens, grades) is not None
    return len(marks) + (_START if starts or unlabelled else 0)


def variant(page: object) -> str:
    """Aggregator bodies come in one rendering."""
    return "H-body"


def title(ctx: Context) -> tuple[Text | None, Text | None]:
    """A "Job title" label, else the line above a Trac grade line, else the first header line."""
    found = header.title_fact(ctx)
    if found is not None:
        return found, None
    lines = [token for token in ctx.header if header.title_like(token)]
    for before, token in pairwise(lines):
        if GRADE_LINE.match(token.text):
            return header.as_text(before), None
    return (header.as_text(lines[0]) if lines else None), None


def _unlabelled_run(tokens: Sequence[Token], candidates: list[int] | None = None) -> tuple[int, int] | None:
    """Where a run of key-fact bullets follows a Trac grade line, as (start, end) token indexes;
    `candidates` are the indexes of text lines that may be grade lines (all, when None)."""
    if candidates is None:
        candidates = [
            i for i, token in enumerate(tokens) if token.kind == TEXT and token.text.startswith(_GRADE_STARTS)
        ]
    for i in candidates:
        # Every grade line starts with one of _GRADE_STARTS: a prefix test before the pattern.
        if not GRADE_LINE.match(tokens[i].text):
            continue
        start = i + 1
        while start < len(tokens) and tokens[start].kind == BLANK:
            start += 1
        end = start
        while end < len(tokens) and tokens[end].kind == BULLET:
            end += 1
        if end - start >= _MIN_FACTS:
            return start, end
    return None


def facts(tokens: Sequence[Token], sections: list[Section]) -> list[FactTokens]:
    """The key facts of an unlabelled Trac run, each bullet keyed by the shape of its value."""
    found = _unlabelled_run(tokens)
    if found is None:
        return []
    run = tokens[found[0] : found[1]]
    section = next((s.id for s in sections if run[0] in s.tokens), None)
    keyed: list[FactTokens] = []
    places: list[Token] = []
    patterns: list[Token] = []
    for token in run:
        key = _shape(token.text)
        if key == "working_pattern":
            patterns.append(token)
        elif key == "place":
            places.append(token)
        elif key is not None and all(fact.key != key for fact in keyed):
            keyed.append(FactTokens(key, token, (), section, True, token.text, token.start, token.end))
    if patterns:
        text = "\n".join(token.text for token in patterns)
        keyed.append(FactTokens("working_pattern", patterns[0], tuple(patterns), section, True, text,
                                patterns[0].start, patterns[-1].end))  # fmt: skip
    # In Trac's order the main area comes before the grade, the site and town after the reference.
    for key, token in zip(
        ("site", "town"), [token for token in places if _after_reference(token, keyed)], strict=False
    ):
        keyed.append(FactTokens(key, token, (), section, True, token.text, token.start, token.end))
    return keyed


def _after_reference(token: Token, keyed: list[FactTokens]) -> bool:
    reference = next((fact for fact in keyed if fact.key == "reference"), None)
    return reference is not None and token.start > reference.start


def _shape(text: str) -> str | None:
    if "£" in text:
        return "salary"
    if CLOSING.match(text):
        return "closing_date"
    if PERIOD.match(text):
        return "salary_period"
    if GRADE_LINE.match(text) or text.casefold().startswith("band "):
        return "band"
    if len(text) <= 60 and any(pattern.match(text) for _, pattern in CONTRACT_TYPES):
        return "contract"
    if len(text) <= 40 and any(pattern.match(text) for _, pattern in PATTERNS):
        return "working_pattern"
    if REFERENCE.match(text):
        return "reference"
    return "place"
