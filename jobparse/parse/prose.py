"""What the free text says of the post itself ("This is a permanent, full time Band 6 post of 37.5
hours per week"), for fields the structured parts leave out. Values read here have source "text"."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.model import Span, Text
from jobparse.parse.context import Context

# "Part time, 22.5 hours per week (permanent)", "Permanent, full time (37 hours per week)": a short
# line of its own giving the pattern.
PATTERN_LINE = lazy_compile(
    r"^(?:(?:permanent|fixed[\s\-]*term|temporary|bank)\s*[,:\-–]?\s*)?(?:(?:full|part|whole)[\s\-‐‑–—]*time\b|job[\s\-]*share\b)",
    regex.IGNORECASE,
)
_PATTERN_LINE_LENGTH = 70
# "37.5 hours per week" in a sentence about the post.
HOURS_PER_WEEK = lazy_compile(
    r"\b(?P<hours>\d{1,2}(?:\.\d{1,2})?)\s*(?:hours|hrs)\s*(?:per|a|each|/)\s*week\b", regex.I
)
# A sentence describing this post: "This is a permanent, full time Band 6 post", "The post is part
# time, 22.5 hours per week", "on a fixed term basis for 12 months", "This Band 6 post is a fixed
# term contract for 12 months". `words` is what describes it.
DESCRIPTION = lazy_compile(
    r"""
    \b(?:
        this\s+(?:is\s+an?|(?:band\s*\d{1,2}[a-d]?\s+)?(?:post|role|position|vacancy)\s+is(?:\s+an?)?)
      | the\s+(?:post|role|position|vacancy|job|apprenticeship|secondment|contract)\s+is(?:\s+an?)?
      | on\s+an?
    )\s+(?P<words>(?:[^.;:!?\n]|(?<=\d)\.(?=\d)){3,120}?
    (?:\s+(?:post|role|position|vacancy|contract|basis|appointment|secondment)\b
       (?:\s+for\s+(?:a\s+period\s+of\s+)?\d{1,2}\s+(?:months?|years?))?
      |(?=[.;](?!\d)|$)))
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


# "nurses wishing to work full time or part time", "you will work a full-time rota".
WORKING = lazy_compile(
    r"\bwork(?:ing)?\s+(?:an?\s+)?(?P<words>(?:full|part)[\s\-‐‑–—]*time(?:\s+(?:or|and)\s+(?:full|part)[\s\-‐‑–—]*time)?)\b",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Described:
    """Words of a sentence that describe the post, and where they start in the text."""

    words: str
    start: int


def descriptions(ctx: Context) -> list[Described]:
    """Descriptions of the post in the free text, in order (worked out once per advert)."""
    cached: list[Described] | None = ctx.memo.get("descriptions")
    if cached is not None:
        return cached
    found = []
    for token in ctx.prose_tokens():
        folded = token.text.casefold()
        if " is " not in folded and "basis" not in folded and "work" not in folded:
            continue  # a cheap test: every description has one of these
        for pattern in (DESCRIPTION, WORKING):
            for match in pattern.finditer(token.text):
                found.append(Described(match["words"], token.start + match.start("words")))
    ctx.memo["descriptions"] = found
    return found


# "Fixed term for 12 months (secondment cover)": a short line of its own giving the contract.
CONTRACT_LINE = lazy_compile(r"^(?:permanent|fixed[\s\-]*term|temporary|secondment|bank|locum)\b", regex.IGNORECASE)


def contract_lines(ctx: Context) -> list[Described]:
    """Short lines that give the contract on their own ("Fixed term for 12 months")."""
    return [
        Described(token.text, token.start)
        for token in ctx.prose_tokens()
        if len(token.text) <= _PATTERN_LINE_LENGTH and CONTRACT_LINE.match(token.text)
    ]


def pattern_lines(ctx: Context) -> list[Described]:
    """Short lines that give the working pattern on their own ("Part time, 22.5 hours per week")."""
    return [
        Described(token.text, token.start)
        for token in ctx.prose_tokens()
        if len(token.text) <= _PATTERN_LINE_LENGTH and PATTERN_LINE.match(token.text)
    ]


def hours_per_week(ctx: Context) -> float | int | None:
    """The hours per week the free text gives for the post, when it gives one figure only."""
    found: set[float] = set()
    for token in ctx.prose_with(("hour", "hrs")):
        found.update(float(match["hours"]) for match in HOURS_PER_WEEK.finditer(token.text))
    if len(found) != 1:
        return None
    value = found.pop()
    return int(value) if value.is_integer() else value


# "Please quote job reference 190-ADM-26-0612", "the vacancy reference number is C/112/14".
REFERENCE = lazy_compile(
    r"\b(?:job|vacancy|post)\s+(?:reference|ref)(?:\s+(?:number|no\.?))?(?:\s+is|:)?\s+"
    r"(?P<reference>(?=[A-Za-z0-9/\-&*]*\d)[A-Za-z0-9][A-Za-z0-9/\-&*]{3,40}[A-Za-z0-9*])",
    regex.IGNORECASE,
)


def reference(ctx: Context) -> Text | None:
    """A reference number the free text quotes, when no label gives one."""
    for token in ctx.prose_tokens():
        if "ref" not in token.text.casefold():
            continue
        match = REFERENCE.search(token.text)
        if match is not None:
            start = token.start + match.start("reference")
            return Text(match["reference"], Span(start, start + len(match["reference"])), "text")
    return None
