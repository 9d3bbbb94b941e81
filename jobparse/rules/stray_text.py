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

from collections.abc import Iterator

import regex

from jobparse.findings import Edit, Finding, Fix, Severity
from jobparse.lazyregex import lazy_compile
from jobparse.model import Advert, Span
from jobparse.rules import NoOptions, RuleContext

CODE = "JP407"
NAME = "stray-text"
GROUP = "text"
SEVERITY = Severity.WARNING

Options = NoOptions

# What NHS Jobs, Trac and council sites print after a link for screen readers, with the spaces before it.
FURNITURE = lazy_compile(r"[ \t]*\((?:link )?opens? in (?:a )?new (?:tab|window)\)", regex.IGNORECASE)
# Two or more spaces between two words (or a word and punctuation) on one line.
DOUBLED = lazy_compile(r"(?<=\S) {2,}(?=\S)")
# Spaces before , ; ! ? after a word or figure, and before : or . after a word (not "10 : 30", not
# "..."), where the punctuation ends a clause: a space, the end of the line or the end of the text follows.
BEFORE_PUNCTUATION = lazy_compile(r"(?:(?<=[\p{L}\p{N})\]’”%]) +(?=[,;!?])|(?<=[\p{L})\]’”%]) +(?=[:.]))(?=.(?:\s|$))")


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
    for match in FURNITURE.finditer(text, start, end, timeout=2):
        span = Span(match.start(), match.end())
        furniture.append(span)
        yield Finding(
            span,
            f"{match.group().strip()!r} is a web page's note for screen readers, left in the text",
            hint="remove it",
            fix=Fix((Edit(span, ""),), safe=True),
        )
    for match in DOUBLED.finditer(text, start, end, timeout=2):
        if _laid_out(text, match.start()) or any(s.start <= match.start() < s.end for s in furniture):
            continue
        yield Finding(
            Span(match.start(), match.end()),
            f"{len(match.group())} spaces where one will do",
            hint="write one space",
            severity=Severity.INFO,
            fix=Fix((Edit(Span(match.start() + 1, match.end()), ""),), safe=True),
        )
    for match in BEFORE_PUNCTUATION.finditer(text, start, end, timeout=2):
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
