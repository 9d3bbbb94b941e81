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
    "hsc": ("health", "social", "care"),
    "&": ("and",),
}
# Words that do not tell one organisation from another: "X NHS Trust" and "X" are the same.
_GENERIC = frozenset({"nhs", "trust", "foundation", "and", "the", "of", "for", "in", "services"})
WORD = regex.compile(r"[\w&]+")


@lru_cache(maxsize=4096)
def words(name: str) -> frozenset[str]:
    """The words that tell an organisation apart, with short forms spelt out."""
    found: list[str] = []
    for word in WORD.findall(name.casefold().replace("’", "").replace("'", "")):
        found.extend(_SHORT_FORMS.get(word, (word,)))
    return frozenset(word for word in found if word not in _GENERIC)


def written_alike(a: str, b: str) -> bool:
    """Whether two names differ only in spacing, case and "&" for "and"."""
    return _canonical(a) == _canonical(b)


def _canonical(name: str) -> str:
    return " ".join(name.casefold().replace("&", " and ").replace("’", "'").split())


# The kind of body a full name ends with; a short form ("Northmoor Hospitals") names none.
_KINDS = (
    ("foundation-trust", regex.compile(r"\b(?:nhs\s+)?(?:foundation\s+trust|ft)$|\bnhsft$", regex.I)),
    ("hsc-trust", regex.compile(r"\b(?:health\s+(?:and|&)\s+social\s+care|hsc)\s+trust$", regex.I)),
    ("trust", regex.compile(r"\btrust$", regex.I)),
    # Welsh health boards, and Scotland's boards named "NHS Lothian", "NHS Greater Glasgow and Clyde".
    ("health-board", regex.compile(r"\b(?:university\s+)?health\s+board$|\buhb$|^nhs\s+[\w\s&]+$", regex.I)),
)


def kind(name: str) -> str | None:
    """The kind of body a name ends with ("foundation-trust", "trust", ...), None for a short form."""
    stripped = name.strip().rstrip(".")
    return next((label for label, pattern in _KINDS if pattern.search(stripped)), None)


def comparison(a: str, b: str) -> str:
    """How two employer names relate: "same" (one a short form of the other), "misspelt" (a word
    or two a letter out) or "different" (two names: a former and a current one, or two bodies).
    Two full names must name the same kind of body: "Lindell Bay Hospitals NHS Trust" is not a
    short form of "Lindell Bay Teaching Hospitals NHS Foundation Trust"."""
    first, second = words(a), words(b)
    if not first or not second:
        return "same"
    kinds = (kind(a), kind(b))
    full = None not in kinds
    if full and kinds[0] != kinds[1]:
        return "different"
    if first <= second or second <= first:
        return "same"  # a short form: "Newcastle Hospitals NHS FT" of "The Newcastle upon Tyne Hospitals NHS FT"
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
