"""Find where each advert starts in a dump holding several adverts one after another."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.parse.furniture import is_furniture, is_page_top
from jobparse.parse.header import CLOSED, is_closing_line, looks_like_organisation, title_like
from jobparse.parse.patterns import SEPARATOR
from jobparse.parse.tokenizer import BLANK, BULLET, FIELD, HEADING, LABEL, TEXT, Token
from jobparse.values.dates import find_date

# "... based on the Band 5 salary scale which is currently £21,602 to £28,180 per annum", "NHS AfC:
# Band 6 ... £38,682 - £46,580 per annum".
PAY_LINE = lazy_compile(
    r"\bband\s*\d[^£\n]{0,120}£\s?\d{1,3}(?:,\d{3})+[^\n]{0,40}?\b(?:per\s+annum|a\s+year|per\s+year|pa)\b"
    r"|£\s?\d{1,3}(?:,\d{3})+[^\n]{0,60}?\b(?:per\s+annum|a\s+year|per\s+year)\b[^\n]{0,80}?\bband\s*\d"
    r"|^NHS\s+AfC:\s*Band\s*\d",
    regex.IGNORECASE,
)
# Headings that every advert has once: a second one means a second advert.
_ANCHOR_HEADING = "job-summary"
# A run of "Label: value" lines with these keys is an advert's key facts, not pasted prose.
_FACTS_RUN_KEYS = frozenset({"closing_date", "reference"})
# A separator line is made of these (a cheap first-character test before SEPARATOR).
_SEPARATOR_CHARS = frozenset("=-_*#~\f")
_ANCHOR_KINDS = frozenset({HEADING, FIELD, TEXT})
_SUMMARY_HEADINGS = frozenset({"job-summary", "job-overview"})
# Headings that stand over an advert's key facts, between its title and the facts.
_FACTS_HEADINGS = frozenset({"job-summary", "details"})


def has_advert(tokens: Sequence[Token]) -> bool:
    """Whether tokens hold anything an advert has: a known heading, a label, a closing line, or a
    salary line naming a band (a page flattened to prose, a republished page without labels)."""
    return any(token.kind in (HEADING, LABEL, FIELD) or is_closing_line(token) or _pay_line(token) for token in tokens)


def _pay_line(token: Token) -> bool:
    """A line that gives an advert's pay: a £ range with a period and a band, or Trac's grade line."""
    text = token.text
    if token.kind not in (TEXT, BULLET) or ("£" not in text and not text.startswith("NHS AfC")):
        return False
    return PAY_LINE.search(text) is not None


def split_adverts(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(start, end) token index ranges, one per advert; chunks without advert content are merged."""
    ranges: list[tuple[int, int]] = []
    for start, end in _separated_chunks(tokens):
        cuts = _anchor_cuts(tokens, start, end)
        ranges.extend(pairwise([start, *cuts, end]))
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        # A chunk with nothing of an advert (text before a separator, a stray tail) joins its
        # neighbour rather than becoming a record or being dropped.
        if merged and (not _substantial(tokens[start:end]) or not _substantial(tokens[merged[-1][0] : merged[-1][1]])):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _substantial(tokens: Sequence[Token]) -> bool:
    """Whether a chunk can stand as an advert of its own: a heading, a closing-date line or two
    labels. A stray "Label: value" line (a pack's salary repeated above its page) joins its neighbour."""
    labels = 0
    for token in tokens:
        if token.kind == HEADING or is_closing_line(token):
            return True
        if token.kind in (LABEL, FIELD):
            labels += 1
            if labels >= 2:
                return True
    return False


