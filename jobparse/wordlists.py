"""The text rules' word lists (data/words.yaml), compiled once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

from jobparse.yamlio import safe_load


@dataclass(frozen=True, slots=True)
class Entry:
    """A pattern to find and the fix to suggest; `wrong` names the word at fault, when one is."""

    pattern: regex.Pattern[str]
    fix: str
    wrong: str | None = None


@dataclass(frozen=True, slots=True)
class WordLists:
    """Every list the text rules use."""

    confused: tuple[Entry, ...]
    redundant: tuple[Entry, ...]
    acronyms_known: frozenset[str]
    gendered: tuple[Entry, ...]
    gendered_allowed: tuple[str, ...]


def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.IGNORECASE)


@cache
def word_lists() -> WordLists:
    """The lists from jobparse/data/words.yaml."""
    raw = safe_load((resources.files("jobparse") / "data" / "words.yaml").read_text(encoding="utf-8"))
    return WordLists(
        confused=tuple(Entry(_compile(e["pattern"]), e["right"], e["wrong"]) for e in raw["confused"]),
        redundant=tuple(Entry(_compile(e["pattern"]), e["fix"]) for e in raw["redundant"]),
        acronyms_known=frozenset(raw["acronyms_known"]),
        gendered=tuple(Entry(_compile(e["pattern"]), e["fix"]) for e in raw["gendered"]),
        gendered_allowed=tuple(raw["gendered_allowed"]),
    )
