"""Split address text into address blocks (each ending in a postcode) and read town and postcode."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from jobparse.datafiles import load_data
from jobparse.lazyregex import lazy_compile
from jobparse.values import memo
from jobparse.values.postcodes import POSTCODE

STREET = lazy_compile(
    r"\b(?:road|rd|lane|ln|street|st|avenue|ave|way|close|drive|dr|place|crescent|court|square|"
    r"hill|park|terrace|grove|walk|parade|row|gardens|mews|green|gate|wharf|quay)\.?$|^\d",
    regex.IGNORECASE,
)
# A building or site rather than a town ("Littlebrook Hospital", "Unit 4").
BUILDING = lazy_compile(
    r"\b(?:hospital|centre|center|clinic|unit|house|building|ward|surgery|practice|offices?|campus|"
    r"site|block|wing|suite|floor|hub|base|hq|headquarters|health\s+park|medical)\b",
    regex.IGNORECASE,
)


@cache
def counties() -> frozenset[str]:
    """County and region names (folded) from jobparse/data/places.yaml."""
    names = load_data("places.yaml")["counties"]
    return frozenset(name.casefold() for name in names)


@dataclass(frozen=True, slots=True)
class AddressParse:
    """An address: lines without the postcode, town and normalised postcode."""

    lines: tuple[str, ...]
    town: str | None
    postcode: str | None


@memo
def trailing_postcode(line: str) -> tuple[str, int] | None:
    """The postcode ending a line (normalised) and where it starts, or None."""
    stripped = line.rstrip(" ,.;")
    match = None
    for match in POSTCODE.finditer(stripped):  # noqa: B007 - we want the last one
        pass
    if match is None or match.end() != len(stripped):
        return None
    return f"{match['outward'].upper()} {match['inward'].upper()}", match.start()


def _town(lines: list[str]) -> str | None:
    known = counties()
    for line in reversed(lines):
        parts = [part.strip() for part in line.split(",") if part.strip()]
        for part in reversed(parts):
            if part.casefold() in known:
                continue
            if STREET.search(part) or BUILDING.search(part):
                return None
            return part
    return None


def town_of(lines: tuple[str, ...] | list[str]) -> str | None:
    """The town of an address's lines (its last line that is neither a county nor a building)."""
    lines = list(lines)
    town = _town(lines[-1:]) if lines else None
    if town is None and len(lines) >= 2 and lines[-1].casefold() in counties():
        town = _town(lines[-2:-1])
    return town


def parse_address(lines: list[str]) -> AddressParse:
    """Read address lines; a single comma-separated line is split at its commas."""
    if len(lines) == 1 and "," in lines[0]:
        lines = [part.strip() for part in lines[0].split(",") if part.strip()]
    lines = [line.strip().rstrip(",") for line in lines if line.strip()]
    postcode = None
    if lines:
        found = trailing_postcode(lines[-1])
        if found is not None:
            postcode, at = found
            rest = lines[-1][:at].strip(" ,")
            lines = [*lines[:-1], rest] if rest else lines[:-1]
    town = _town(lines[-1:]) if lines else None
    if town is None and len(lines) >= 2 and lines[-1].casefold() in counties():
        town = _town(lines[-2:-1])
    return AddressParse(tuple(lines), town, postcode)
