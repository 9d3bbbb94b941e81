"""The page header: the title, the employer display line, the closing-date line and closed notices."""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from jobparse.datafiles import load_data
from jobparse.lazyregex import lazy_compile
from jobparse.model import DateValue, Span, Text
from jobparse.parse.context import Context, date_from, fact_date, raw_span
from jobparse.parse.furniture import furniture, is_furniture
from jobparse.parse.sections import JSONLD_SECTIONS, Section
from jobparse.parse.tokenizer import BLANK, HEADING, TEXT, Token
from jobparse.values.address import counties
from jobparse.values.postcodes import find_postcode

# "The closing date is 28 September 2025" / "The closing date for this job has now passed."
CLOSING_LINE = lazy_compile(
    r"^(?:the\s+)?closing\s+date\s+(?:is|was|will\s+be|for\s+(?:this|the)\s+(?:job|vacancy|post|role|advert)\s+(?:is|was|has))\b",
    regex.IGNORECASE,
)
CLOSED = lazy_compile(r"\b(?:has\s+now\s+passed|has\s+passed|is\s+now\s+closed|has\s+closed)\b", regex.I)
# Notices that an advert is closed, as the families print them: NHS Jobs ("This job is now
# closed"), Find a Job ("This job advert has expired and applications have closed."), Job Clerk
# ("This job is closed to applications").
CLOSED_NOTICE = lazy_compile(
    r"^(?:this\s+job\s+is\s+(?:now\s+closed|closed\s+to\s+applications)|"
    r"this\s+job\s+advert\s+has\s+expired|this\s+vacancy\s+(?:is\s+now\s+closed|has\s+closed))",
    regex.IGNORECASE,
)
# Lines that close an advert on a copied NHS Jobs page, never a title or employer name.
TAIL_LINE = lazy_compile(r"privacy\s+notice|\(opens\s+in\s+a\s+new\s+tab\)|^apply\b", regex.IGNORECASE)
_TITLE_MAX = 150
# Lines that are an address on the web, an e-mail address or a telephone number, never a title.
NOT_WORDS = lazy_compile(r"^(?:https?://|www\.)|@\w|^\+?\d[\d ()\-]{7,}$", regex.IGNORECASE)


@cache
def _organisation() -> regex.Pattern[str]:
    words = load_data("organisations.yaml")["words"]
    return regex.compile(r"\b(?:" + "|".join(regex.escape(word) for word in words) + r")\b")


def looks_like_organisation(text: str) -> bool:
    """Whether a line reads as an organisation's name (one list of words, data/organisations.yaml)."""
    return _organisation().search(text) is not None


def is_closing_line(token: Token) -> bool:
    """Whether a token is "The closing date is ..." (a cheap first-letters test before the pattern)."""
    return (
        token.kind == TEXT and token.text[:3].lower() in ("the", "clo") and CLOSING_LINE.match(token.text) is not None
    )


def title_like(token: Token) -> bool:
    """Whether a line could be a title or an employer's name: short words, no closing punctuation,
    not a number, a telephone number, a web address or page furniture."""
    return token.kind == TEXT and len(token.text) <= _TITLE_MAX and _title_text(token.text)


@lru_cache(maxsize=16_384)
def _title_text(text: str) -> bool:
    # Cached: header lines repeat from advert to advert (an employer's name, navigation text).
    return (
        not text.endswith((".", ":", ";", ","))
        and not text.startswith("|")  # a table row
        and sum(map(str.isalpha, text[:20])) >= 3
        and NOT_WORDS.search(text) is None
        and TAIL_LINE.search(text) is None
        and not furniture().holds(text)
    )


def header_lines(sections: list[Section]) -> list[Token]:
    """The text lines before the first heading (the page header), furniture left out."""
    if not sections or sections[0].heading is not None:
        return []
    return [token for token in sections[0].tokens if token.kind == TEXT and not is_furniture(token)]


def location_like(text: str) -> bool:
    """A header line naming a place ("Dartford, Kent", "London SE11 4BB"), not a title."""
    if find_postcode(text) is not None:
        return True
    last = text.rsplit(",", 1)[-1].strip().casefold()
    return "," in text and last in counties()


def as_text(token: Token, source: str = "header") -> Text:
    """A token's text as a header value."""
    return Text(token.text, Span(token.start, token.end), source)


