"""Plain-text inputs as the bytes they came from: edits to the normalised text, written back byte for byte.

Positions in findings refer to the normalised text (source.normalise): CRLF and CR are one "\n",
odd spaces are plain ones, zero-width characters are gone, letters are composed (NFC). To fix a
file, each edit is mapped back to the decoded text, applied there, and the text is encoded as the
file was (its byte-order mark and codec), so that everything the edits do not touch stays as it was:
CRLF, NBSP, a zero-width space, a cp1252 "£". A saved page, a feed or JSON-LD records are not
their own text (the text checked is rendered from them) and are not fixed.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from jobparse.errors import InputError
from jobparse.findings import Edit
from jobparse.inputs.source import _CP1252_HIGH, _INVISIBLE, _SPACES, decode, normalise

# What the normaliser changes that is not one for one: CRLF becomes one character, zero-width
# characters go. (A lone CR and the odd spaces are replaced one for one: offsets keep.)
_IRREGULAR = re.compile("\r\n|[" + "".join(_INVISIBLE) + "]+")
# Where composition (NFC) may change the text: a run of non-ASCII characters and the ASCII
# character before it ("e" + a combining accent). An ASCII character never composes with the one
# before it, so text cut before one composes as the whole does.
_COMPOSABLE = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")
# cp1252 back to bytes: each character its decoding gave for 0x80-0x9F, back to that byte (through latin-1).
_CP1252_BYTES = {ord(char): chr(byte) for byte, char in _CP1252_HIGH.items()}

NOT_TEXT = {
    "html": "a saved web page: the text checked is the page's readable text, not the file's own",
    "xml": "a search feed: the text checked is rendered from its records, not the file's own",
    "json": "JSON records: the text checked is rendered from them, not the file's own",
}


class CannotFix(Exception):
    """Why an input cannot be fixed exactly (it is then left as it was)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Codec:
    """How a file's text was stored: its byte-order mark and its encoding."""

    bom: bytes
    name: str  # "utf-8", "utf-16-le", "utf-16-be" or "cp1252"

    def encode(self, text: str) -> bytes:
        """The text stored as the file stored it; CannotFix when a character does not fit the encoding."""
        try:
            if self.name == "cp1252":
                # Through latin-1, so that the five bytes cp1252 leaves undefined come back as they were read.
                return self.bom + text.translate(_CP1252_BYTES).encode("latin-1")
            return self.bom + text.encode(self.name)
        except UnicodeEncodeError as exc:
            raise CannotFix(f"the fix needs {exc.object[exc.start]!r}, which {self.name} cannot store") from None


def _guess(data: bytes) -> tuple[str, Codec]:
    """A file's text and codec, chosen as source.decode chooses them."""
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) :].decode(name), Codec(bom, name)
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    body = data[len(bom) :]
    try:
        return body.decode("utf-8"), Codec(bom, "utf-8")
    except UnicodeDecodeError:
        # As source.decode reads cp1252: through latin-1, so that its five undefined bytes are kept.
        return body.decode("latin-1").translate(_CP1252_HIGH), Codec(bom, "cp1252")


def decoding(data: bytes, path: str) -> tuple[str, Codec]:
    """A plain-text file's text as source.decode reads it, and how to store it again byte for byte;
    CannotFix when the bytes would not come back the same."""
    try:
        text, codec = _guess(data)
        same = text == decode(data, path) and codec.encode(text) == data
    except (CannotFix, InputError, UnicodeError):
        same = False
    if not same:
        raise CannotFix("its bytes would not be written back exactly as they are")
    return text, codec


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Offsets in a derived text mapped to the text it came from. The two keep step except in regions
    the derivation changed: `starts[i]:ends[i]` of the derived text came from `origins[i]:origin_ends[i]`
    (an empty derived region is dropped text; a longer one has no offsets inside it that map)."""

    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()
    origins: tuple[int, ...] = ()
    origin_ends: tuple[int, ...] = ()

    def start(self, at: int) -> int | None:
        """Where an edit that starts at `at` starts in the origin (after any dropped text there); None
        inside a changed region."""
        i = bisect_right(self.starts, at) - 1
        if i < 0:
            return at
        if self.starts[i] == at < self.ends[i]:
            return self.origins[i]
        if self.ends[i] > at:
            return None
        return at + self.origin_ends[i] - self.ends[i]

    def end(self, at: int) -> int | None:
        """Where an edit that ends at `at` ends in the origin (before any dropped text there); None
        inside a changed region."""
        i = bisect_left(self.starts, at) - 1
        if i < 0:
            return at
        if self.ends[i] > at:
            return None
        return at + self.origin_ends[i] - self.ends[i]


def _regions(text: str, pattern: re.Pattern[str], changed: dict[str, str] | None) -> tuple[str, OffsetMap]:
    """`text` with each match of `pattern` replaced (by `changed`, else composed), and the map back."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    origins: list[int] = []
    origin_ends: list[int] = []
    at = length = 0
    for match in pattern.finditer(text):
        old = match.group()
        new = changed.get(old, "") if changed is not None else unicodedata.normalize("NFC", old)
        if new == old:
            continue
        parts.append(text[at : match.start()])
        length += match.start() - at
        starts.append(length)
        ends.append(length + len(new))
        origins.append(match.start())
        origin_ends.append(match.end())
        parts.append(new)
        length += len(new)
        at = match.end()
    if not starts:
        return text, OffsetMap()
    parts.append(text[at:])
    return "".join(parts), OffsetMap(tuple(starts), tuple(ends), tuple(origins), tuple(origin_ends))


