"""The text rules' word lists (data/words.yaml), compiled once, and the one scan that finds their triggers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from jobparse.datafiles import load_data
from jobparse.lazyregex import lazy_compile

Window = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Entry:
    """A pattern to find and the fix to suggest; `wrong` finds the word at fault, when there is one.

    `triggers` are lower-case words (or starts of words; "her$" is the whole word), one of which
    every match contains at the start of a word: the text rules find every entry's triggers in one
    scan of the advert and run each pattern only on the lines around its triggers (Scanner).
    """

    key: int  # the entry's number among all lists' entries (the scanner's index)
    pattern: regex.Pattern[str]
    fix: str
    triggers: tuple[str, ...]
    wrong: regex.Pattern[str] | None = None
    # Whether writing `fix` over a match is right: "safe" (always), "unsafe" (in most contexts) or
    # None (the hint is advice, not an edit: "close proximity" -> "near" needs the sentence rewritten).
    fixable: str | None = None


@dataclass(frozen=True, slots=True)
class WordLists:
    """Every list the text rules use, and the scanner for their triggers."""

    confused: tuple[Entry, ...]
    redundant: tuple[Entry, ...]
    acronyms_known: frozenset[str]
    gendered: tuple[Entry, ...]
    gendered_allowed: tuple[str, ...]
    scanner: Scanner


class Scanner:
    """Finds every entry's triggers in one pass over an advert's lower-case text.

    The word-list patterns have no literal prefix a regex engine could search for, and swept over
    a whole real-length advert they were 40% of validation; each now runs only on the lines
    around a trigger (the line before to the line after, for phrases broken across a line).
    tests/rules/test_scan.py checks that this finds exactly what a sweep of the whole text finds.
    """

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        words: dict[str, list[tuple[bool, int]]] = {}
        for entry in entries:
            for trigger in entry.triggers:
                word, whole = trigger.removesuffix("$"), trigger.endswith("$")
                words.setdefault(word, []).append((whole, entry.key))
        self._by_word = {word: tuple(owners) for word, owners in words.items()}
        # The triggers as a trie (stdlib re tries a flat alternation's words one by one at every
        # position: three times slower); the rest of the word is taken so that a trigger that
        # starts a longer one ("compliment", "complimentary") is found inside it too.
        prefixes = {word for word, owners in words.items() if any(not whole for whole, _ in owners)}
        # ASCII word boundaries are twice as fast; where a letter outside ASCII stands beside a
        # trigger they see more boundaries, never fewer, so no match is lost (only more lines run).
        self._pattern = re.compile(r"\b" + _trie(sorted(words), prefixes) + r"\w*", re.ASCII)
        # The same few words trigger again and again ("practice", "her"): their owners are
        # worked out once (a cache per scanner, of which there is one per process).
        self._owners = lru_cache(maxsize=4096)(self._owners_of)

    def windows(self, text: str, start: int, end: int) -> dict[int, list[Window]]:
        """For each entry with a trigger in text[start:end], the merged windows to run its pattern on."""
        lowered = text[start:end].lower()
        if len(lowered) != end - start:  # a character whose lower case is longer: sweep everything
            return {key: [(start, end)] for owners in self._by_word.values() for _, key in owners}
        found: dict[int, list[Window]] = {}
        owners_of = self._owners
        for match in self._pattern.finditer(lowered):
            owners = owners_of(match.group())
            if not owners:
                continue
            window = _around(text, start, end, start + match.start())
            for key in owners:
                spans = found.setdefault(key, [])
                if spans and window[0] <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], max(spans[-1][1], window[1]))
                else:
                    spans.append(window)
        return found

    def _owners_of(self, word: str) -> tuple[int, ...]:
        """The entries a word found by the scan triggers (those whose trigger it begins with, or
        is, for a whole-word trigger)."""
        owners = []
        for size in range(len(word), 1, -1):
            for whole, key in self._by_word.get(word[:size], ()):
                if not whole or size == len(word):
                    owners.append(key)
        return tuple(owners)


Trie = dict[str, "Trie"]
_WHOLE, _PREFIX = "", "\0"  # keys that end a word in the trie (triggers are letters only)


def _trie(words: list[str], prefixes: set[str]) -> str:
    """A regular expression matching any of the words, as a trie; a word not in `prefixes` must
    end at a word boundary ("her", not "here")."""
    root: Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_PREFIX if word in prefixes else _WHOLE] = {}

    def emit(node: Trie) -> str:
        branches = [
            re.escape(char) + emit(child) for char, child in sorted(node.items()) if char not in (_WHOLE, _PREFIX)
        ]
        if _PREFIX in node:
            branches.append("")
        elif _WHOLE in node:
            branches.append(r"\b")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(root)


def _around(text: str, start: int, end: int, at: int) -> Window:
    """From the start of the line before `at`'s line to the end of the line after it."""
    line_start = text.rfind("\n", start, at)
    before = text.rfind("\n", start, line_start) if line_start != -1 else -1
    line_end = text.find("\n", at, end)
    after = text.find("\n", line_end + 1, end) if line_end != -1 else -1
    return (before + 1 if before != -1 else start, after if after != -1 else end)


def _compile(pattern: str) -> regex.Pattern[str]:
    return lazy_compile(pattern, regex.IGNORECASE)


@cache
def word_lists() -> WordLists:
    """The lists from jobparse/data/words.yaml."""
    raw = load_data("words.yaml")
    counter = iter(range(1_000_000))
    confused = tuple(
        Entry(
            next(counter),
            _compile(e["pattern"]),
            e["right"],
            (e["wrong"].casefold(),),
            _compile(rf"\b{regex.escape(e['wrong'])}\b"),
        )
        for e in raw["confused"]
    )

    def entries(items: list[dict[str, object]]) -> tuple[Entry, ...]:
        return tuple(
            Entry(
                next(counter),
                _compile(str(e["pattern"])),
                str(e["fix"]),
                tuple(map(str, e["triggers"])),  # type: ignore[call-overload]
                fixable=None if e.get("fixable") is None else str(e["fixable"]),
            )
            for e in items
        )

    redundant, gendered = entries(raw["redundant"]), entries(raw["gendered"])
    return WordLists(
        confused=confused,
        redundant=redundant,
        acronyms_known=frozenset(raw["acronyms_known"]),
        gendered=gendered,
        gendered_allowed=tuple(raw["gendered_allowed"]),
        scanner=Scanner(confused + redundant + gendered),
    )
