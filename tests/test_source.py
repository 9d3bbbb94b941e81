"""Decoding and normalising input bytes, and mapping offsets to lines and columns."""

from __future__ import annotations

import codecs

import pytest

from jobparse.errors import InputError
from jobparse.inputs.source import LineIndex, decode, looks_binary, normalise


def test_utf8_with_and_without_bom() -> None:
    assert decode("£40,617".encode()) == "£40,617"
    assert decode(codecs.BOM_UTF8 + "£40,617".encode()) == "£40,617"


def test_cp1252_fallback_keeps_pound_and_quotes() -> None:
    assert decode(b"\xa340,617 \x96 \x93Band 6\x94 team\x92s") == "£40,617 – “Band 6” team’s"


def test_cp1252_undefined_bytes_are_not_lost() -> None:
    assert decode(b"a\x81b\xa3") == "a\x81b£"


def test_utf16_with_bom() -> None:
    assert decode("Band 6 £40,617".encode("utf-16")) == "Band 6 £40,617"


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"abc\x00def", bytes(range(32)) * 10])
def test_binary_is_refused(data: bytes) -> None:
    assert looks_binary(data)
    with pytest.raises(InputError, match="binary"):
        decode(data, "x.txt")


def test_text_is_not_binary() -> None:
    assert not looks_binary("Band 6\tSalary\r\n£40,617\f".encode())


def test_normalise_line_endings_and_spaces() -> None:
    assert normalise("a\r\nb\rc\n") == "a\nb\nc\n"
    assert normalise("£40,617\u00a0to\u202f£48,778") == "£40,617 to £48,778"
    assert normalise("Cafe\u0301") == "Café"


def test_line_index_positions() -> None:
    text = "ab\ncde\n\nf"
    index = LineIndex.of(text)
    assert index.position(0) == (1, 1)
    assert index.position(2) == (1, 3)
    assert index.position(3) == (2, 1)
    assert index.position(7) == (3, 1)
    assert index.position(8) == (4, 1)
    assert index.position(9) == (4, 2)


def test_word_paste_characters() -> None:
    # Every Unicode space becomes a plain one, hyphens become "-", and zero-width characters go.
    assert normalise("a\u2003b\u2002c\u205fd") == "a b c d"
    assert normalise("Part\u2011time \u2212 Full\u200btime \u00a3\u200b40,617") == "Part-time - Fulltime £40,617"
    assert normalise("\ufeffTitle") == "Title"
