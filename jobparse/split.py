"""Find where each advert starts in a dump holding several adverts one after another."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from jobparse.patterns import CLOSING_LINE, ORGANISATION, SEPARATOR, TAIL_LINE
from jobparse.tokenizer import BLANK, FIELD, HEADING, LABEL, TEXT, Token

# Headings that every advert has once: a second one means a second advert.
_ANCHOR_HEADING = "job-summary"
_TITLE_MAX = 150


def has_advert(tokens: Sequence[Token]) -> bool:
    """Whether tokens hold anything an advert has: a known heading, a label or a closing line."""
    for token in tokens:
        if token.kind in (HEADING, LABEL, FIELD):
            return True
        if token.kind == TEXT and CLOSING_LINE.match(token.text):
            return True
    return False


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
        if token.kind == TEXT and SEPARATOR.match(token.text):
            chunks.append((start, i))
            start = i + 1
    chunks.append((start, len(tokens)))
    return [(s, e) for s, e in chunks if s < e]


def _anchor_cuts(tokens: Sequence[Token], start: int, end: int) -> list[int]:
    """Token indexes where a new advert begins inside one chunk."""
    summaries = [i for i in range(start, end) if tokens[i].kind == HEADING and tokens[i].key == _ANCHOR_HEADING]
    closings = [i for i in range(start, end) if tokens[i].kind == TEXT and CLOSING_LINE.match(tokens[i].text)]
    anchors = summaries if len(summaries) >= 2 else closings if len(closings) >= 2 else []
    cuts = []
    floor = start
    for anchor in anchors[1:]:
        cut = _header_start(tokens, anchor, floor)
        if cut > floor:
            cuts.append(cut)
            floor = cut
    return cuts


def _previous(tokens: Sequence[Token], i: int, floor: int) -> int:
    """Index of the nearest non-blank token before i (floor - 1 when there is none)."""
    i -= 1
    while i >= floor and tokens[i].kind == BLANK:
        i -= 1
    return i


def _title_like(token: Token) -> bool:
    return (
        token.kind == TEXT
        and len(token.text) <= _TITLE_MAX
        and not token.text.endswith((".", ":", ";", ","))
        and TAIL_LINE.search(token.text) is None
    )


def _header_start(tokens: Sequence[Token], anchor: int, floor: int) -> int:
    """Walk back from an anchor over the closing-date line, the title and an employer line."""
    first = anchor
    i = _previous(tokens, anchor, floor)
    if tokens[anchor].kind == HEADING and i > floor and CLOSING_LINE.match(tokens[i].text):
        first = i
        i = _previous(tokens, i, floor)
    if i > floor and _title_like(tokens[i]):
        first = i
        i = _previous(tokens, i, floor)
        if i > floor and _title_like(tokens[i]) and ORGANISATION.search(tokens[i].text):
            first = i
    return first
