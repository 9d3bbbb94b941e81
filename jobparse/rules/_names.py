"""Employer names compared as people read them: short forms and "&" for "and" are the same name."""

from __future__ import annotations

from functools import lru_cache

import regex

# Abbreviations employers print for the words of their own name.
_SHORT_FORMS = {
    "nhsft": ("nhs", "foundation", "trust"),
    "ft": ("foundation", "trust"),
    "uhb": ("university", "health", "board"),
    "hb": ("health", "board"),
    "univ": ("university",),
    "&": ("and",),
}
# Words that do not tell one organisation from another: "X NHS Trust" and "X" are the same.
_GENERIC = frozenset({"nhs", "trust", "foundation", "and", "the", "of", "for", "in", "hsc", "services"})
_WORD = regex.compile(r"[\w&]+")


@lru_cache(maxsize=4096)
def words(name: str) -> frozenset[str]:
    """The words that tell an organisation apart, with short forms spelt out."""
    found: list[str] = []
    for word in _WORD.findall(name.casefold().replace("’", "").replace("'", "")):
        found.extend(_SHORT_FORMS.get(word, (word,)))
    return frozenset(word for word in found if word not in _GENERIC)


def written_alike(a: str, b: str) -> bool:
    """Whether two names differ only in spacing, case and "&" for "and"."""
    return _canonical(a) == _canonical(b)


def _canonical(name: str) -> str:
    return " ".join(name.casefold().replace("&", " and ").replace("’", "'").split())


def comparison(a: str, b: str) -> str:
    """How two employer names relate: "same" (one a short form of the other), "misspelt" (a word
    or two a letter out) or "different" (two names: a former and a current one, or two bodies)."""
    first, second = words(a), words(b)
    if not first or not second or first <= second or second <= first:
        return "same"
    small, large = (first, second) if len(first) <= len(second) else (second, first)
    unmatched = [word for word in small if word not in large]
    if all(len(word) >= 5 and any(_one_edit(word, other) for other in large) for word in unmatched):
        return "misspelt"
    return "different"


def _one_edit(a: str, b: str) -> bool:
    """Whether two words are one insertion, deletion or substitution apart."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]
