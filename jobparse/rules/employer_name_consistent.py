"""Employer name written two different ways.

The employer's name should be written the same way throughout: "Kent & Medway" in one place
and "Kent and Medway" in another looks careless and splits search results. The name above the
title (NHS Jobs' display line) may be a short form of the name in the employer details
("Northmoor Hospitals NHSFT"), but not another name (a trust's former name beside its current
one) or a misspelling of it.

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
from jobparse.rules._names import comparison

CODE = "JP306"
NAME = "employer-name-consistent"
GROUP = "completeness"
SEVERITY = Severity.WARNING


Options = NoOptions


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
    pattern = _variants(name)
    text = advert.text
    seen: set[str] = set()
    for match in pattern.finditer(text, advert.span.start, advert.span.end, timeout=2):
        written = match.group()
        if written != name and " ".join(written.split()) != name and written not in seen:
            seen.add(written)
            yield Finding(
                Span(match.start(), match.end()),
                f"the employer is written {written!r} here but {name!r} in the employer details",
                hint=f"write {name!r} everywhere",
            )
