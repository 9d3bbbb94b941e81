"""Missing what Google requires for a JobPosting.

For the schema.org JobPosting export (`jobparse extract --format jsonld`) to appear in Google's
job search, the advert must give a title, a description, the date posted, the hiring
organisation and a job location. Optional: run it with `--select jobposting`.

Options: none.

Examples:
  PASS  an NHS Jobs advert with its Details block and employer details
  FAIL  a draft with no date posted (datePosted is required)
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import NoOptions, RuleContext, start_span
from jobparse.rules._jobposting import missing_from

CODE = "JP501"
NAME = "jobposting-required"
GROUP = "jobposting"
SEVERITY = Severity.ERROR


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    required, _ = missing_from(advert, ctx)
    if required:
        yield Finding(
            start_span(advert),
            f"the JobPosting export lacks required {', '.join(required)}",
            hint="add the missing details to the advert",
        )
