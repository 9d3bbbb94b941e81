"""The text rules' word lists (data/words.yaml), compiled once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from jobparse.datafiles import load_data
from jobparse.lazyregex import lazy_compile


@dataclass(frozen=True, slots=True)
class Entry:
    """A pattern to find and the fix to suggest; `wrong` finds the word at fault, when there is one.

    `hints` are lower-case literals, one of which every match contains: the word-list rules took
    most of validation's time scanning adverts for patterns that almost never match, so each
    pattern only runs on adverts whose folded text holds one of its hints.
    """

    pattern: regex.Pattern[str]
    fix: str
    hints: tuple[str, ...]
    wrong: regex.Pattern[str] | None = None
    # Whether writing `fix` over a match is right: "safe" (always), "unsafe" (in most contexts) or
    # None (the hint is advice, not an edit: "close proximity" -> "near" needs the sentence rewritten).
    fixable: str | None = None

    def may_match(self, folded: str) -> bool:
        """Whether the (casefolded) text holds a hint, so that the pattern is worth running."""
        return any(map(folded.__contains__, self.hints))  # no generator frame: this runs ~40 times an advert


@dataclass(frozen=True, slots=True)
class WordLists:
    """Every list the text rules use."""

    confused: tuple[Entry, ...]
    redundant: tuple[Entry, ...]
    acronyms_known: frozenset[str]
    gendered: tuple[Entry, ...]
    gendered_allowed: tuple[str, ...]


def _compile(pattern: str) -> regex.Pattern[str]:
    return lazy_compile(pattern, regex.IGNORECASE)


def _entries(raw: list[dict[str, object]]) -> tuple[Entry, ...]:
    return tuple(
        Entry(_compile(str(e["pattern"])), str(e["fix"]), tuple(map(str, e["hints"])), fixable=e.get("fixable"))  # type: ignore[call-overload,arg-type]
        for e in raw
    )


@cache
def word_lists() -> WordLists:
    """The lists from jobparse/data/words.yaml."""
    raw = load_data("words.yaml")
    confused = tuple(
        Entry(
            _compile(e["pattern"]), e["right"], (e["wrong"].casefold(),), _compile(rf"\b{regex.escape(e['wrong'])}\b")
        )
        for e in raw["confused"]
    )
    return WordLists(
        confused=confused,
        redundant=_entries(raw["redundant"]),
        acronyms_known=frozenset(raw["acronyms_known"]),
        gendered=_entries(raw["gendered"]),
        gendered_allowed=tuple(raw["gendered_allowed"]),
    )
