"""Extractors for dates: date posted, start date (labelled or in prose), and dates written without a year."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.model import DateValue, Span
from jobparse.parse.context import Context, date_from, occurrences, source_of
from jobparse.parse.sections import FactTokens
from jobparse.parse.tokenizer import Token
from jobparse.values.dates import find_date, find_day_month

# Start dates in prose. Each alternative opens with its keyword (a pattern with words before the
# keyword, such as "expected", was tried at every position of a line: 41 us against 14 us for a
# line of 240 characters) and ends where the date should begin: "the start date for this post
# will be March 2026", "expected start date: 1 April 2026", "is expected to begin in April 2025",
# "will take up post on 1 September 2025", "Start dates are available from September 2026",
# "starting in March 2026", "to commence in January 2026", "12 months from March 2026".
START_SENTENCE = lazy_compile(
    r"""
    \b(?:
        start(?:ing)?\s+dates?
        (?:\s+(?:for|of)\s+(?:this|the)\s+(?:post|role|position|job|vacancy|secondment|placement))?
        (?:\s+(?:will|would|is\s+likely\s+to)\s+be|\s+(?:is|are)(?:\s+(?:available|planned|expected))?|\s+of|:|\s+-)?
        (?:\s+(?:from|in|on))?
      | (?:start|begin|commence)(?:s|ing)?\s+(?:[a-z]+\s+){0,3}?(?:in|from|on|by)
      | available\ from
      | (?:contract|term|post|secondment|placement|appointment)\ from(?:\s+the)?
      | commenc(?:e|es|ing)\s+(?:in|from|on)
      | take\ up\s+(?:the\s+|their\s+|this\s+|your\s+)?(?:post|role|position|appointment|secondment)\s+(?:on|in|from|by)
      | (?:\d{1,2}|three|six|nine|twelve|eighteen)\s+(?:months?|years?)\ (?:from|starting|commencing)
    )\s*
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# What a sentence is about when its date is not the post's start: a course, an interview, an
# assessment day, an event ("a two-week induction course commencing on 6 October 2025").
NOT_THE_POST = lazy_compile(
    r"\b(?:interview|shortlist|induction|course|training|assessment|open\s+(?:day|evening)|event|"
    r"session|webinar|programme\s+of\s+study|placement\s+visit|test\s+of\s+competence|exam(?:ination)?s?\b)",
    regex.IGNORECASE,
)
# Every way START_SENTENCE can match contains one of these words, in lower case
# (tests/test_prefilters.py holds them to it): str.find over the advert finds the few lines worth
# trying (the pattern writes "take up" and "months from" with one space, as normalised text has it).
START_WORDS = (
    "start", "commenc", "begin", "take up", "month from", "months from", "year from", "years from", "available from",
    "contract from", "term from", "post from", "secondment from", "placement from", "appointment from",
)  # fmt: skip
# Only this far after the words that announce it can the date stand.
_DATE_WITHIN = 6
_SENTENCE_BEFORE = 120


def _sentence_start(text: str, at: int) -> int:
    cut = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at))
    return max(cut + 2 if cut != -1 else 0, at - _SENTENCE_BEFORE)


def start_date(ctx: Context) -> DateValue | None:
    """The start date: a labelled fact, else a sentence such as "the start date ... will be March 2026"."""
    fact = ctx.fact("start_date")
    if fact is not None:
        return dated_fact(fact, ctx)
    places = _places(ctx)
    if not places:
        return None
    contract = ctx.fact("contract")
    # A contract's own text may give the start: "12 months (Fixed term from 05.01.26 until 04.01.27)".
    lines = [*ctx.prose_tokens(), *([] if contract is None else [*contract.values, contract.label])]
    for token in lines:
        at = bisect_left(places, token.start)
        while at < len(places) and places[at] < token.end:
            found = _start_at(token, places[at] - token.start)
            if found is not None:
                return found
            at += 1
    return None


