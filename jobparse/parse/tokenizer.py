"""Split advert text into line tokens: blank, heading, label, field (label: value), bullet, text."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from jobparse.lazyregex import lazy_compile
from jobparse.parse.tables import Tables, fold, tables

BLANK, HEADING, LABEL, FIELD, BULLET, TEXT = "blank", "heading", "label", "field", "bullet", "text"

# Bullet markers that copied pages and drafts use; "o " is Word's second-level bullet, and
# U+F0B7 and its neighbours are the private-use glyphs PDF-to-text tools leave for Symbol bullets.
_PDF_BULLETS = "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf0e0\uf06e\uf075"
_MARKERS = frozenset("-•·*–▪●◦‣►→✓✔o" + _PDF_BULLETS)
# Markers that need no space after them ("•Manage diaries"): never the start of a word or figure.
_TIGHT_MARKERS = frozenset("•·▪●◦‣►→✓✔" + _PDF_BULLETS)
NUMBERED = lazy_compile(r"(?:\d{1,2}|[a-z])[.)]\s+(?=\S)")
# Inline "Label: value" needs a short label; longer prefixes are prose with a colon in it.
_MAX_LABEL = 40


class Token(NamedTuple):
    """One line of the advert, classified; offsets point into the normalised text.

    A NamedTuple rather than a frozen dataclass: one is built per input line, and a frozen
    dataclass's __init__ (object.__setattr__ per field) made tokenizing a third slower.
    """

    kind: str
    line: int  # 0-based line number
    start: int  # content start (after any bullet marker and indentation)
    end: int  # content end (trailing spaces dropped)
    text: str  # content; for a field, the value
    key: str | None = None  # heading id or label key
    label: str | None = None  # for a field, the label as written
    value_start: int = 0  # for a field, where the value starts
    bulleted: bool = False  # the line carried a bullet marker


def _bullet_body(content: str) -> int:
    """Length of a leading bullet marker (with its space), or 0."""
    first = content[0]
    if first in _MARKERS and len(content) > 2 and content[1] in " \t":
        return 2 + (len(content) - 2 - len(content[2:].lstrip()))
    if first in _TIGHT_MARKERS and len(content) > 1 and not content[1].isspace():
        return 1
    if first.isdigit() or ("a" <= first <= "z" and content[1:2] in (".", ")")):
        match = NUMBERED.match(content)
        if match is not None:
            return match.end()
    return 0


def _classify(content: str, start: int, line: int, tab: Tables) -> Token:
    first = content[0]
    if len(content) == 1 and first in _MARKERS and first != "o":
        # A bullet glyph alone on its line (a PDF's bullet column): the item follows on the next.
        return Token(BLANK, line, start, start, "")
    if first == "|":
        return _table_row(content, start, line, tab)
    if first in "#>" and len(content) > 2:
        markup = _markup_length(content)
        if markup:
            return _classify(content[markup:], start + markup, line, tab)
    marker = _bullet_body(content)
    body = content[marker:] if marker else content
    body_start = start + marker
    # Every heading and label alias starts with one of a few hundred three-letter prefixes: a set
    # lookup spares most lines the fold (profiled: fold was a fifth of tokenizing).
    maybe_known = body[:3].lower() in tab.prefixes
    if maybe_known and len(body) <= tab.longest + 2:
        key = fold(body)
        if key in tab.headings and (not marker or first.isdigit()):
            # A numbered heading ("6. KEY RESULT AREAS") is a heading; a bulleted one is an item.
            return Token(HEADING, line, start, start + len(content), content, tab.headings[key])
        if key in tab.labels:
            return Token(LABEL, line, body_start, body_start + len(body), body, tab.labels[key], None, 0, bool(marker))
    if maybe_known:
        field = _inline_field(body, body_start, line, tab, bool(marker))
        if field is not None:
            return field
    elif body.startswith("**"):
        field = _bold_field(body, body_start, line, tab, bool(marker))
        if field is not None:
            return field
    if marker:
        return Token(BULLET, line, body_start, body_start + len(body), body, None, None, 0, True)
    return Token(TEXT, line, start, start + len(content), content)


def _markup_length(content: str) -> int:
    """Length of a markdown heading ("## ") or quote ("> ") marker at the start of a line, or 0."""
    if content[0] == ">":
        return 2 if content[1] == " " else 0
    hashes = len(content) - len(content.lstrip("#"))
    if hashes > 6 or content[hashes : hashes + 1] != " ":
        return 0
    return hashes + 1 + (len(content) - hashes - 1 - len(content[hashes + 1 :].lstrip()))


def _table_row(content: str, start: int, line: int, tab: Tables) -> Token:
    """A markdown table row: "| Salary: | £38,682 |" is a field; "|---|---|" holds nothing."""
    cells = content.strip("|").split("|")
    if all(not cell.strip(" -:") for cell in cells):
        return Token(BLANK, line, start, start, "")
    label = cells[0].strip()
    key = tab.labels.get(fold(label)) if 0 < len(label) <= _MAX_LABEL + 1 else None
    if key is None or len(cells) < 2:
        return Token(TEXT, line, start, start + len(content), content)
    value_at = content.index("|", 1) + 1
    value = cells[1].strip()
    if not value:
        return Token(LABEL, line, start + 1, start + value_at - 1, label, key)
    value_start = start + value_at + (len(cells[1]) - len(cells[1].lstrip()))
    # The field ends where its value does, as a "Label: value" line's does: a row's further cells
    # are not its value ("| Posting date | 9 | x |" gave the value 9 the span "9 | x").
    return Token(FIELD, line, start, value_start + len(value), value, key, label.rstrip(":").strip(), value_start)


def _bold_field(body: str, start: int, line: int, tab: Tables, bulleted: bool) -> Token | None:
    """A markdown bold label: "**Salary:** £38,682" (Job Clerk's copies)."""
    close = body.find("**", 2)
    if close == -1 or close > _MAX_LABEL + 2:
        return None
    label = body[2:close].strip()
    key = tab.labels.get(fold(label))
    if key is None:
        return None
    rest = body[close + 2 :]
    if rest.startswith(":"):
        rest = rest[1:]
    value = rest.strip()
    if not value:
        return Token(LABEL, line, start, start + len(body), label.rstrip(":"), key, bulleted=bulleted)
    value_start = start + len(body) - len(rest.lstrip())
    return Token(FIELD, line, start, start + len(body), value, key, label.rstrip(":").strip(), value_start, bulleted)


def _inline_field(body: str, start: int, line: int, tab: Tables, bulleted: bool) -> Token | None:
    """A "Label: value" or "Label<TAB>value" line whose label is a known one."""
    cut = body.find(":", 1, _MAX_LABEL + 1)
    gap = 1
    if cut == -1:
        cut = body.find("\t", 1, _MAX_LABEL + 1)
        if cut == -1:
            # "Contract Duration – Permanent": a known label, then a spaced dash.
            cut = _dash_cut(body)
            if cut == -1:
                return None
            gap = 2
    key = tab.labels.get(fold(body[:cut]))
    if key is None:
        return None
    value = body[cut + gap :]
    stripped = value.lstrip()
    if not stripped:
        return Token(LABEL, line, start, start + cut, body[:cut].rstrip(), key, bulleted=bulleted)
    value_start = start + cut + gap + (len(value) - len(stripped))
    return Token(FIELD, line, start, start + len(body), stripped, key, body[:cut].strip(), value_start, bulleted)


def _dash_cut(body: str) -> int:
    """Where a spaced dash ends a label ("Contract Duration - Permanent", any dash), or -1."""
    for dash in (" – ", " - ", " — "):
        cut = body.find(dash, 1, _MAX_LABEL + 1)
        if cut != -1:
            return cut + 1
    return -1


# Lines up to this long go through the cache: headings, labels, "Label: value" lines and short
# bullets, which repeat across adverts. Longer lines are mostly prose that does not repeat, where
# a cache miss cost more than classifying the line again (measured: 75 -> 92 µs an advert).
_CACHED_LENGTH = 80


@lru_cache(maxsize=16_384)
def _shape(content: str) -> Token:
    """A line's token as if it began the text (line 0, offset 0); `tokenize` moves it into place.

    Cached because adverts repeat lines: every advert has the same headings and labels, and an
    employer's adverts share their boilerplate. A repeated line then costs a dictionary lookup
    instead of classifying (the cache holds at most a few megabytes).
    """
    return _classify(content, 0, 0, tables())


def tokenize(text: str, start: int = 0, end: int | None = None, first_line: int = 0) -> Iterator[Token]:
    """Tokens for every line of a normalised text, in order; or of the lines of text[start:end]
    (start at a line's start, `first_line` its number), with offsets in the whole text."""
    tab = tables()
    pos = start
    block = text if start == 0 and end is None else text[start:end]
    for line, raw in enumerate(block.split("\n"), first_line):
        content = raw.strip()
        if not content:
            yield Token(BLANK, line, pos, pos, "")
        else:
            # str.strip removes every Unicode space, so the indent is measured the same way.
            start = pos if not raw[0].isspace() else pos + (len(raw) - len(raw.lstrip()))
            if len(content) > _CACHED_LENGTH:
                yield _classify(content, start, line, tab)
            else:
                kind, _, at, end, value, key, label, value_start, bulleted = _shape(content)
                value_start = start + value_start if kind == FIELD else 0
                yield Token(kind, line, start + at, start + end, value, key, label, value_start, bulleted)
        pos += len(raw) + 1
