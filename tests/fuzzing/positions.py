"""What every position in a record must satisfy: inside the text and its advert, line and column right, and
selecting the text the value was read from.

What a span selects, by kind of value (what holds of every fixture today, asserted exactly):

- a value that keeps its `raw` text on one line (dates, band, salary, contract, working pattern, HCAS
  terms, a one-line address): the span selects exactly `raw`, but for the "(opens in a new tab)"
  notes of copied pages, which values leave out. A start date read from prose keeps the
  sentence's words as `raw` ("start date for this post will be March 2026") and its span selects the
  date alone, inside them.
- a `raw` text over several lines (an address block, a value continued on the next line): the span
  starts with raw's first word, ends with its last, and holds all its words in order; between them
  it may hold what the parser left out (blank lines, bullet markers, a label line).
- a text value (title, reference, employer, summary, duties...): the same, for its value's words.
  Words, because a value is written tidily: without the "(opens in a new tab)" notes of copied
  pages or markdown's marks, with bullets as "- " and "Label<TAB>value" as "Label: value".
- a fact: its span starts with its label's words (or with its value's, for the value-first facts
  "14th March - Closing date") and ends with its value's last word, holding them all in order.
- a section: its span starts with its heading's words (when it has one) and holds its text's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from jobparse.model import Advert
from jobparse.parse.patterns import OPENS_IN_NEW_TAB

Record = dict[str, Any]


def positioned(value: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every part of a record that has a position, with where it is ("locations[0]", "salary.alternative")."""
    if isinstance(value, dict):
        if isinstance(value.get("position"), dict):
            yield path or "advert", value
        for key, item in value.items():
            if key != "position":
                yield from positioned(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from positioned(item, f"{path}[{number}]")


def line_column(text: str, offset: int) -> tuple[int, int]:
    """Line and column of an offset, worked out the slow, obvious way (to check the fast one against)."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


_WORD = regex.compile(r"\w+")


def words(text: str) -> list[str]:
    """A text's words, without the "(opens in a new tab)" notes of copied pages: what a value and
    the text it was read from share, whatever the marks between them (bullets, colons, tabs,
    markdown's bold marks and table bars, line breaks)."""
    return _WORD.findall(OPENS_IN_NEW_TAB.sub("", text))


def covers(selected: str, value: str, first: str | None = None) -> bool:
    """Whether a selection starts with `first`'s words (default: the first word of the value's first
    line), ends with the last word of its last line and holds all the value's words in order. A
    first or last line without words (a stray symbol) anchors nothing."""
    hay, wanted = words(selected), words(value)
    if not wanted:
        return True
    lines = [line for line in OPENS_IN_NEW_TAB.sub("", value).split("\n") if line.strip()]
    lead = words(first) if first is not None else words(lines[0])[:1]
    tail = words(lines[-1])[-1:]
    if hay[: len(lead)] != lead or (tail and hay[-1:] != tail):
        return False
    found = iter(hay)
    return all(word in found for word in wanted)  # a subsequence: each word found after the one before


def selects(item: dict[str, Any], selected: str) -> str | None:
    """Why a span does not select its value's text, or None when it does."""
    raw = item.get("raw")
    if isinstance(raw, str):
        if not raw.strip():
            return None
        if item.get("source") == "text" and "precision" in item:
            # A date from prose: the span is the date, inside the sentence's words kept as raw.
            return None if selected and selected in raw else "the date's span is not inside its raw words"
        if "\n" not in raw:
            if selected == raw or ("(" in selected and OPENS_IN_NEW_TAB.sub("", selected).strip() == raw):
                return None
            return "the span does not select the raw text"
        return None if covers(selected, raw) else "the span does not hold the raw text's words"
    if "label" in item:  # a fact: the label as written, then its value (or the value alone)
        found = covers(selected, item["value"], item["label"]) or covers(selected, item["value"])
        return None if found else "the fact's span is not its label and value"
    if "heading" in item:  # a section: its heading, then its text
        heading = item["heading"]
        return None if covers(selected, item["text"], heading) else "the section's span is not its heading and text"
    value = item.get("value")
    if isinstance(value, str):
        return None if covers(selected, value) else "the span does not hold the value's words"
    return None


def check_positions(advert: Advert, record: Record) -> None:
    """Every position of a record: offsets in the text and inside the advert, line and column
    right, and the span selecting what the value was read from."""
    text = advert.text
    top = record["position"]
    for path, item in positioned(record):
        pos = item["position"]
        start, end = pos["start"], pos["end"]
        assert 0 <= start <= end <= len(text), f"{path}: span {start}..{end} outside the text ({len(text)})"
        assert top["start"] <= start and end <= top["end"], f"{path}: span {start}..{end} outside its advert"
        assert (pos["line"], pos["column"]) == line_column(text, start), f"{path}: wrong line or column"
        assert (pos["end_line"], pos["end_column"]) == line_column(text, end), f"{path}: wrong end line or column"
        if path != "advert":
            why = selects(item, text[start:end])
            assert why is None, f"{path}: {why}: {text[start:end]!r} for {item}"
