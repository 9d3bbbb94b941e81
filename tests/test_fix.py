"""Fixing: `jobparse.fix`, the fixes chosen, and the map that writes edits back byte for byte."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import jobparse
from jobparse.findings import Edit, PlacedEdit, Problem, ProblemFix, Severity
from jobparse.fixing import choose
from jobparse.inputs.exact import CannotFix, Codec, Exact, Mapped
from jobparse.inputs.source import _CP1252_HIGH, normalise
from jobparse.model import Span
from tests.rules.helpers import variant
from tests.strategies import advert_texts

TODAY = "2025-09-01"

# The clean advert with one mistake of each safe fix planted, and the unsafe "careers" (LF line endings).
PLANTED = (
    ("£31,049 to £37,796 a year", "£31,049 to £37,796 a year per annum"),
    ("About us\n", "About us\nA supplement of at least £1303 applies.\n"),
    (
        "https://www.riversidehealth.example.nhs.uk\n",
        "https://www.riversidehealth.example.nhs.uk (Opens in a new tab)\n",
    ),
    ("caring for adults admitted", "caring for adults , admitted"),
    ("to join our", "to join  our"),
    ("Give medicines safely", "Give medicines safely, working with families and careers,"),
)
FIXED = (
    ("£31,049 to £37,796 a year", "£31,049 to £37,796 a year"),
    ("About us\n", "About us\nA supplement of at least £1,303 applies.\n"),
    ("https://www.riversidehealth.example.nhs.uk\n", "https://www.riversidehealth.example.nhs.uk\n"),
    ("caring for adults admitted", "caring for adults, admitted"),
    ("to join our", "to join our"),
    ("Give medicines safely", "Give medicines safely, working with families and careers,"),  # unsafe: kept
)
# What normalisation changes, in places no fix touches: these must come back exactly as they were.
UNTOUCHED = (
    ("Band 5\n", "Band\u00a05\n"),  # a non-breaking space
    ("a registered nurse", "a regis\u00adtered nurse"),  # a soft hyphen (dropped from the text checked)
)
UNICODE_ONLY = (
    ("Acute Medical Unit", "Acute Medical\u2011Unit"),  # a non-breaking hyphen
    ("Full-time", "Full\u200b-time"),  # a zero-width space (cp1252 has none)
    ("north of the county", "north of the cafe\u0301 county"),  # a decomposed letter (cp1252 has none)
)


def advert(encoding: str, fixed: bool = False) -> str:
    text = variant(*(FIXED if fixed else PLANTED), *UNTOUCHED)
    return text if encoding == "cp1252" else variant(*UNICODE_ONLY, base=text)


# ---------------------------------------------------------------------------------------------
# The library and the pieces: jobparse.fix, choosing among overlapping fixes, the offset map.


def test_library_fix_keeps_line_endings_and_odd_spaces() -> None:
    text = advert("utf-8").replace("\n", "\r\n")
    problems = jobparse.validate(text, today=dt.date.fromisoformat(TODAY))
    assert jobparse.fix(text, problems) == advert("utf-8", fixed=True).replace("\n", "\r\n")
    assert "fix" in dir(jobparse) and "fix" in jobparse.__all__
    with pytest.raises(ValueError, match="not this text's"):
        jobparse.fix("short", problems)


def _problem(code: str, start: int, end: int, replacement: str = "", safe: bool = True) -> Problem:
    edit = PlacedEdit(start, end, 1, start + 1, 1, end + 1, replacement)
    fix = ProblemFix(safe, (edit,))
    return Problem("a.txt", 1, start + 1, 1, end + 1, code, code.lower(), Severity.WARNING, "m", None, 0, fix)


def test_overlapping_fixes_are_resolved_by_position_then_code() -> None:
    chosen = choose(
        [
            _problem("JP407", 4, 6),  # overlaps JP402 at 2-5, which starts first
            _problem("JP403", 2, 2, ","),  # an insertion at the start of JP402's span: ambiguous, so left
            _problem("JP402", 2, 5, "x"),
            _problem("JP401", 8, 9, "y", safe=False),  # unsafe: not chosen
            _problem("JP403", 5, 5, ","),  # touches the end of JP402's span
            _problem("JP402", 9, 12),
        ]
    )
    assert [[(e.span.start, e.span.end, e.replacement) for e in edits] for edits in chosen] == [
        [(2, 5, "x")],
        [(9, 12, "")],
    ]
    assert len(choose([_problem("JP401", 8, 9, "y", safe=False)], unsafe=True)) == 1


def test_the_offset_map_places_edits_around_what_normalisation_changed() -> None:
    original = "a\r\nb\u200bc\u00a0e\u0301\rd"
    mapped = Mapped.of(original)
    assert mapped.text == "a\nbc é\nd"

    def edit(start: int, end: int, new: str) -> str:
        return mapped.apply([[Edit(Span(start, end), new)]])[0]

    assert edit(2, 3, "B") == "a\r\nB\u200bc\u00a0e\u0301\rd"  # the zero-width space after it stays
    assert edit(3, 4, "C") == "a\r\nb\u200bC\u00a0e\u0301\rd"  # ... and before it
    assert edit(1, 2, "") == "ab\u200bc\u00a0e\u0301\rd"  # a CRLF is one newline
    assert edit(5, 6, "E") == "a\r\nb\u200bc\u00a0E\rd"  # a composed letter is one letter
    assert edit(5, 5, "x") == "a\r\nb\u200bc\u00a0xe\u0301\rd"
    # A CR meeting an LF after an edit would be read as one newline: refused, not written.
    with pytest.raises(CannotFix):
        Mapped.of("a\rX\nb").apply([[Edit(Span(2, 3), "")]])


def test_bytes_that_would_not_come_back_the_same_are_not_fixed() -> None:
    with pytest.raises(CannotFix, match="not the file's own"):
        Exact.of(b"<html></html>", "page.html", "html")
    with pytest.raises(CannotFix, match="cannot store"):
        Codec(b"", "cp1252").encode("\u2603")
    exact = Exact.of(b"caf\xe9 \x81\r\n", "old.txt", "text")  # cp1252 with a byte it leaves undefined
    assert exact.codec == Codec(b"", "cp1252") and exact.text == "café \x81\n"
    fixed, applied = exact.apply([[Edit(Span(0, 0), "Le ")]])
    assert (fixed, applied) == (b"Le caf\xe9 \x81\r\n", 1)


# ---------------------------------------------------------------------------------------------
# Properties: whatever the text and wherever the edit, nothing outside the edit changes.

PIECES = st.sampled_from(
    ["a", "b", " ", "\n", "\r\n", "\r", "\u00a0", "\u200b", "\u00ad", "e\u0301", "\u0301", "é", "£", "\u2011", "\t"]
)
texts = st.one_of(st.lists(PIECES, max_size=40).map("".join), advert_texts, st.text(max_size=200))
CODECS = st.sampled_from([Codec(b"", "utf-8"), Codec(b"\xef\xbb\xbf", "utf-8"), Codec(b"\xff\xfe", "utf-16-le"),
                          Codec(b"\xfe\xff", "utf-16-be"), Codec(b"", "cp1252")])  # fmt: skip
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _decoded(data: bytes, codec: Codec) -> str:
    return data.decode("latin-1").translate(_CP1252_HIGH) if codec.name == "cp1252" else data.decode(codec.name)


@SETTINGS
@given(texts, CODECS, st.data())
def test_fixing_never_changes_a_byte_outside_the_edit(original: str, codec: Codec, data: st.DataObject) -> None:
    """Fixing keeps the file's bytes before and after the edit, and those read as exactly the text
    before and after the edit: the file is what it was with the edit made, and nothing more."""
    # A vertical tab reads as a newline only in a text that is not all ASCII (source.normalise), so
    # the text before an edit would not read alone as it reads in the whole: left out here.
    assume("\x0b" not in original)
    try:
        raw = codec.encode(original)
        exact = Exact.of(raw, "prop.txt", "text")
    except CannotFix:
        assume(False)  # not this codec's text (a cp1252 file holds no snowman), or binary
        return
    text, decoded, codec = exact.text, exact.mapped.original, exact.codec
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    new = data.draw(st.text(alphabet="xyz,.", max_size=5))
    edit = Edit(Span(start, end), new)
    where = exact.mapped.place(edit)
    assume(where is not None)  # an end inside a CRLF or a composed letter: such an edit is never applied
    assert where is not None
    try:
        fixed, applied = exact.apply([[edit]])
    except CannotFix:
        return  # refused (a CR meeting an LF would read as one newline), so nothing is written
    kept_before, kept_after = decoded[: where[0]], decoded[where[1] :]
    assert applied == 1
    assert normalise(kept_before) == text[:start] and normalise(kept_after) == text[end:]
    assert _decoded(fixed[len(codec.bom) :], codec) == kept_before + new + kept_after
    front, back = codec.encode(kept_before), codec.encode(kept_after)[len(codec.bom) :]
    assert raw.startswith(front) and raw.endswith(back)
    assert fixed == front + codec.encode(new)[len(codec.bom) :] + back


@SETTINGS
@given(texts)
def test_the_offset_map_reads_every_text(original: str) -> None:
    """Whatever the text, its normalised form is mapped (no CannotFix) and every clean offset places."""
    mapped = Mapped.of(original)
    assert mapped.text == normalise(original)
    assert mapped.apply([])[0] == original
