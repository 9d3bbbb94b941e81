"""Redundant phrases.

Phrases that say the same thing twice, such as "a year per annum" in a salary line or "past
experience". The list is in jobparse/data/words.yaml.

Fix: safe for "a year per annum" (and "per annum a year", "per annum per year", "per annum
annually": "a year"), "an hour per hour" ("an hour"), "each and every" ("every") and "revert back"
("revert"): the shorter phrase is written over the match, in its case. Unsafe for "past
experience", "added bonus", "annual salary per annum" and "free of charge free" (the article before
them may need changing: "an added bonus"). None for "close proximity" and "new innovations", whose
hints need the sentence rewritten.

Options: none.

Examples:
  PASS  Salary: £40,617 to £48,778 a year
  FAIL  Salary: £40,617 to £48,778 a year per annum
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity, matching_case, replacement
from jobparse.model import Advert, Span
from jobparse.rules import NoOptions, RuleContext, list_matches
from jobparse.wordlists import word_lists

CODE = "JP402"
NAME = "redundant-phrases"
GROUP = "text"
SEVERITY = Severity.WARNING


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    for entry, match in list_matches(advert, ctx, word_lists().redundant):
        span = Span(match.start(), match.end())
        fix = None
        if entry.fixable is not None:
            fix = replacement(advert.text, span, matching_case(entry.fix, match.group()), entry.fixable == "safe")
        yield Finding(span, f"{match.group()!r} says the same thing twice", hint=f"write {entry.fix!r}", fix=fix)
