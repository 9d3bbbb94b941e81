"""Acronym not expanded on first use.

Spell out an acronym the first time it appears, "multidisciplinary team (MDT)", so that
applicants from other services and countries understand the advert. Acronyms everyone knows
(NHS, GP, DBS, ...) are listed in jobparse/data/words.yaml and can be extended with `known`.

Options:
  known: more acronyms that need no expansion (default: none)

Examples:
  PASS  ... our Psychiatric Intensive Care Unit (PICU) ... the PICU team
  FAIL  You'll work within the MDT to ensure best practice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from jobparse.findings import Finding, Severity
from jobparse.lazyregex import lazy_compile
from jobparse.model import Advert, Span
from jobparse.rules import RuleContext
from jobparse.wordlists import word_lists

CODE = "JP404"
NAME = "acronym-expansion"
GROUP = "text"
SEVERITY = Severity.INFO

ACRONYM = lazy_compile(r"(?<![\w&/.@:-])(?P<word>[A-Z][A-Z&]{1,5})(?P<plural>s)?(?![\w&/@-]|\.\w)")


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of this rule."""

    known: tuple[str, ...] = ()


def _expanded(text: str, start: int, end: int) -> bool:
    """Written "Long Name (ABC)" or "ABC (Long Name)"."""
    before = text[max(0, start - 1) : start]
    after = text[end : end + 2]
    return before == "(" or after.startswith(" (") or after.startswith("(")


def _in_capitals_line(advert: Advert, offset: int) -> bool:
    """Whether the line holding an offset is written all in capitals (found through the line index)."""
    if advert.lines is None:
        return False
    starts = advert.lines.starts
    number = advert.lines.position(offset)[0]
    end = starts[number] - 1 if number < len(starts) else len(advert.text)
    line = advert.text[starts[number - 1] : end]
    return line.upper() == line


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    known = word_lists().acronyms_known | set(options.known)
    text = advert.text
    title = advert.title.span if advert.title is not None else Span(0, 0)
    seen: set[str] = set()
    for match in ACRONYM.finditer(text, advert.span.start, advert.span.end):
        word = match["word"]
        if word in seen or word in known or title.start <= match.start() < title.end:
            continue
        if _in_capitals_line(advert, match.start()):  # a heading in capitals, not an acronym
            continue
        seen.add(word)
        if not _expanded(text, match.start(), match.end()):
            yield Finding(
                Span(match.start(), match.end()),
                f"{word} is not spelt out on first use",
                hint=f"write the full name followed by ({word})",
            )
