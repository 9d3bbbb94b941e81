"""Parse contract types ("Fixed term: 12 months") and working patterns ("Full-time, Job share")."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.values import memo
from jobparse.values.dates import find_date

# (type, pattern); the first match wins, so "fixed term" beats the "permanent" in
# "fixed term with a view to permanent".
CONTRACT_TYPES = tuple(
    (name, lazy_compile(pattern, regex.IGNORECASE))
    for name, pattern in (
        ("fixed-term", r"\bfixed[\s\-‐‑–—]*term\b|\bFTC\b"),
        ("secondment", r"\bsecondment\b"),
        ("bank", r"\bbank\b(?!\s+holidays?)"),
        ("locum", r"\blocum\b"),
        ("apprenticeship", r"\bapprentice(?:ship)?\b"),
        ("training", r"\btraining\s+(?:post|contract)\b|\btraining\b"),
        ("voluntary", r"\bvoluntary\b|\bvolunteer\b"),
        ("temporary", r"\btemporary\b|\btemp\b"),
        ("casual", r"\bcasual\b|\bzero[\s\-‐‑–—]hours?\b"),
        ("permanent", r"\bpermanent\b"),
    )
)
DURATION = lazy_compile(
    r"\b(?P<amount>\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|nine|twelve|eighteen|twenty[\s\-‐‑–—]four)"
    r"[\s\-‐‑–—]*(?P<unit>month|year|week|day)s?\b",
    regex.IGNORECASE,
)
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "twelve": 12,
    "eighteen": 18, "twenty four": 24, "twenty-four": 24,
}  # fmt: skip
UNTIL = lazy_compile(r"\b(?:until|to|ending|end(?:s|ing)?\s+(?:on)?|till)\b\s*(?P<rest>.*)", regex.I)
DETAIL = lazy_compile(r"^[^:]+:\s*(?P<detail>.+)$")

# Working pattern words, normalised to stable slugs.
PATTERNS = tuple(
    (slug, lazy_compile(pattern, regex.IGNORECASE))
    for slug, pattern in (
        ("full-time", r"\bfull[\s\-‐‑–—]*time\b|\bwhole[\s\-‐‑–—]*time\b"),
        ("part-time", r"\bpart[\s\-‐‑–—]*time\b"),
        ("flexible-working", r"\bflexible(?:\s+working)?\b"),
        ("job-share", r"\bjob[\s\-‐‑–—]*share\b"),
        ("term-time", r"\bterm[\s\-‐‑–—]*time\b"),
        ("compressed-hours", r"\bcompressed\s+hours\b"),
        ("annualised-hours", r"\bannuali[sz]ed\s+hours\b"),
        (
            "home-or-remote-working",
            r"\bhome\s+or\s+remote\s+working\b|\bremote\b|\bhybrid\b|\bhome[\s\-‐‑–—]+working\b",
        ),
        ("shift-work", r"\bshifts?(?:\s+work(?:ing)?)?\b|\brotational\b|\bnights?\b"),
        ("fixed-hours", r"\bfixed\s+hours\b"),
        ("other", r"\bother\b"),
    )
)
HOURS = lazy_compile(
    r"\b(?P<hours>\d{1,2}(?:\.\d{1,2})?)\s*(?:hours|hrs|hr|h)\b(?:\s*(?:per|a|each|/)\s*(?:week|wk))?",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ContractParse:
    """What a contract string says."""

    type: str | None
    amount: float | int | None
    unit: str | None
    until: str | None
    detail: str | None


def _number(text: str) -> float | int:
    folded = text.casefold()
    if folded in WORD_NUMBERS:
        return WORD_NUMBERS[folded]
    value = float(text)
    return int(value) if value.is_integer() else value


@memo
def parse_contract(text: str) -> ContractParse:
    """Read a contract string such as "Fixed term: 12 months" or "Permanent: Part time"."""
    kind = next((name for name, pattern in CONTRACT_TYPES if pattern.search(text)), None)
    duration = DURATION.search(text)
    if kind is None and duration is not None and duration.start() == len(text) - len(text.lstrip()):
        kind = "fixed-term"  # a contract given only as its length ("CONTRACT DURATION: 3 years")
    until = None
    until_match = UNTIL.search(text)
    if until_match is not None:
        date = find_date(until_match["rest"])
        until = None if date is None else date.value
    detail_match = DETAIL.match(text.strip())
    detail = None
    if detail_match is not None and duration is None:
        detail = detail_match["detail"].strip() or None
    return ContractParse(
        type=kind,
        amount=None if duration is None else _number(duration["amount"]),
        unit=None if duration is None else duration["unit"].casefold(),
        until=until,
        detail=detail,
    )


# A bracketed note after a working pattern ("37.5 hours per week (Please inform us of any flexible
# working requests ...)", "Full time (various shifts)"): free text, not a pattern the post offers.
BRACKETED = lazy_compile(r"\([^()]*+(?:\([^()]*+\)[^()]*+)*+\)")


@memo
def parse_working_pattern(text: str) -> tuple[tuple[str, ...], float | int | None]:
    """Working pattern slugs in the order written, and the hours per week if stated.

    Words inside brackets count only when nothing outside them names a pattern.
    """
    if "(" in text:
        lead = BRACKETED.sub(" ", text)
        slugs = _slugs(lead)
        if slugs:
            hours_match = HOURS.search(text)
            return slugs, None if hours_match is None else _number(hours_match["hours"])
    slugs = _slugs(text)
    hours_match = HOURS.search(text)
    hours = None if hours_match is None else _number(hours_match["hours"])
    return slugs, hours


def _slugs(text: str) -> tuple[str, ...]:
    found = []
    for slug, pattern in PATTERNS:
        match = pattern.search(text)
        if match is not None:
            found.append((match.start(), slug))
    found.sort()
    return tuple(dict.fromkeys(slug for _, slug in found))