def _separated_chunks(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    chunks = []
    start = 0
    for i, token in enumerate(tokens):
        if token.kind == TEXT and token.text[0] in _SEPARATOR_CHARS and SEPARATOR.match(token.text):
            chunks.append((start, i))
            start = i + 1
    chunks.append((start, len(tokens)))
    return [(s, e) for s, e in chunks if s < e]


def _anchor_cuts(tokens: Sequence[Token], start: int, end: int) -> list[int]:
    """Token indexes where a new advert begins inside one chunk.

    Every advert has one of these anchors: a "Job summary" heading (NHS Jobs, Trac, Job Clerk),
    a "The closing date is" line (NHS Jobs), a key-facts run naming a closing date and a
    reference (Find a Job, NHS Scotland, packs, NHS Jobs v2), or the furniture that begins a
    page (Trac's "Skip to main content", Job Clerk's "NHS Logo"). Each anchor is walked back to
    where its advert starts; anchors of one advert walk back to the same place, and are counted once.
    """
    # Only headings, fields and text lines can be anchors: the kind test spares the call for the
    # blank lines, labels and bullets (about half of a dump's lines).
    anchors = [i for i in range(start, end) if tokens[i].kind in _ANCHOR_KINDS and _is_anchor(tokens, i, end)]
    anchors = _without_repeated_summaries(tokens, anchors)
    starts = sorted({_header_start(tokens, anchor, start) for anchor in anchors})
    return [cut for cut in starts if cut > start]


def _without_repeated_summaries(tokens: Sequence[Token], anchors: list[int]) -> list[int]:
    """Anchors, less a summary heading that follows another with only prose between them and
    before it: a Find a Job "Summary" that quotes the NHS Jobs text, "Job summary" and all, is one
    advert; a Trac page's "Job summary" over its key facts always begins one."""
    kept = []
    previous_summary = None
    for i in anchors:
        if _is_summary_heading(tokens[i]):
            if (
                previous_summary is not None
                and not _opens_key_facts(tokens, i)
                and not any(
                    (token.kind == HEADING and token.key not in _SUMMARY_HEADINGS) or token.kind in (LABEL, FIELD)
                    for token in tokens[previous_summary + 1 : i]
                )
            ):
                continue
            previous_summary = i
        kept.append(i)
    return kept


def _opens_key_facts(tokens: Sequence[Token], i: int) -> bool:
    """Whether the first line after token i is a label (a Trac page's key facts)."""
    for token in tokens[i + 1 : i + 4]:
        if token.kind != BLANK:
            return token.kind in (LABEL, FIELD)
    return False


def _is_anchor(tokens: Sequence[Token], i: int, end: int) -> bool:
    token = tokens[i]
    if token.kind == HEADING:
        return _is_summary_heading(token)
    if token.kind == FIELD:
        previous = _previous(tokens, i, 0)
        if previous >= 0 and tokens[previous].kind == FIELD and previous >= i - 2:
            return False  # only the first field of a run can start an advert
        return _run_keys(tokens, i, end) >= _FACTS_RUN_KEYS
    return (is_closing_line(token) and _dated_or_closed(token)) or is_page_top(token)


def _dated_or_closed(token: Token) -> bool:
    """A closing-date line that can begin an advert's header gives a date or says it has passed;
    "THE CLOSING DATE FOR THIS POST HAS BEEN EXTENDED" inside an advert's text does neither."""
    return find_date(token.text) is not None or CLOSED.search(token.text) is not None


def _run_keys(tokens: Sequence[Token], i: int, end: int) -> set[str | None]:
    """The keys of a run of fields starting at i; single blank lines and unknown table rows between
    them do not end it."""
    keys = set()
    while i < end:
        token = tokens[i]
        if token.kind == FIELD:
            keys.add(token.key)
        elif token.kind == TEXT and token.text.startswith("|"):
            pass  # a table row with a label jobparse does not know ("| Remote working: | ... |")
        elif not (token.kind == BLANK and i + 1 < end and tokens[i + 1].kind == FIELD):
            break
        i += 1
    return keys


def _previous(tokens: Sequence[Token], i: int, floor: int) -> int:
    """Index of the nearest non-blank token before i (floor - 1 when there is none)."""
    i -= 1
    while i >= floor and tokens[i].kind == BLANK:
        i -= 1
    return i


def _header_start(tokens: Sequence[Token], anchor: int, floor: int) -> int:
    """Walk back from an anchor over its key facts and closing-date line, then the title and an
    employer line (one of the two title-like lines must read as an organisation), then any
    furniture that begins a page."""
    first = anchor
    i = _previous(tokens, anchor, floor)
    while i >= floor and _leads_to_anchor(tokens[i]):
        first = i
        i = _previous(tokens, i, floor)
    if i >= floor and title_like(tokens[i]):
        first = i
        j = _previous(tokens, i, floor)
        if (
            j >= floor
            and title_like(tokens[j])
            and (looks_like_organisation(tokens[j].text) or looks_like_organisation(tokens[i].text))
        ):
            first = j
        i = _previous(tokens, first, floor)
    while i >= floor and is_page_top(tokens[i]):
        first = i
        i = _previous(tokens, i, floor)
    return first


def _leads_to_anchor(token: Token) -> bool:
    """Lines between an advert's title and one of its anchors: key facts, the closing-date line,
    the heading over the key facts ("Job summary", "Job details") and page furniture."""
    if token.kind == FIELD or (token.kind == TEXT and token.text.startswith("|")):
        return True  # a key fact, or a table row whose label is not one jobparse knows
    if token.kind == HEADING:
        return token.key in _FACTS_HEADINGS
    return is_closing_line(token) or is_furniture(token)


def _is_summary_heading(token: Token) -> bool:
    return token.kind == HEADING and token.key == _ANCHOR_HEADING