def title_and_display(ctx: Context, *, last: bool | None = None) -> tuple[Text | None, Text | None]:
    """The title line and the employer display line beside it, from the page header.

    Pages put the employer line above the title or below it, sometimes with a location line and
    navigation text around them: the title is the last header line that reads as none of those.
    """
    lines = ctx.header
    closing = next((i for i, token in enumerate(lines) if is_closing_line(token) or is_closed_notice(token)), None)
    before = lines[:closing] if closing is not None else lines
    candidates = [token for token in before if title_like(token) and not location_like(token.text)]
    if not candidates:
        return None, None
    titles = [token for token in candidates if not looks_like_organisation(token.text)]
    # Above a closing-date line the title is the last line (NHS Jobs: employer, title, closing
    # date); in a header with none, such as a draft's, it is the first, unless the family knows.
    if last if last is not None else closing is not None:
        title_token = titles[-1] if titles else candidates[-1]
    else:
        title_token = titles[0] if titles else candidates[0]
    # A repeat of the title (a page copied twice over) is not an employer line.
    others = [token for token in candidates if token is not title_token and token.text != title_token.text]
    display_token = next(
        (token for token in reversed(others) if looks_like_organisation(token.text)),
        others[-1] if others and others[-1].line < title_token.line else None,
    )
    return as_text(title_token), None if display_token is None else display_text(display_token)


# An employer code NHS Jobs prints after some display names: "... NHS Foundation Trust (279)".
_CODE = lazy_compile(r"\s*\(\d{1,5}\)$")


def display_text(token: Token) -> Text:
    """An employer display line as a value, without the employer code some pages print after it."""
    match = _CODE.search(token.text)
    if match is None:
        return as_text(token)
    return Text(token.text[: match.start()], Span(token.start, token.start + match.start()), "header")


def title_fact(ctx: Context) -> Text | None:
    """A "Job title" label's value (recruitment packs, republished pages), if the advert has one."""
    fact = ctx.fact("job_title")
    if fact is None or fact.section == "employer-contact":
        return None
    value = fact.value.strip()
    source = "jsonld" if fact.section in JSONLD_SECTIONS else "header"
    return Text(value, raw_span(fact, value), source) if value else None


def first_line_after(tokens: tuple[Token, ...] | list[Token], after_line: int) -> Token | None:
    """The first title-like line after a given line, skipping blank lines and furniture."""
    for token in tokens:
        if token.line <= after_line or token.kind == BLANK or is_furniture(token):
            continue
        return token if title_like(token) and len(token.text) <= 100 else None
    return None


def title_after_facts(ctx: Context) -> Text | None:
    """The first short line after a key-facts block (Trac pages print the title there)."""
    for i, section in enumerate(ctx.sections):
        used = ctx.used[i]
        if not used or section.id not in (None, "job-summary"):
            continue
        token = first_line_after(section.tokens, max(used))
        if token is not None:
            return as_text(token)
    return None


def is_closed_notice(token: Token) -> bool:
    """Whether a line says the advert is closed ("This job is now closed", "... has now passed")."""
    if token.kind != TEXT:
        return False
    # Every notice opens with "This": a prefix test before the pattern.
    if token.text[:4].lower() == "this" and CLOSED_NOTICE.match(token.text) is not None:
        return True
    return is_closing_line(token) and CLOSED.search(token.text) is not None


def closing(ctx: Context) -> tuple[DateValue | None, Text | None]:
    """The closing date (header line first, then labelled facts) and any notice that the advert is closed."""
    notice = next((token for token in ctx.notice_tokens() if is_closed_notice(token)), None)
    closed = None if notice is None else as_text(notice)
    for token in ctx.header:
        if is_closing_line(token) and CLOSED.search(token.text) is None:
            return date_from(token.text, token.start, token.end, "header"), closed
    facts = ctx.facts_of("closing_date")
    dated = [found for fact in facts if (found := fact_date(fact)) is not None and found.value is not None]
    # A structured "See advert" gives way to a date the text gives ("Closing date: 25th October 2020").
    return (dated[0] if dated else fact_date(facts[0]) if facts else None), closed


def heading_index(tokens: list[Token], section_id: str) -> int | None:
    """Index of the first heading with this id in a token list."""
    return next((i for i, token in enumerate(tokens) if token.kind == HEADING and token.key == section_id), None)
