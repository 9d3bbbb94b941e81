"""Employer name written two different ways.

The employer's name should be written the same way throughout: "Kent & Medway" in one place
and "Kent and Medway" in another looks careless and splits search results. The name above the
title (NHS Jobs' display line) may be a short form of the name in the employer details
("Northmoor Hospitals NHSFT"), but not another name (a trust's former name beside its current
one) or a misspelling of it. A full organisation name in the text ("... NHS Trust") that begins
like the employer's but names another body of the same place ("At Castlegate and District
Hospitals NHS Trust" in an advert by Castlegate University Hospitals NHS Foundation Trust) is
reported too, unless it reads as a partner ("with", "and", "partnership" just before it).

Options: none.

Examples:
  PASS  Employer name: Kent and Medway NHS Trust ... Kent and Medway NHS Trust's privacy notice
  PASS  above the title: Northmoor Hospitals NHSFT; Employer name: Northmoor Hospitals NHS Foundation Trust
  FAIL  Employer name: Kent and Medway NHS Trust ... Kent & Medway NHS Trust's privacy notice
  FAIL  above the title: Kent & Medway NHS & Social Care Partnership Trust;
        Employer name: Kent and Medway Mental Health NHS Trust
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from jobparse.findings import Finding, Severity
from jobparse.model import Advert, Span
from jobparse.rules import NoOptions, RuleContext
from jobparse.rules._names import WORD, comparison, words

CODE = "JP306"
NAME = "employer-name-consistent"
GROUP = "completeness"
SEVERITY = Severity.WARNING


Options = NoOptions

# A full organisation name in running text: capitalised words ending with the kind of body.
ORGANISATION = regex.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’.-]*[ \t]+(?:(?:and|&|of|the|for|on)[ \t]+)?){1,7}"
    r"(?:NHS[ \t]+Foundation[ \t]+Trust|NHS[ \t]+Trust|Foundation[ \t]+Trust|NHSFT"
    r"|Health[ \t]+(?:and|&)[ \t]+Social[ \t]+Care[ \t]+Trust|University[ \t]+Health[ \t]+Board|Health[ \t]+Board)\b"
)
# Capitalised words that open a sentence, not a name.
_OPENERS = frozenset(
    {
        "at",
        "the",
        "our",
        "join",
        "welcome",
        "in",
        "for",
        "with",
        "about",
        "why",
        "work",
        "working",
        "as",
        "to",
        "from",
        "by",
        "this",
        "here",
        "within",
        "across",
    }
)
# Words just before a name that make it a partner, not the employer.
_PARTNER = regex.compile(
    r"(?:\bwith|\band|&|\bpartners?(?:hip)?|\balongside|\bbetween|\bneighbouring|\bother|\bfrom|\bto|\bby|\bor)\s+(?:the\s+|our\s+)?$",
    regex.I,
)


# Cached: an archive holds many adverts from each employer, and compiling the pattern anew for
# every advert was most of this rule's time.
@lru_cache(maxsize=1024)
def _variants(name: str) -> regex.Pattern[str]:
    """A pattern matching the name with "&"/"and", case and spacing written any way."""
    parts = []
    for word in name.split():
        if word in ("&", "and"):
            parts.append(r"(?:&|and)")
        else:
            parts.append(regex.escape(word))
    return regex.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", regex.IGNORECASE)


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    employer = advert.employer
    if employer is None or employer.name is None or len(employer.name.value.split()) < 2:
        return
    name = employer.name.value
    display = employer.display_name
    if display is not None and display.span != employer.name.span:
        how = comparison(display.value, name)
        if how != "same":
            what = "a misspelling of" if how == "misspelt" else "another name than"
            yield Finding(
                display.span,
                f"the employer above the title, {display.value!r}, is {what} the employer details' {name!r}",
                hint="use the employer's current name in both places",
            )
    yield from _other_names(advert, name)
    pattern = _variants(name)
    text = advert.text
    seen: set[str] = set()
    for match in pattern.finditer(text, advert.span.start, advert.span.end):
        written = match.group()
        # Case alone is styling (recruitment packs print names in capitals), not another name.
        if " ".join(written.split()).casefold() != name.casefold() and written not in seen:
            seen.add(written)
            yield Finding(
                Span(match.start(), match.end()),
                f"the employer is written {written!r} here but {name!r} in the employer details",
                hint=f"write {name!r} everywhere",
            )


def _other_names(advert: Advert, name: str) -> Iterator[Finding]:
    """Full organisation names in the text that begin like the employer's but name another body."""
    text = advert.text
    own = words(name)
    place = next((word for word in WORD.findall(name.casefold()) if word in own), None)
    if place is None:
        return
    seen: set[str] = set()
    display = advert.employer.display_name if advert.employer is not None else None
    for line_start, line_end in _before_body_words(text, advert.span.start, advert.span.end):
        for match in ORGANISATION.finditer(text, line_start, line_end):
            if display is not None and display.span.start <= match.start() < display.span.end:
                continue  # the display line: compared above
            found = match.group().split()
            start = match.start()
            while found and found[0].casefold() in _OPENERS:
                start = text.index(found[1], start + len(found[0])) if len(found) > 1 else match.end()
                found = found[1:]
            mention = " ".join(found)
            if not mention or mention in seen or place not in words(mention):
                continue
            seen.add(mention)
            if comparison(mention, name) == "same" or _PARTNER.search(text[max(0, start - 30) : start]):
                continue
            yield Finding(
                Span(start, match.end()),
                f"the employer is called {mention!r} here but {name!r} in the employer details",
                hint="use the employer's current name throughout",
            )


# The words every full organisation name ends with (ORGANISATION is case-sensitive), found with
# str.find: sweeping ORGANISATION over a whole real-length advert cost a quarter of a
# millisecond; it runs on the text just before each such word instead
# (tests/rules/test_employer_name_consistent.py compares the two).
_BODY_WORDS = ("Trust", "Board", "NHSFT")
_NAME_REACH = 160  # characters before the word: longer than any name (seven words and its kind)


def _before_body_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Windows (start, end) of the text that end just after a body word, from up to _NAME_REACH
    characters before it on its line; merged where they overlap."""
    windows = []
    for word in _BODY_WORDS:
        at = text.find(word, start, end)
        while at != -1:
            line_start = text.rfind("\n", start, at) + 1 or start
            line_end = text.find("\n", at, end)
            stop = min(line_end if line_end != -1 else end, at + len(word) + 1)
            windows.append((max(line_start, at - _NAME_REACH), stop))
            at = text.find(word, at + len(word), end)
    merged: list[tuple[int, int]] = []
    for window_start, stop in sorted(windows):
        if merged and window_start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((window_start, stop))
    return merged
