"""Contact heading with no contact.

When the advert has an employer contact section ("Employer contact details", "For questions
about the job, contact:"), it must give a name, an email address or a telephone number.

Options: none.

Examples:
  PASS  Employer contact details / For questions about the job, contact: / Jo Bloggs / jo.bloggs@nhs.net
  FAIL  Employer contact details / For questions about the job, contact: / (nothing)
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from jobparse.findings import Finding, Severity
from jobparse.lazyregex import lazy_compile
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext

CODE = "JP303"
NAME = "contact-missing"
GROUP = "completeness"
SEVERITY = Severity.WARNING

EMAIL = lazy_compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
PHONE = lazy_compile(r"(?:\+44\s?|\b0)\d(?:[\s\-]?\d){8,10}\b")
# Lines that introduce a contact rather than being one.
_INTRO = lazy_compile(r"^(?:for\s+questions\s+about\s+the\s+job,?\s+contact|contact)\s*:?\s*$", regex.IGNORECASE)


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    for section in advert.sections:
        if section.id != "employer-contact":
            continue
        lines = [line for line in section.text.splitlines() if line.strip() and not _INTRO.match(line.strip())]
        if EMAIL.search(section.text) or PHONE.search(section.text) or lines:
            continue
        yield Finding(
            section.span,
            f"the {section.heading!r} section names no contact",
            hint="add a name with an email address or telephone number, or remove the heading",
        )
