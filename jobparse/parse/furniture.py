"""Page furniture: navigation, notices and logo lines that copied pages carry and that are never values."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from jobparse.datafiles import load_data
from jobparse.parse.tables import fold
from jobparse.parse.tokenizer import TEXT, Token


@dataclass(frozen=True, slots=True)
class Furniture:
    """Every family's furniture lines (folded) and patterns, from data/layouts.yaml."""

    lines: frozenset[str]
    pattern: regex.Pattern[str] | None
    page_top: frozenset[str]  # lines that begin a family's pages

    def holds(self, text: str) -> bool:
        """Whether a line of text is page furniture."""
        key = fold(text)
        if key in self.lines:
            return True
        return self.pattern is not None and _matches(self.pattern, key)


@lru_cache(maxsize=16_384)
def _matches(pattern: regex.Pattern[str], key: str) -> bool:
    """Whether a folded line matches the furniture patterns (lines repeat: each is tried once)."""
    return pattern.match(key) is not None


@cache
def furniture() -> Furniture:
    """The furniture of all families together: a line that is furniture on one page is never a title on another."""
    families = load_data("layouts.yaml")
    lines = frozenset(fold(line) for family in families.values() for line in family.get("furniture", ()))
    patterns = [pattern for family in families.values() for pattern in family.get("furniture-patterns", ())]
    joined = "|".join(f"(?:{pattern})$" for pattern in patterns)
    page_top = frozenset(fold(line) for family in families.values() for line in family.get("page-top", ()))
    return Furniture(lines, regex.compile(joined) if joined else None, page_top)


def is_furniture(token: Token) -> bool:
    """Whether a text line is page furniture."""
    return token.kind == TEXT and len(token.text) <= 160 and furniture().holds(token.text)


def is_page_top(token: Token) -> bool:
    """Whether a text line is furniture that begins a page ("Skip to main content", "NHS Logo")."""
    return token.kind == TEXT and len(token.text) <= _PAGE_TOP_LENGTH and fold(token.text) in furniture().page_top


_PAGE_TOP_LENGTH = 80
