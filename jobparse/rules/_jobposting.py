"""What the two jobposting rules share: the properties an advert's JobPosting lacks."""

from __future__ import annotations

from jobparse.jsonld import job_posting, missing
from jobparse.model import Advert
from jobparse.rules import RuleContext


def missing_from(advert: Advert, ctx: RuleContext) -> tuple[list[str], list[str]]:
    """Required and recommended properties the advert's JobPosting lacks (built once for both rules)."""
    return ctx.shared(advert, "jobposting", lambda: missing(job_posting(advert)))
