"""Find where each advert starts in a dump holding several adverts one after another."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from jobparse.parse.patterns import CLOSING_LINE, ORGANISATION, SEPARATOR, TAIL_LINE
from jobparse.parse.tokenizer import BLANK, FIELD, HEADING, LABEL, TEXT, Token

# Headings that every advert has once: a second one means a second advert.
_ANCHOR_HEADING = "job-summary"
_TITLE_MAX = 150
# A run of "Label: value" lines with these keys is an advert's key facts, not pasted prose.
_FACTS_RUN_KEYS = frozenset({"closing_date", "reference"})
_SEPARATOR_CHARS = frozenset("=-_*#~\f")
_ANCHOR_KINDS = frozenset({HEADING, FIELD, TEXT})


def is_closing_line(token: Token) -> bool:
    """Whether a token is "The closing date is ..." (a cheap first-letters test before the pattern)."""
    return (
        token.kind == TEXT and token.text[:3].lower() in ("the", "clo") and CLOSING_LINE.match(token.text) is not None
    )


def has_advert(tokens: Sequence[Token]) -> bool:
    """Whether tokens hold anything an advert has: a known heading, a label or a closing line."""
    return any(token.kind in (HEADING, LABEL, FIELD) or is_closing_line(token) for token in tokens)


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
        if merged and (not has_advert(tokens[start:end]) or not has_advert(tokens[merged[-1][0] : merged[-1][1]])):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


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

    Every advert has one of these anchors: a "Job summary" heading (NHS Jobs, Trac), a "The
    closing date is" line (NHS Jobs), or a key-facts run naming a closing date and a reference
    (Find-a-Job tables, NHS Scotland). Each anchor is walked back to where its advert starts;
    anchors of one advert walk back to the same place, and are counted once.
    """
    # Only headings, fields and text lines can be anchors: the kind test spares the call for the
    # blank lines, labels and bullets (about half of a dump's lines).
    anchors = [i for i in range(start, end) if tokens[i].kind in _ANCHOR_KINDS and _is_anchor(tokens, i, end)]
    starts = sorted({_header_start(tokens, anchor, start) for anchor in anchors})
    return [cut for cut in starts if cut > start]


def _is_anchor(tokens: Sequence[Token], i: int, end: int) -> bool:
    token = tokens[i]
    if token.kind == HEADING:
        return _is_summary_heading(token)
    if token.kind == FIELD:
        previous = tokens[i - 1] if i > 0 else None
        if previous is not None and previous.kind == FIELD:
            return False  # only the first field of a run can start an advert
        keys = set()
        j = i
        while j < end and tokens[j].kind == FIELD:
            keys.add(tokens[j].key)
            j += 1
        return keys >= _FACTS_RUN_KEYS
    return is_closing_line(token)


def _previous(tokens: Sequence[Token], i: int, floor: int) -> int:
    """Index of the nearest non-blank token before i (floor - 1 when there is none)."""
    i -= 1
    while i >= floor and tokens[i].kind == BLANK:
        i -= 1
    return i


def title_like(token: Token) -> bool:
    """Whether a line could be a title or an employer's name: short text, no closing punctuation."""
    return (
        token.kind == TEXT
        and len(token.text) <= _TITLE_MAX
        and not token.text.endswith((".", ":", ";", ","))
        and TAIL_LINE.search(token.text) is None
    )


def _header_start(tokens: Sequence[Token], anchor: int, floor: int) -> int:
    """Walk back from an anchor over its key facts and closing-date line, then the title and an
    employer line (one of the two title-like lines must read as an organisation)."""
    first = anchor
    i = _previous(tokens, anchor, floor)
    while i >= floor and (tokens[i].kind == FIELD or is_closing_line(tokens[i]) or _is_summary_heading(tokens[i])):
        first = i
        i = _previous(tokens, i, floor)
    if i >= floor and title_like(tokens[i]):
        first = i
        j = _previous(tokens, i, floor)
        if (
            j >= floor
            and title_like(tokens[j])
            and (ORGANISATION.search(tokens[j].text) or ORGANISATION.search(tokens[i].text))
        ):
            first = j
    return first


def _is_summary_heading(token: Token) -> bool:
    return token.kind == HEADING and token.key == _ANCHOR_HEADING
