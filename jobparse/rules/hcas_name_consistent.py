"""High Cost Area Supplement called by more than one name.

One advert should call the supplement one thing: "High Cost Area allowance" in the salary,
"High Cost Area Supplement" in the terms and "High-Cost Area Allowance" in the notes leave
applicants wondering whether these are two payments. The NHS Terms and Conditions call it the
High Cost Area Supplement (HCAS); the abbreviation beside the name is fine, and so is a name
written in capitals at one place and lower case at another. Each name after the first one used is
reported once.

Options: none.

Examples:
  PASS  "High Cost Area Supplement (HCAS)" ... "the HCAS is paid monthly"
  FAIL  "High Cost Area allowance" ... "High Cost Area Supplement" ... "High-Cost Area Allowance"
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from jobparse.findings import Finding, Severity
from jobparse.lazyregex import lazy_compile
from jobparse.model import Advert, Span
from jobparse.rules import NoOptions, RuleContext

CODE = "JP406"
NAME = "hcas-name-consistent"
GROUP = "text"
SEVERITY = Severity.WARNING

NAMES = lazy_compile(
    r"\bhigh[\s\-]+cost[\s\-]+(?:of[\s\-]+living[\s\-]+)?areas?[\s\-]+(?:supplement|allowance|payment|weighting|uplift)s?\b",
    regex.IGNORECASE,
)


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    seen: dict[str, str] = {}  # a name, compared without case (sentence starts) -> as first written
    for match in names(advert.text, advert.span.start, advert.span.end):
        written = " ".join(match.group().split())
        key = written.casefold()
        if key in seen:
            continue
        seen[key] = written
        if len(seen) > 1:
            first = next(iter(seen.values()))
            yield Finding(
                Span(match.start(), match.end()),
                f"the supplement is called {written!r} here but {first!r} earlier",
                hint="call it the High Cost Area Supplement throughout",
            )


def names(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """NAMES's matches in text[start:end], tried only where "high" is written (as a word would be:
    high, High, HIGH): swept over a whole advert the pattern cost 50 µs, almost always for nothing."""
    places = sorted(at for form in ("high", "High", "HIGH") for at in _all(text, form, start, end))
    reached = start
    for at in places:
        if at < reached:
            continue
        match = NAMES.match(text, at, end)
        if match is not None:
            reached = match.end()
            yield match


def _all(text: str, word: str, start: int, end: int) -> Iterator[int]:
    at = text.find(word, start, end)
    while at != -1:
        yield at
        at = text.find(word, at + 1, end)
