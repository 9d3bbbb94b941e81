"""Page furniture or stray spaces left in the text.

Text copied from a web page brings the page's notes for screen readers with it: "(Opens in a
new tab)" after every link, which a published advert should not print. Copying and editing also
leaves doubled spaces between words and spaces before punctuation ("salary ,", "apply now !").
Spaces that line text up in a table (a line with "|" or a tab) or after a bullet ("·   Degree",
"1.  Assess") and spaces before "..." are left alone, as are spaces before a colon or full stop
after a figure ("10 : 30", "Band 5 .").

Furniture is a warning; a stray space is info.

Fix: safe: the furniture goes with the spaces before it; a doubled space becomes one (the first
is kept, whatever kind of space it is); a space before punctuation goes.

Options: none.

Examples:
  PASS  Employer's website: https://www.example.nhs.uk
  FAIL  Employer's website: https://www.example.nhs.uk (Opens in a new tab)
  FAIL  You will join a friendly  team , working across two sites .
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from jobparse.findings import Edit, Finding, Fix, Severity
from jobparse.lazyregex import lazy_compile
from jobparse.model import Advert, Span
from jobparse.rules import NoOptions, RuleContext, folded_text

CODE = "JP407"
NAME = "stray-text"
GROUP = "text"
SEVERITY = Severity.WARNING

Options = NoOptions

# What NHS Jobs, Trac and council sites print after a link for screen readers, with the spaces before it.
# Any spaces between its words: a note with a doubled space is still the note, and removing it in one
# pass keeps --fix's output a fixed point (make fuzz found "(Open in  new tab)" fixed in two).
FURNITURE = lazy_compile(
    r"[ \t]*\((?:link[ \t]+)?opens?[ \t]+in[ \t]+(?:a[ \t]+)?new[ \t]+(?:tab|window)\)", regex.IGNORECASE
)
# Every note holds one of these (lower case): without them the pattern is not run.
FURNITURE_WORDS = ("tab)", "window)")
# Two or more spaces between two words (or a word and punctuation) on one line.
DOUBLED = lazy_compile(r"(?<=\S) {2,}(?=\S)")
# Spaces before , ; ! ? after a word or figure, and before : or . after a word (not "10 : 30", not
# "..."), where the punctuation ends a clause: a space, the end of the line or the end of the text follows.
BEFORE_PUNCTUATION = lazy_compile(r"(?:(?<=[\p{L}\p{N})\]’”%]) +(?=[,;!?])|(?<=[\p{L})\]’”%]) +(?=[:.]))(?=.(?:\s|$))")
PUNCTUATION = ",;!?:."


# The places a stray space can start, for space_runs: one scan of the standard library's re, which
# ran at 10 µs on an 8,000-character advert holding a "£" where str.find took 12 µs a needle (seven
# needles) and the regex module's scan 68 µs.
_SPACE_BEFORE = re.compile(f" (?=[ {re.escape(PUNCTUATION)}])")


def space_runs(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Where each run of spaces starts, in order: those two or more spaces long, and those that end
    just before one of PUNCTUATION. DOUBLED and BEFORE_PUNCTUATION can match only at such a place
    (inside a run their lookbehind sees a space)."""
    doubled: list[int] = []
    before: list[int] = []
    for match in _SPACE_BEFORE.finditer(text, start, end):
        at = match.start()
        found = doubled if text[at + 1] == " " else before
        run = at
        while run > start and text[run - 1] == " ":
            run -= 1
        if not found or found[-1] != run:  # a run of spaces is hit at each of its spaces
            found.append(run)
    return doubled, before


def notes_at(text: str, start: int, end: int) -> list[int]:
    """Where each note for screen readers may start: the spaces and tabs before a "(" that "open"
    or "link" follows (FURNITURE can match nowhere else)."""
    found = []
    at = text.find("(", start, end)
    while at != -1:
        if text[at + 1 : at + 5].lower() in ("open", "link"):
            run = at
            while run > start and text[run - 1] in " \t":
                run -= 1
            found.append(run)
        at = text.find("(", at + 1, end)
    return found


def matches_at(pattern: regex.Pattern[str], text: str, places: list[int], end: int) -> Iterator[regex.Match[str]]:
    """The pattern's matches starting at these places (what finditer over the text would give).
    No timeout: the regex module's costs about 6 µs on every call, and these fixed patterns run in
    linear time (tests/test_patterns_adversarial.py)."""
    for at in places:
        match = pattern.match(text, at, end)
        if match is not None:
            yield match


def _laid_out(text: str, at: int) -> bool:
    """Whether spaces at `at` lay text out: a table row's (which may line columns up) or a bullet's."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end != -1 else len(text)]
    return "|" in line or "\t" in line or _bullet(text[start:at].strip())


def _bullet(before: str) -> bool:
    """Whether the text before spaces at the start of a line is a list item's marker: a bullet
    character, "1.", "(a)", "iv)", an "o"."""
    if len(before) > 5:
        return False
    return before == "o" or not any(char.isalnum() for char in before) or before.endswith((".", ")"))


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    text, start, end = advert.text, advert.span.start, advert.span.end
    furniture: list[Span] = []
    folded = folded_text(advert, ctx)
    noted = any(word in folded for word in FURNITURE_WORDS)
    for match in matches_at(FURNITURE, text, notes_at(text, start, end) if noted else [], end):
        span = Span(match.start(), match.end())
        furniture.append(span)
        yield Finding(
            span,
            f"{match.group().strip()!r} is a web page's note for screen readers, left in the text",
            hint="remove it",
            fix=Fix((Edit(span, ""),), safe=True),
        )
    doubled, before_punctuation = space_runs(text, start, end)
    for match in matches_at(DOUBLED, text, doubled, end):
        if _laid_out(text, match.start()) or any(s.start <= match.start() < s.end for s in furniture):
            continue
        yield Finding(
            Span(match.start(), match.end()),
            f"{len(match.group())} spaces where one will do",
            hint="write one space",
            severity=Severity.INFO,
            fix=Fix((Edit(Span(match.start() + 1, match.end()), ""),), safe=True),
        )
    for match in matches_at(BEFORE_PUNCTUATION, text, before_punctuation, end):
        if _laid_out(text, match.start()):
            continue
        mark = text[match.end()]
        yield Finding(
            Span(match.start(), match.end() + 1),
            f"a space before {mark!r}",
            hint=f"write {mark!r} straight after the word",
            severity=Severity.INFO,
            fix=Fix((Edit(Span(match.start(), match.end()), ""),), safe=True),
        )
