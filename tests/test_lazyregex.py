"""Lazily compiled patterns behave as compiled ones and compile only when first used."""

from __future__ import annotations

import regex

from jobparse.lazyregex import LazyPattern, lazy_compile


def test_not_compiled_until_used() -> None:
    pattern = lazy_compile(r"band\s*(?P<band>\d)", regex.IGNORECASE)
    assert isinstance(pattern, LazyPattern)
    assert "_compiled" not in vars(pattern)
    match = pattern.search("Agenda for Change BAND 6")
    assert match is not None and match["band"] == "6"
    assert "_compiled" in vars(pattern)


def test_matches_as_regex_compile_does() -> None:
    source, text = r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})", "From 1/2/2026 to 28/02/2026 and 9/9/99"
    lazy, eager = lazy_compile(source), regex.compile(source)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("<date>", text) == eager.sub("<date>", text)
    assert lazy.fullmatch("1/2/2026") is not None and lazy.match("x 1/2/2026") is None
    assert lazy.pattern == source and lazy.groups == 3


def test_named_lists_and_timeout_pass_through() -> None:
    pattern = lazy_compile(r"\L<months>\s+\d{4}", regex.IGNORECASE, months=["march", "april"])
    assert pattern.search("from April 2026", timeout=1) is not None
    assert pattern.search("from May 2026") is None
