"""Turn raw bytes into normalised advert text, and map offsets in it to lines and columns."""

from __future__ import annotations

import codecs
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from jobparse.errors import InputError

# cp1252 leaves five bytes undefined; decoding via latin-1 and then mapping 0x80-0x9F through
# cp1252 keeps every byte (nothing is lost) and turns 0xA3 into "£" as Windows editors meant it.
_CP1252_HIGH = {b: (bytes([b]).decode("cp1252", errors="ignore") or chr(b)) for b in range(0x80, 0xA0)}

# One-for-one replacements, so that offsets into the text stay meaningful: the non-breaking
# and other fixed-width spaces that web pages and word processors paste in become plain spaces,
# the hyphens they use become "-", and the rarer line separators become newlines.
_SPACES = (
    ("\u00a0", " "),
    *((chr(code), " ") for code in range(0x2000, 0x200B)),  # en quad .. hair space (em space too)
    ("\u202f", " "),
    ("\u205f", " "),
    ("\u3000", " "),
    ("\u2010", "-"),  # hyphen
    ("\u2011", "-"),  # non-breaking hyphen ("Part\u2011time")
    ("\u2212", "-"),  # minus sign
    ("\u2028", "\n"),
    ("\u2029", "\n"),
    ("\x85", "\n"),
    ("\x0b", "\n"),
)
# Characters with no width that word processors and web pages leave inside words ("Full\u200btime",
# "£40,\u200b617"): dropped, like the CR of a CRLF, so that the words read whole.
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")

_BINARY_CONTROL_BYTES = bytes(sorted(set(range(0, 32)) - {9, 10, 12, 13}))


def decode(data: bytes, path: str = "<bytes>") -> str:
    """Decode advert bytes: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-16 text ({exc.reason})") from None
    if looks_binary(data):
        raise InputError(path, "binary file, not advert text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")  # the C codec; fails only on its five undefined bytes
    except UnicodeDecodeError:
        return data.decode("latin-1").translate(_CP1252_HIGH)


def looks_binary(data: bytes) -> bool:
    """Whether bytes look like a binary file rather than text (NUL bytes or many controls)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    # Counted by deleting them in C: a Python loop over 8 KB took about 0.4 ms a file.
    controls = len(head) - len(head.translate(None, _BINARY_CONTROL_BYTES))
    return controls / len(head) > 0.05


def normalise(text: str) -> str:
    """Normalise line endings, odd spaces and hyphens, invisible characters and Unicode composition (NFC)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        # str.replace per character beats str.translate with a mapping by far on long texts
        # (profiled: translate took 0.4 s on a 1.5 MB dump), and most texts hold none of them.
        for char, replacement in _SPACES:
            if char in text:
                text = text.replace(char, replacement)
        for char in _INVISIBLE:
            if char in text:
                text = text.replace(char, "")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


@dataclass(frozen=True, slots=True)
class LineIndex:
    """Offsets at which each line starts, to turn an offset into a 1-based (line, column)."""

    # An array of machine integers, not a tuple of ints: a 70 MB dump has two million lines, and
    # as Python ints their starts took 70 MB more than the text itself.
    starts: Sequence[int]

    @classmethod
    def of(cls, text: str) -> LineIndex:
        """Build the index for a text."""
        starts = array("q", [0])
        append, find = starts.append, text.find
        i = find("\n")
        while i != -1:
            append(i + 1)
            i = find("\n", i + 1)
        return cls(starts)

    def line_of(self, offset: int) -> int:
        """0-based number of the line holding an offset."""
        return bisect_right(self.starts, offset) - 1

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset."""
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1