def _start_at(token: Token, offset: int) -> DateValue | None:
    """A start date whose sentence opens at an offset of a line (or at the number before it: "12
    months from March 2026", "six years starting 1 May 2026"), else None."""
    text = token.text
    match = START_SENTENCE.match(text, offset)
    if match is None:
        number = _NUMBER_BEFORE.search(text, max(0, offset - _NUMBER_BACK), offset)
        match = None if number is None else START_SENTENCE.match(text, number.start())
    if match is None:
        return None
    parsed = find_date(text[match.end() : match.end() + 40])
    if parsed is None or parsed.start > _DATE_WITHIN:
        return None
    if NOT_THE_POST.search(text, _sentence_start(text, match.start()), match.start()):
        return None
    raw = text[match.start() : match.end() + parsed.end].strip()
    span = Span(token.start + match.end() + parsed.start, token.start + match.end() + parsed.end)
    return DateValue(parsed.value, parsed.precision, parsed.time, raw, span, "text")


# "12 months from March 2026": the sentence opens at the number before the word that marks it.
_NUMBER_BEFORE = lazy_compile(
    r"\b(?:\d{1,2}|three|six|nine|twelve|eighteen)\s+(?:(?:months?|years?)\s+)?$", regex.IGNORECASE
)
_NUMBER_BACK = 24


def _places(ctx: Context) -> list[int]:
    """Where the advert says a word every start sentence opens with, in order: found by str.find in
    its lower-cased text (only lines there are tried, each at those places)."""
    lowered = ctx.lowered()
    start = ctx.span[0]
    if len(lowered) != ctx.span[1] - start:
        # Lower case changed the text's length (a rare letter such as "İ"): search the text itself.
        lowered = ctx.text[start : ctx.span[1]]
    return sorted(start + at for word in START_WORDS for at in occurrences(lowered, word))


def dated_fact(fact: FactTokens | None, ctx: Context, year_from: DateValue | None = None) -> DateValue | None:
    """A fact's value as a date; a day and month with no year take it from `year_from` (the date posted)."""
    if fact is None:
        return None
    found = date_from(fact.value, fact.start, fact.end, source_of(fact))
    if found.value is not None:
        return found
    day_month = find_day_month(fact.value)
    if day_month is None:
        return found
    if year_from is None or year_from.value is None:
        return DateValue(None, None, None, fact.value, found.span, found.source, "no year given")
    posted_year, posted_month = int(year_from.value[:4]), int(year_from.value[5:7])
    # A date before the posting month falls in the next year ("2nd January" after a December post).
    year = posted_year + 1 if day_month.month < posted_month else posted_year
    value = day_month.in_year(year)
    if value is None:
        return found
    return DateValue(value, "day", None, fact.value, found.span, found.source, "year from the date posted")


def first_dated(ctx: Context, key: str, year_from: DateValue | None = None) -> DateValue | None:
    """A key's date from the first of its facts (best first) that reads as one; else the best
    fact's unread value. A page's own "Date posted" line that cannot be read leaves the gap to
    its embedded record (tests/fuzz_corpus/date_posted_unreadable_jsonld_fills.htm)."""
    best = None
    for fact in ctx.facts_of(key):
        found = dated_fact(fact, ctx, year_from)
        if found is not None and found.value is not None:
            return found
        best = best or found
    return best or dated_fact(ctx.fact(key), ctx, year_from)


def with_placeholder_marked(closing: DateValue | None, posted: DateValue | None) -> DateValue | None:
    """A closing date marked as a placeholder where a record's validThrough is one: the last day
    of a year at 23:59, or more than a year after the date posted. The value is kept."""
    if (
        closing is None
        or closing.value is None
        or closing.source != "jsonld"
        or len(closing.value) != len("2020-12-31")
    ):
        return closing
    year_end = closing.value.endswith("-12-31") and closing.time in (None, "23:59")
    far = posted is not None and posted.value is not None and int(closing.value[:4]) > int(posted.value[:4]) + 1
    return replace(closing, note="placeholder") if year_end or far else closing
