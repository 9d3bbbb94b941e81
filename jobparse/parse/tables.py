"""Heading and label tables, loaded once from the package's YAML data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from jobparse.datafiles import load_data

_FOLD = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-"})


def fold(text: str) -> str:
    """The lookup key of a line: lower case, single spaces, no trailing colon or asterisk."""
    # Short lines repeat from advert to advert (labels, headings, furniture): folded once each.
    return _fold_short(text) if len(text) <= _SHORT_LINE else _fold(text)


_SHORT_LINE = 100


def _fold(text: str) -> str:
    key = " ".join(text.casefold().split())
    if not key.isascii():
        # str.translate with a mapping is slow; most lines are ASCII and need none (profiled:
        # it was an eighth of all parsing time).
        key = key.translate(_FOLD)
    return key.rstrip(":*").rstrip()


_fold_short = lru_cache(maxsize=32_768)(_fold)


@dataclass(frozen=True, slots=True)
class Tables:
    """Alias lookups: folded heading -> section id, folded label -> field key."""

    headings: dict[str, str]
    labels: dict[str, str]
    multiline: frozenset[str]
    longest: int  # longest alias, so longer lines skip the lookups
    prefixes: frozenset[str]  # the first three characters of every alias, lower case


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    return {fold(alias): key for key, aliases in groups.items() for alias in aliases}


@cache
def tables() -> Tables:
    """The tables from jobparse/data (read once; the result is immutable in use)."""
    headings = load_data("headings.yaml")
    labels = load_data("labels.yaml")
    heading_map = _invert(headings)
    label_map = _invert(labels["labels"])
    longest = max(len(alias) for alias in (*heading_map, *label_map))
    prefixes = frozenset(alias[:3] for alias in (*heading_map, *label_map))
    return Tables(heading_map, label_map, frozenset(labels["multiline"]), longest, prefixes)
