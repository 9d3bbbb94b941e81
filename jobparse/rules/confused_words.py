"""Commonly confused words.

Flags words that adverts often mix up, only in the contexts where the other word is meant:
"careers" beside family and friends (carers), "principle pharmacist" (principal), "complimentary
therapies" (complementary), "best practise" (practice), "dependant on" (dependent), and more.
The list, with each word's context, is in jobparse/data/words.yaml.

Fix: unsafe (the context that flags a word is a strong sign, not proof): the right word is
written over the wrong one, in its case ("Careers" -> "Carers"). None where the word is inflected
("compliments the team"), since only the word itself has a known replacement.

Options: none.

Examples:
  PASS  Develop your careers with our preceptorship programme.
  FAIL  You will work closely with family, friends and careers.  (carers)
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity, matching_case, replacement
from jobparse.model import Advert, Span
from jobparse.rules import NoOptions, RuleContext, list_matches
from jobparse.wordlists import word_lists

CODE = "JP401"
NAME = "confused-words"
GROUP = "text"
SEVERITY = Severity.WARNING


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    text = advert.text
    for entry, match in list_matches(advert, ctx, word_lists().confused):
        at = entry.wrong.search(text, match.start(), match.end()) if entry.wrong is not None else None
        start, end = (at.start(), at.end()) if at else (match.start(), match.end())
        span = Span(start, end)
        yield Finding(
            span,
            f"{text[start:end]!r} where {entry.fix!r} is meant ({match.group()!r})",
            hint=f"write {entry.fix!r}",
            fix=replacement(text, span, matching_case(entry.fix, text[start:end]), safe=False) if at else None,
        )