@dataclass(frozen=True, slots=True)
class Mapped:
    """A text and its normalised form, with the offsets of the one mapped back to the other."""

    original: str
    text: str  # source.normalise(original)
    steps: OffsetMap  # line endings and zero-width characters: from the text before composition to `original`
    composed: OffsetMap  # composition: from `text` to the text before it

    @classmethod
    def of(cls, original: str) -> Mapped:
        """The map for a text; CannotFix when it cannot be worked out exactly."""
        stepped, steps = _regions(original, _IRREGULAR, {"\r\n": "\n"})
        stepped = stepped.replace("\r", "\n")
        # As source.normalise does, the odd spaces and line separators only where the text is not
        # all ASCII (a vertical tab, "\x0b", stays in an ASCII text).
        if not original.isascii():
            for char, replacement in _SPACES:
                if char in stepped:
                    stepped = stepped.replace(char, replacement)
        text, composed = stepped, OffsetMap()
        if not unicodedata.is_normalized("NFC", stepped):
            text, composed = _regions(stepped, _COMPOSABLE, None)
        if text != normalise(original):
            raise CannotFix("its normalised text could not be mapped back to it")
        return cls(original, text, steps, composed)

    def place(self, edit: Edit) -> tuple[int, int] | None:
        """Where an edit of the normalised text falls in the original; None when one of its ends is
        inside something normalisation changed (a CRLF, a composed letter)."""
        first = self.composed.start(edit.span.start)
        start = self.steps.start(first) if first is not None else None
        if edit.span.start == edit.span.end:
            return None if start is None else (start, start)
        last = self.composed.end(edit.span.end)
        end = self.steps.end(last) if last is not None else None
        if start is None or end is None:
            return None
        return start, end

    def apply(self, fixes: Sequence[Sequence[Edit]]) -> tuple[str, int]:
        """The original with the fixes applied (each all its edits or none), and how many were.

        The fixes must not overlap (see fixing.choose). CannotFix when the result would not read
        as the normalised text with the edits made (a deleted line's CR meeting the next LF).
        """
        placed: list[tuple[int, int, str]] = []
        made: list[Edit] = []
        applied = 0
        for edits in fixes:
            where = [self.place(edit) for edit in edits]
            if any(spot is None for spot in where):
                continue
            placed.extend((spot[0], spot[1], edit.replacement) for spot, edit in zip(where, edits, strict=True) if spot)
            made.extend(edits)
            applied += 1
        result = _spliced(self.original, placed)
        if normalise(result) != normalise(
            _spliced(self.text, [(e.span.start, e.span.end, e.replacement) for e in made])
        ):
            raise CannotFix("the fixed text would not read as the fixes say")
        return result, applied


def _spliced(text: str, edits: list[tuple[int, int, str]]) -> str:
    """`text` with non-overlapping (start, end, replacement) edits made."""
    parts: list[str] = []
    at = 0
    for start, end, new in sorted(edits, key=lambda edit: (edit[0], edit[1])):
        parts.append(text[at:start])
        parts.append(new)
        at = end
    parts.append(text[at:])
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class Exact:
    """A plain-text input's bytes, decoded and mapped, ready to take edits of its normalised text."""

    mapped: Mapped
    codec: Codec

    @classmethod
    def of(cls, data: bytes, path: str, kind: str) -> Exact:
        """The input mapped; CannotFix when its text is not its own (a page, a feed, JSON) or would not
        be written back exactly."""
        if kind in NOT_TEXT:
            raise CannotFix(NOT_TEXT[kind])
        original, codec = decoding(data, path)
        return cls(Mapped.of(original), codec)

    @property
    def text(self) -> str:
        """The normalised text (what findings' offsets refer to)."""
        return self.mapped.text

    def apply(self, fixes: Sequence[Sequence[Edit]]) -> tuple[bytes, int]:
        """The bytes with the fixes applied, and how many were; CannotFix as for Mapped.apply and Codec.encode."""
        fixed, applied = self.mapped.apply(fixes)
        return self.codec.encode(fixed), applied


__all__ = ["NOT_TEXT", "CannotFix", "Codec", "Exact", "Mapped", "OffsetMap", "decoding"]
